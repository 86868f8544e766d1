package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierVariables;

/** Guard (complete listener) of the receipt task: the decision and what it needs, else the completion is refused. */
@Component("checkReceiptDecision")
public class CheckReceiptDecision implements TaskListener {

  private final StepSupport steps;

  public CheckReceiptDecision(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = StepSupport.string(task, DossierVariables.RECEIPT_DECISION);
    Dossier dossier = steps.dossier(task.getExecution());
    switch (decision == null ? "" : decision) {
      case "accept" -> { }
      case "supplement" -> StepSupport.requireSupplementAllowed(task, dossier);
      case "refuse" -> StepSupport.require(task, DossierVariables.REFUSAL_REASON, "Nhập lý do từ chối tiếp nhận hồ sơ.");
      default -> throw new ProcessEngineException("Chọn một trong: tiếp nhận, yêu cầu bổ sung, từ chối tiếp nhận.");
    }
    task.setVariable(DossierVariables.SUPPLEMENT_STAGE, "RECEIPT");
  }
}
