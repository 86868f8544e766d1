package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.EXTENSION_REFUSAL_REASON;
import static vn.gov.commune.plan.PlanTaskVariables.REQUESTED_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;

/** Template "Ghi nhận không gia hạn": the refusal and its reason land in the task's history; the deadline stays. */
@Component("recordExtensionRefused")
public class RecordExtensionRefused implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;

  public RecordExtensionRefused(PlanStepSupport support, PlanService service) {
    this.support = support;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    service.log(task.getPlan(), task, "EXTENSION_REFUSED", "Không đồng ý gia hạn nhiệm vụ " + task.getCode() + ".",
        PlanStepSupport.string(execution, EXTENSION_REFUSAL_REASON), String.valueOf(task.getDeadline()),
        PlanStepSupport.string(execution, REQUESTED_DEADLINE));
  }
}
