package vn.gov.commune.dossier.steps;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.integration.CitizenRecord;
import vn.gov.commune.integration.PopulationClient;

/** Once-only look-up in the national population database (CSDL dân cư): flags differences, overwrites nothing. */
@Component("lookUpPopulation")
public class LookUpPopulation implements JavaDelegate {

  private final StepSupport steps;
  private final PopulationClient population;

  public LookUpPopulation(StepSupport steps, PopulationClient population) {
    this.steps = steps;
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    CitizenRecord citizen = population.lookUp(dossier.getApplicantPersonalId(), dossier.getCode()).orElse(null);
    List<String> mismatches = new ArrayList<>();
    if (citizen == null) {
      mismatches.add("Không tìm thấy số định danh cá nhân trong CSDL quốc gia về dân cư.");
      execution.setVariable(DossierVariables.POPULATION_FOUND, false);
    } else {
      execution.setVariable(DossierVariables.POPULATION_FOUND, true);
      execution.setVariable(DossierVariables.CITIZEN_FULL_NAME, citizen.fullName());
      execution.setVariable(DossierVariables.CITIZEN_DATE_OF_BIRTH, citizen.dateOfBirth() == null ? null : date(citizen.dateOfBirth()));
      execution.setVariable(DossierVariables.CITIZEN_GENDER, citizen.gender());
      execution.setVariable(DossierVariables.CITIZEN_PERMANENT_ADDRESS, citizen.permanentAddress());
      if (!sameName(citizen.fullName(), dossier.getApplicantName())) {
        mismatches.add(
            "Họ tên: hồ sơ ghi \"" + dossier.getApplicantName() + "\", CSDL dân cư ghi \"" + citizen.fullName() + "\".");
      }
      String declaredBirth = declaredDateOfBirth(dossier);
      if (declaredBirth != null && citizen.dateOfBirth() != null && !declaredBirth.equals(citizen.dateOfBirth().toString())) {
        mismatches.add(
            "Ngày sinh: hồ sơ ghi " + date(LocalDate.parse(declaredBirth)) + ", CSDL dân cư ghi "
                + date(citizen.dateOfBirth()) + ".");
      }
    }
    String text = mismatches.isEmpty() ? null : String.join("\n", mismatches);
    dossier.setPopulationMismatches(text);
    execution.setVariable(DossierVariables.POPULATION_MISMATCH, !mismatches.isEmpty());
    execution.setVariable(DossierVariables.POPULATION_MISMATCHES, text == null ? "Không có sai khác." : text);
    steps.service.save(dossier);
    steps.service.log(
        dossier,
        "LOOKUP",
        execution.getCurrentActivityId(),
        citizen == null
            ? "Tra cứu CSDL dân cư: không tìm thấy."
            : mismatches.isEmpty()
                ? "Tra cứu CSDL dân cư: thông tin khớp với hồ sơ."
                : "Tra cứu CSDL dân cư: có " + mismatches.size() + " sai khác, cần cán bộ kiểm tra.",
        text);
    execution.setVariable(DossierVariables.COMPONENTS_SUMMARY, steps.componentsSummary(dossier));
  }

  private static boolean sameName(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String name) {
    return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The date of birth the application declares (ISO), or null. */
  private String declaredDateOfBirth(Dossier dossier) {
    if (dossier.getApplicationData() == null) {
      return null;
    }
    try {
      String date = steps.json.readTree(dossier.getApplicationData()).path("applicantDateOfBirth").asText(null);
      return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static String date(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
