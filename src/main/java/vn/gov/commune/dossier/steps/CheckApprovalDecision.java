package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.ProcessingVariables;
import vn.gov.commune.engine.FourEyes;

/**
 * Guard (complete listener) of the approval: only a leader of the competent commune who did not
 * review the dossier decides (four eyes), whoever calls, through whatever API.
 */
@Component("checkApprovalDecision")
public class CheckApprovalDecision implements TaskListener {

  private final StepSupport steps;
  private final FourEyes fourEyes;

  public CheckApprovalDecision(StepSupport steps, FourEyes fourEyes) {
    this.steps = steps;
    this.fourEyes = fourEyes;
  }

  @Override
  public void notify(DelegateTask task) {
    fourEyes.requireApprover(task, StepSupport.REVIEW_TASK);
    String decision = StepSupport.string(task, ProcessingVariables.APPROVAL_DECISION);
    Dossier dossier = steps.dossier(task.getExecution(), DossierStatus.PROCESSING);
    switch (decision == null ? "" : decision) {
      case "approve" -> { }
      case "return" -> StepSupport.require(task, ProcessingVariables.RETURN_REASON, "Nhập lý do trả lại cho chuyên viên.");
      default -> throw new ProcessEngineException("Chọn phê duyệt (ký số) hoặc trả lại chuyên viên.");
    }
    steps.service.log(
        dossier,
        "STEP",
        task.getTaskDefinitionKey(),
        "approve".equals(decision) ? "Lãnh đạo phê duyệt, ký số." : "Lãnh đạo trả lại chuyên viên.",
        StepSupport.string(task, ProcessingVariables.RETURN_REASON));
  }
}
