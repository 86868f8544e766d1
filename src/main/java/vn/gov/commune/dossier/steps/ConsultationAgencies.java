package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.gov.commune.catalogue.ConsultationAgency;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.dossier.ProcessingVariables;

/**
 * Which agency a consultation step is for (template input {@code agency} of sendConsultation /
 * recordConsultationTimeout): {@code REVIEW}, the agency the reviewer chose on the review form (a
 * {@link ConsultationAgency} code, never a typed name); {@code CATALOGUE}, the agency of the
 * current instance of a multi-instance consultation over the procedure's catalogue list (element
 * variable {@code catalogueAgency}, see {@link ConsultationPlan}); or a fixed agency code. The
 * resolved code is the agency slot: the suffix of that consultation's variables
 * ({@link ProcessingVariables#forAgency}); the reviewer's consultation keeps the unsuffixed names.
 */
public final class ConsultationAgencies {

  private ConsultationAgencies() {}

  /** Template input value: the agency of the current instance of a multi-instance consultation. */
  public static final String CATALOGUE = "CATALOGUE";
  /** The element variable of a multi-instance consultation: one agency code of the procedure's catalogue list. */
  public static final String ELEMENT_VARIABLE = "catalogueAgency";

  /** The agency slot the step works on: REVIEW or an agency code. */
  static String slot(DelegateExecution execution, String input) {
    if (ProcessingVariables.REVIEWER_SLOT.equals(input)) {
      return input;
    }
    String code = CATALOGUE.equals(input) ? StepSupport.string(execution, ELEMENT_VARIABLE) : input;
    if (ConsultationAgency.of(code).isEmpty()) {
      throw new ProcessEngineException("Cơ quan lấy ý kiến \"" + code + "\" không có trong danh sách của mẫu \"Gửi lấy ý kiến liên thông qua LGSP\".");
    }
    return code;
  }

  /**
   * The agency of a slot: for REVIEW the reviewer's choice (variable consultationAgency). Refused
   * unless it is a catalogue agency and, when the procedure lists its agencies, one of them.
   */
  static ConsultationAgency agency(DelegateExecution execution, String slot, Procedure procedure) {
    String code = ProcessingVariables.REVIEWER_SLOT.equals(slot)
        ? StepSupport.string(execution, ProcessingVariables.CONSULTATION_AGENCY)
        : slot;
    if (code == null || code.isBlank()) {
      throw new ProcessEngineException("Chọn cơ quan cần lấy ý kiến (liên thông).");
    }
    return check(code, procedure);
  }

  /** The agency with this code, refused when unknown or not listed for the procedure (if it lists any). */
  static ConsultationAgency check(String code, Procedure procedure) {
    ConsultationAgency agency = ConsultationAgency.of(code).orElseThrow(() -> new ProcessEngineException(
        "Cơ quan lấy ý kiến phải chọn trong danh mục (" + codes() + "), không nhập tên: \"" + code + "\"."));
    if (!procedure.getConsultations().isEmpty() && procedure.consultation(agency).isEmpty()) {
      throw new ProcessEngineException("Thủ tục " + procedure.getName() + " không liên thông với " + agency.label()
          + " theo danh mục thủ tục; chọn một trong: " + String.join(", ", procedure.getConsultations().stream()
              .map(c -> c.getAgency().label()).toList()) + ".");
    }
    return agency;
  }

  private static String codes() {
    return String.join(", ", java.util.Arrays.stream(ConsultationAgency.values()).map(Enum::name).toList());
  }
}
