package vn.gov.commune.dossier.steps;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.ProcessingVariables;

/**
 * The consultations a linked procedure's model sends, taken from the catalogue (field
 * {@code consultations} of the dossier's procedure version), for expressions of the model: the
 * collection of a multi-instance consultation, {@code ${consultationPlan.agencies(execution)}}
 * (element variable {@code catalogueAgency}), and the duration of its overdue timer,
 * {@code P${consultationPlan.withinWorkingDays(execution)}WD}.
 */
@Component("consultationPlan")
public class ConsultationPlan {

  private final StepSupport steps;

  public ConsultationPlan(StepSupport steps) {
    this.steps = steps;
  }

  /** The agency codes the procedure consults, in catalogue order; refused when the catalogue lists none. */
  public List<String> agencies(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    Procedure procedure = steps.procedure(dossier);
    if (procedure.getConsultations().isEmpty()) {
      throw new ProcessEngineException("Danh mục thủ tục không ghi cơ quan liên thông của thủ tục " + procedure.getName()
          + " (phiên bản " + procedure.getVersion() + "): thêm trường consultations vào danh mục.");
    }
    return procedure.getConsultations().stream().map(c -> c.getAgency().name()).toList();
  }

  /** The working days the current agency (element variable catalogueAgency) has to answer, as its send step recorded. */
  public int withinWorkingDays(DelegateExecution execution) {
    String agency = StepSupport.string(execution, ConsultationAgencies.ELEMENT_VARIABLE);
    Integer days = StepSupport.integer(execution, ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_WITHIN_WORKING_DAYS, agency));
    if (days == null) {
      throw new ProcessEngineException("Chưa gửi lấy ý kiến " + agency + ": không tính được thời hạn trả lời.");
    }
    return days;
  }
}
