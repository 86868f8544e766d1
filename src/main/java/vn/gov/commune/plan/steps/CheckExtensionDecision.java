package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.APPROVE;
import static vn.gov.commune.plan.PlanTaskVariables.EXTENSION_DECISION;
import static vn.gov.commune.plan.PlanTaskVariables.EXTENSION_REFUSAL_REASON;
import static vn.gov.commune.plan.PlanTaskVariables.REFUSE;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Guard on completing UserTask_ApproveExtension: approve, or refuse with a reason. */
@Component("checkExtensionDecision")
public class CheckExtensionDecision implements TaskListener {

  @Override
  public void notify(DelegateTask delegate) {
    String decision = PlanStepSupport.require(delegate, EXTENSION_DECISION, "Chọn đồng ý hoặc không đồng ý gia hạn.");
    if (REFUSE.equals(decision)) {
      PlanStepSupport.require(delegate, EXTENSION_REFUSAL_REASON, "Nhập lý do không đồng ý gia hạn.");
    } else if (!APPROVE.equals(decision)) {
      throw new ProcessEngineException("Quyết định không hợp lệ: " + decision + ".");
    }
  }
}
