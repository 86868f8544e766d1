package vn.gov.commune.dossier.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.ProcedureComponent;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierComponent;
import vn.gov.commune.dossier.DossierNationalData;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.dossier.NationalDataRepository;
import vn.gov.commune.integration.CitizenRecord;
import vn.gov.commune.integration.CivilStatusClient;
import vn.gov.commune.integration.CivilStatusRecord;
import vn.gov.commune.integration.IntegrationException;
import vn.gov.commune.integration.PopulationClient;
import vn.gov.commune.shared.PersonalId;

/**
 * Once-only at receipt: fetches what the national population database (CSDL dân cư) and the
 * civil-status database (CSDL hộ tịch) hold about the persons of the dossier (the applicant always;
 * the other party of a marriage or the child when the procedure's component names them and the
 * application carries their ID), attaches it to the dossier as data with its source and time, marks
 * the components it satisfies as fetched, fills the declaration fields the citizen left blank and
 * lists the fields the citizen typed differently (both values). A person not found or a database
 * that cannot be reached does not stop the dossier: the component is then expected on paper (the
 * clerk scans it) and the clerk checks by hand.
 */
@Component("lookUpPopulation")
public class LookUpPopulation implements JavaDelegate {

  static final String POPULATION = "CSDL_DAN_CU";
  static final String CIVIL_STATUS = "CSDL_HO_TICH";
  static final String APPLICANT = "APPLICANT";
  static final String SPOUSE = "SPOUSE";
  static final String CHILD = "CHILD";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final StepSupport steps;
  private final PopulationClient population;
  private final CivilStatusClient civilStatus;
  private final NationalDataRepository nationalData;

  public LookUpPopulation(StepSupport steps, PopulationClient population, CivilStatusClient civilStatus, NationalDataRepository nationalData) {
    this.steps = steps;
    this.population = population;
    this.civilStatus = civilStatus;
    this.nationalData = nationalData;
  }

  /** One answer of a database about one person: the record, or why there is none. */
  private record Answer(Object record, String problem, Instant at) {}

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    ObjectNode data = applicationData(dossier);
    Instant now = DossierService.now();
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<String> mismatches = new ArrayList<>();
    List<String> filled = new ArrayList<>();
    Set<String> problems = new LinkedHashSet<>();
    Map<String, List<String>> usedFor = new LinkedHashMap<>();

    // the applicant in the population database: always, also for a procedure without national-data components
    Answer applicant = answer(answers, POPULATION, APPLICANT, dossier.getApplicantPersonalId(), dossier.getCode(), now);
    CitizenRecord citizen = (CitizenRecord) applicant.record();
    if (citizen == null) {
      execution.setVariable(DossierVariables.POPULATION_FOUND, false);
      mismatches.add(applicant.problem());
    } else {
      execution.setVariable(DossierVariables.POPULATION_FOUND, true);
      execution.setVariable(DossierVariables.CITIZEN_FULL_NAME, citizen.fullName());
      execution.setVariable(DossierVariables.CITIZEN_DATE_OF_BIRTH, citizen.dateOfBirth() == null ? null : date(citizen.dateOfBirth()));
      execution.setVariable(DossierVariables.CITIZEN_GENDER, citizen.gender());
      execution.setVariable(DossierVariables.CITIZEN_PERMANENT_ADDRESS, citizen.permanentAddress());
      execution.setVariable(DossierVariables.CITIZEN_MARITAL_STATUS, citizen.maritalStatus());
      if (!same(citizen.fullName(), dossier.getApplicantName())) {
        mismatches.add("Họ tên: hồ sơ ghi \"" + dossier.getApplicantName() + "\", CSDL dân cư ghi \"" + citizen.fullName() + "\".");
      }
    }

    nationalData.deleteByDossierCode(dossier.getCode());
    List<String> unsupported = new ArrayList<>();
    // read once: each query would first flush what this transaction changed so far
    List<DossierComponent> entries = new ArrayList<>(steps.components.findByDossierCodeOrderById(dossier.getCode()));
    for (ProcedureComponent component : steps.procedure(dossier).getComponents()) {
      String source = component.getNationalDataSource();
      if (source == null) {
        continue;
      }
      if (!POPULATION.equals(source) && !CIVIL_STATUS.equals(source)) {
        unsupported.add(component.getName() + ": chưa kết nối " + source + ", cán bộ kiểm tra thủ công.");
        continue;
      }
      boolean complete = true;
      for (String role : component.getNationalDataPersons()) {
        String id = personalId(dossier, data, role);
        if (id == null) {
          continue; // the application names no such person: nothing to look up
        }
        Answer answer = answer(answers, source, role, id, dossier.getCode(), now);
        if (answer.record() == null) {
          complete = false;
          problems.add(answer.problem() + " Thành phần \"" + component.getName() + "\" "
              + (component.isRequired() ? "cần nộp bản giấy để cán bộ số hóa." : "không khai thác được; nếu có, người nộp xuất trình bản giấy."));
          continue;
        }
        nationalData.save(new DossierNationalData(dossier.getCode(), component.getCode(), source, role, answer.at(), json(answer.record())));
        usedFor.computeIfAbsent(source + ":" + role, k -> new ArrayList<>()).add(component.getName());
      }
      expect(entries, component, complete);
    }

