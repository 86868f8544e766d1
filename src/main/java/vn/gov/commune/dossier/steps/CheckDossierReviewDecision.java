package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.ProcessingVariables;
import vn.gov.commune.organisation.StaffDirectory;

/**
 * Guard (complete listener) of the review: the decision and what it needs, else the completion is refused.
 * Records who reviewed: the login id ({@code reviewedBy}) and, for the approval form, the reviewer's full
 * name and position ({@code reviewedByName}), both from the logged-in user, whatever the form sent.
 */
@Component("checkDossierReviewDecision")
public class CheckDossierReviewDecision implements TaskListener {

  private final StepSupport steps;
  private final StaffDirectory staff;

  public CheckDossierReviewDecision(StepSupport steps, StaffDirectory staff) {
    this.steps = steps;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = StepSupport.string(task, ProcessingVariables.REVIEW_DECISION);
    Dossier dossier = steps.dossier(task.getExecution());
    switch (decision == null ? "" : decision) {
      case "approve" -> StepSupport.require(task, ProcessingVariables.REVIEW_NOTE, "Nhập ý kiến thẩm định (nội dung kết quả đề xuất).");
      case "refuse" -> StepSupport.require(task, ProcessingVariables.REVIEW_NOTE, "Nhập lý do đề xuất từ chối giải quyết.");
      case "supplement" -> StepSupport.requireSupplementAllowed(task, dossier);
      case "consult" -> {
        StepSupport.require(task, ProcessingVariables.CONSULTATION_AGENCY, "Chọn cơ quan cần lấy ý kiến (liên thông).");
        // a catalogue agency of the procedure, never a typed name
        ConsultationAgencies.check(StepSupport.string(task, ProcessingVariables.CONSULTATION_AGENCY), steps.procedure(dossier));
        StepSupport.require(task, ProcessingVariables.CONSULTATION_QUESTION, "Nhập nội dung cần lấy ý kiến.");
        Object round = task.getVariable(ProcessingVariables.CONSULTATION_ROUND);
        task.setVariable(ProcessingVariables.CONSULTATION_ROUND, round instanceof Integer r ? r + 1 : 1);
      }
      default -> throw new ProcessEngineException("Chọn một trong: đề xuất phê duyệt, đề xuất từ chối, yêu cầu bổ sung, lấy ý kiến liên thông.");
    }
    task.setVariable(ProcessingVariables.SUPPLEMENT_STAGE, "REVIEW");
    task.setVariable(ProcessingVariables.PROPOSAL, "refuse".equals(decision) ? "REFUSE" : "APPROVE");
    String reviewer = steps.service.actor();
    task.setVariable(ProcessingVariables.REVIEWED_BY, reviewer);
    task.setVariable(ProcessingVariables.REVIEWED_BY_NAME, staff.nameAndPosition(reviewer));
    steps.service.log(dossier, "STEP", task.getTaskDefinitionKey(), "Thẩm định: " + label(decision) + ".",
        StepSupport.string(task, ProcessingVariables.REVIEW_NOTE));
  }

  private static String label(String decision) {
    return switch (decision) {
      case "approve" -> "đề xuất phê duyệt";
      case "refuse" -> "đề xuất từ chối giải quyết";
      case "supplement" -> "yêu cầu bổ sung";
      default -> "lấy ý kiến liên thông";
    };
  }
}
