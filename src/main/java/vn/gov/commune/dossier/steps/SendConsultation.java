package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.ConsultationAgency;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureConsultation;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.ProcessingVariables;
import vn.gov.commune.integration.LgspClient;

/**
 * Sends a consultation through LGSP ("Gửi lấy ý kiến liên thông qua LGSP"). Template inputs:
 * {@code agency} (REVIEW = the agency the reviewer chose, CATALOGUE = the current agency of a
 * multi-instance over the procedure's catalogue list, or a fixed code: see {@link ConsultationAgencies}),
 * {@code questionSource} (REVIEW = the question the reviewer wrote, PROCEDURE = a request written
 * from the dossier and procedure), {@code withinWorkingDays} (1-99, or CATALOGUE = the catalogue's
 * days for the agency; absent: app.dossier.consultation-working-days). Sets, per agency slot (suffix "_" + code, none for REVIEW):
 * {@code consultationId}, {@code consultationWithinWorkingDays}, and clears the slot's
 * {@code consultationAnswer} / {@code consultationTimedOut}. Idempotency key
 * {code}:consultation-{slot}-{round} (REVIEW: {code}:consultation-{round}).
 */
@Component("sendConsultation")
public class SendConsultation implements JavaDelegate {

  /** Template input withinWorkingDays: the catalogue's working days for the agency (field consultations). */
  static final String CATALOGUE_DAYS = "CATALOGUE";

  private final StepSupport steps;
  private final LgspClient lgsp;
  private final int defaultWorkingDays;

  public SendConsultation(
      StepSupport steps, LgspClient lgsp, @Value("${app.dossier.consultation-working-days:5}") int defaultWorkingDays) {
    this.steps = steps;
    this.lgsp = lgsp;
    this.defaultWorkingDays = defaultWorkingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    Procedure procedure = steps.procedure(dossier);
    String slot = ConsultationAgencies.slot(execution, StepSupport.input(execution, "agency"));
    boolean reviewerSlot = ProcessingVariables.REVIEWER_SLOT.equals(slot);
    ConsultationAgency chosen = ConsultationAgencies.agency(execution, slot, procedure);
    String agency = chosen.label();
    String purpose = procedure.consultation(chosen).map(c -> " (" + c.getPurpose().toLowerCase(java.util.Locale.forLanguageTag("vi-VN")) + ")").orElse("");
    String question = switch (StepSupport.input(execution, "questionSource", "REVIEW")) {
      case "REVIEW" -> required(StepSupport.string(execution, ProcessingVariables.CONSULTATION_QUESTION), "Nhập nội dung cần lấy ý kiến.");
      case "PROCEDURE" -> "Đề nghị " + agency + " cho ý kiến, giải quyết phần việc thuộc thẩm quyền" + purpose + " đối với hồ sơ " + dossier.getCode()
          + " (" + dossier.getProcedureName() + ") của công dân " + dossier.getApplicantName()
          + ", số định danh cá nhân " + dossier.getApplicantPersonalId() + ".";
      default -> throw new ProcessEngineException("Nguồn nội dung lấy ý kiến không hợp lệ (REVIEW hoặc PROCEDURE).");
    };
    String input = StepSupport.input(execution, "withinWorkingDays", null);
    int days;
    if (CATALOGUE_DAYS.equals(input)) {
      days = procedure.consultation(chosen).map(ProcedureConsultation::getWithinWorkingDays).orElseThrow(() -> new ProcessEngineException(
          "Danh mục thủ tục không ghi thời hạn trả lời của " + agency + " cho thủ tục " + procedure.getName() + "."));
    } else {
      days = input == null ? defaultWorkingDays : workingDays(input);
    }
    Object round = execution.getVariable(ProcessingVariables.CONSULTATION_ROUND);
    String step = reviewerSlot ? "consultation-" + round : "consultation-" + slot + "-" + (round == null ? 1 : round);
    String consultationId = lgsp.sendConsultation(dossier.getCode(), agency, question, StepSupport.key(dossier, step));
    execution.setVariable(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_ID, slot), consultationId);
    execution.setVariable(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_WITHIN_WORKING_DAYS, slot), days);
    if (!reviewerSlot) {
      execution.setVariable(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_ANSWER, slot), null);
      execution.setVariable(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_TIMED_OUT, slot), false);
    }
    steps.service.log(dossier, "CONSULTATION", execution.getCurrentActivityId(), "Gửi lấy ý kiến liên thông: " + agency + ".", question);
  }

  private int workingDays(String input) {
    if (input == null) {
      return defaultWorkingDays;
    }
    if (!input.matches("[1-9][0-9]?")) {
      throw new ProcessEngineException("Thời hạn trả lời phải là số ngày làm việc từ 1 đến 99.");
    }
    return Integer.parseInt(input);
  }

  private static String required(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new ProcessEngineException(message);
    }
    return value;
  }
}