    // the declaration: blanks filled from the databases, typed values compared
    for (Map.Entry<String, Answer> entry : answers.entrySet()) {
      String role = entry.getKey().substring(entry.getKey().indexOf(':') + 1);
      Object record = entry.getValue().record();
      if (record instanceof CitizenRecord person) {
        fill(data, role, person, mismatches, filled);
      } else if (record instanceof CivilStatusRecord person) {
        fill(data, role, person, mismatches, filled);
      }
    }
    dossier.setApplicationData(data.toString());

    String text = mismatches.isEmpty() ? null : String.join("\n", mismatches);
    dossier.setPopulationMismatches(text);
    steps.service.save(dossier);
    execution.setVariable(DossierVariables.POPULATION_MISMATCH, !mismatches.isEmpty());
    execution.setVariable(DossierVariables.POPULATION_MISMATCHES, text == null ? "Không có sai khác." : text);
    List<String> allProblems = new ArrayList<>(problems);
    allProblems.addAll(unsupported);
    execution.setVariable(DossierVariables.NATIONAL_DATA_PROBLEMS, String.join("\n", allProblems));
    execution.setVariable(DossierVariables.NATIONAL_DATA_FILLED, String.join("\n", filled));
    execution.setVariable(DossierVariables.NATIONAL_DATA_SUMMARY, summary(answers, usedFor));
    steps.service.log(
        dossier,
        "LOOKUP",
        execution.getCurrentActivityId(),
        message(citizen != null, answers, mismatches, filled, problems),
        text);
    execution.setVariable(DossierVariables.COMPONENTS_SUMMARY, steps.componentsSummary(dossier));
  }

  // ---- fetching -------------------------------------------------------------------------------

  /** The answer about {@code id} in {@code source}, asked once per database and person. */
  private Answer answer(Map<String, Answer> answers, String source, String role, String id, String dossierCode, Instant now) {
    String key = source + ":" + role;
    Answer known = answers.get(key);
    if (known != null) {
      return known;
    }
    String whom = roleName(role);
    Answer answer;
    try {
      Optional<?> found = POPULATION.equals(source) ? population.lookUp(id, dossierCode) : civilStatus.lookUp(id, dossierCode);
      answer = found.<Answer>map(r -> new Answer(r, null, now))
          .orElseGet(() -> new Answer(null, POPULATION.equals(source)
              ? "Không tìm thấy số định danh cá nhân của " + whom + " trong CSDL quốc gia về dân cư."
              : "CSDL hộ tịch điện tử không có thông tin hộ tịch của " + whom + ".", now));
    } catch (IntegrationException unavailable) {
      answer = new Answer(null, sourceName(source) + " tạm thời không truy cập được khi tra cứu " + whom
          + "; cán bộ kiểm tra thủ công giấy tờ người nộp xuất trình.", now);
    }
    answers.put(key, answer);
    return answer;
  }

  /** The ID of a person of the dossier, or null when the application names none (non-applicants only). */
  private static String personalId(Dossier dossier, ObjectNode data, String role) {
    return switch (role) {
      case APPLICANT -> dossier.getApplicantPersonalId();
      case SPOUSE -> typedId(data, "spousePersonalId");
      case CHILD -> typedId(data, "childPersonalId");
      default -> null;
    };
  }

  private static String typedId(ObjectNode data, String field) {
    String id = PersonalId.normalise(text(data, field));
    return id == null || id.isEmpty() ? null : id;
  }

  /**
   * Fetched: the component is national data; not: a required one is expected on paper, an optional one leaves the dossier.
   *
   * @param entries the dossier's components (one that leaves is removed from the list as well)
   */
  private void expect(List<DossierComponent> entries, ProcedureComponent component, boolean fetched) {
    for (Iterator<DossierComponent> it = entries.iterator(); it.hasNext(); ) {
      DossierComponent entry = it.next();
      if (!entry.getComponentCode().equals(component.getCode()) || entry.hasFile()) {
        continue;
      }
      if (fetched) {
        entry.expectFrom(DossierComponent.Source.NATIONAL_DATA, steps.service.actor(), DossierService.now());
        steps.components.save(entry);
      } else if (component.isRequired()) {
        entry.expectFrom(DossierComponent.Source.PAPER, steps.service.actor(), DossierService.now());
        steps.components.save(entry);
      } else {
        steps.components.delete(entry);
        it.remove();
      }
    }
  }

  // ---- the declaration ------------------------------------------------------------------------

  private static void fill(ObjectNode data, String role, CitizenRecord person, List<String> mismatches, List<String> filled) {
    String prefix = prefix(role);
    String whom = APPLICANT.equals(role) ? "" : " của " + roleName(role);
    if (!APPLICANT.equals(role)) {
      field(data, prefix + "FullName", "Họ tên" + whom, person.fullName(), "CSDL dân cư", mismatches, filled);
    }
    dateField(data, prefix + "DateOfBirth", "Ngày sinh" + whom, person.dateOfBirth(), "CSDL dân cư", mismatches, filled);
    field(data, prefix + "Gender", "Giới tính" + whom, person.gender(), "CSDL dân cư", mismatches, filled);
    field(data, prefix + "PermanentAddress", "Nơi thường trú" + whom, person.permanentAddress(), "CSDL dân cư", mismatches, filled);
    field(data, prefix + "MaritalStatus", "Tình trạng hôn nhân" + whom, person.maritalStatus(), "CSDL dân cư", mismatches, filled);
  }

  private static void fill(ObjectNode data, String role, CivilStatusRecord person, List<String> mismatches, List<String> filled) {
    if (CHILD.equals(role) && person.birth() != null) {
      CivilStatusRecord.BirthRecord birth = person.birth();
      field(data, "childFullName", "Họ tên của con", birth.childName(), "CSDL hộ tịch", mismatches, filled);
      dateField(data, "childDateOfBirth", "Ngày sinh của con", birth.childDateOfBirth(), "CSDL hộ tịch", mismatches, filled);
      field(data, "childBirthExtractNumber", "Số trích lục khai sinh của con", birth.extractNumber(), "CSDL hộ tịch", mismatches, filled);
      dateField(data, "childBirthRegisteredOn", "Ngày đăng ký khai sinh của con", birth.registeredOn(), "CSDL hộ tịch", mismatches, filled);
      field(data, "childBirthRegisteredAt", "Nơi đăng ký khai sinh của con", birth.registeredAt(), "CSDL hộ tịch", mismatches, filled);
    }
    if (APPLICANT.equals(role)) {
      person.marriages().stream().max(Comparator.comparing(CivilStatusRecord.MarriageRecord::registeredOn)).ifPresent(marriage -> {
        field(data, "marriageExtractNumber", "Số đăng ký kết hôn", marriage.extractNumber(), "CSDL hộ tịch", mismatches, filled);
        dateField(data, "marriageRegisteredOn", "Ngày đăng ký kết hôn", marriage.registeredOn(), "CSDL hộ tịch", mismatches, filled);
        field(data, "marriageRegisteredAt", "Nơi đăng ký kết hôn", marriage.registeredAt(), "CSDL hộ tịch", mismatches, filled);
      });
    }
  }

  /** A blank field is filled; a typed one that differs is a mismatch with both values; the typed value stays. */
  private static void field(ObjectNode data, String name, String label, String value, String source, List<String> mismatches, List<String> filled) {
    if (value == null || value.isBlank()) {
      return;
    }
    String typed = text(data, name);
    if (typed == null || typed.isBlank()) {
      data.put(name, value);
      filled.add(label + ": " + value + " (" + source + ")");
    } else if (!same(typed, value)) {
      mismatches.add(label + ": hồ sơ ghi \"" + typed + "\", " + source + " ghi \"" + value + "\".");
    }
  }

  private static void dateField(ObjectNode data, String name, String label, LocalDate value, String source, List<String> mismatches, List<String> filled) {
    if (value == null) {
      return;
    }
    String typed = text(data, name);
    if (typed == null || typed.isBlank()) {
      data.put(name, value.toString());
      filled.add(label + ": " + date(value) + " (" + source + ")");
    } else if (!typed.strip().equals(value.toString())) {
      String shown = typed.matches("\\d{4}-\\d{2}-\\d{2}") ? date(LocalDate.parse(typed)) : typed;
      mismatches.add(label + ": hồ sơ ghi " + shown + ", " + source + " ghi " + date(value) + ".");
    }
  }

  // ---- texts ----------------------------------------------------------------------------------

  private String summary(Map<String, Answer> answers, Map<String, List<String>> usedFor) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Answer> entry : answers.entrySet()) {
      Answer answer = entry.getValue();
      if (answer.record() == null) {
        continue;
      }
      String source = entry.getKey().substring(0, entry.getKey().indexOf(':'));
      String role = entry.getKey().substring(entry.getKey().indexOf(':') + 1);
      text.append("• ").append(sourceName(source)).append(" — ").append(roleName(role))
          .append(" (tra cứu lúc ").append(TIME.format(answer.at().atZone(steps.zone()))).append("): ");
      if (answer.record() instanceof CitizenRecord p) {
        text.append(p.fullName())
            .append(p.dateOfBirth() == null ? "" : ", sinh ngày " + date(p.dateOfBirth()))
            .append(p.gender() == null ? "" : ", " + p.gender())
            .append(p.permanentAddress() == null ? "" : "; thường trú: " + p.permanentAddress())
            .append(p.maritalStatus() == null ? "" : "; tình trạng hôn nhân: " + p.maritalStatus());
      } else if (answer.record() instanceof CivilStatusRecord p) {
        text.append("tình trạng hôn nhân: ").append(p.maritalStatus() == null ? "không ghi" : p.maritalStatus());
        if (p.birth() != null) {
          text.append("; khai sinh: ").append(p.birth().childName()).append(", trích lục số ").append(p.birth().extractNumber())
              .append(", đăng ký ngày ").append(date(p.birth().registeredOn())).append(" tại ").append(p.birth().registeredAt());
        }
        for (CivilStatusRecord.MarriageRecord m : p.marriages()) {
          text.append("; kết hôn: ").append(m.husbandName()).append(" – ").append(m.wifeName()).append(", số ").append(m.extractNumber())
              .append(", đăng ký ngày ").append(date(m.registeredOn())).append(" tại ").append(m.registeredAt());
        }
        if (p.birth() == null && p.marriages().isEmpty()) {
          text.append("; không có đăng ký khai sinh, kết hôn");
        }
      }
      List<String> components = usedFor.get(entry.getKey());
      if (components != null) {
        text.append(". Dùng cho: ").append(String.join("; ", components));
      }
      text.append(".\n");
    }
    return text.toString().trim();
  }

  private static String message(boolean found, Map<String, Answer> answers, List<String> mismatches, List<String> filled, Set<String> problems) {
    long fetched = answers.values().stream().filter(a -> a.record() != null).count();
    StringBuilder text = new StringBuilder(found ? "Tra cứu CSDL dân cư: " : "Tra cứu CSDL dân cư: không tìm thấy người nộp. ");
    if (found) {
      text.append(mismatches.isEmpty() ? "thông tin khớp với hồ sơ. " : "có " + mismatches.size() + " sai khác, cần cán bộ kiểm tra. ");
    }
    text.append("Khai thác ").append(fetched).append(" bản ghi từ CSDL quốc gia");
    if (!filled.isEmpty()) {
      text.append(", điền ").append(filled.size()).append(" trường tờ khai");
    }
    if (!problems.isEmpty()) {
      text.append("; ").append(problems.size()).append(" trường hợp cán bộ kiểm tra thủ công");
    }
    return text.append('.').toString();
  }

  static String sourceName(String source) {
    return POPULATION.equals(source) ? "CSDL quốc gia về dân cư" : CIVIL_STATUS.equals(source) ? "CSDL hộ tịch điện tử" : source;
  }

  static String roleName(String role) {
    return switch (role) {
      case SPOUSE -> "bên kết hôn còn lại";
      case CHILD -> "con";
      default -> "người nộp hồ sơ";
    };
  }

  private static String prefix(String role) {
    return switch (role) {
      case SPOUSE -> "spouse";
      case CHILD -> "child";
      default -> "applicant";
    };
  }

  // ---- helpers --------------------------------------------------------------------------------

  private ObjectNode applicationData(Dossier dossier) {
    if (dossier.getApplicationData() != null) {
      try {
        JsonNode node = steps.json.readTree(dossier.getApplicationData());
        if (node instanceof ObjectNode object) {
          return object;
        }
      } catch (JsonProcessingException e) {
        // stored by the intake as JSON: unreadable data is replaced by what the databases give
      }
    }
    return steps.json.createObjectNode();
  }

  private String json(Object record) {
    try {
      return steps.json.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(ObjectNode data, String field) {
    JsonNode node = data.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static boolean same(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String date(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
