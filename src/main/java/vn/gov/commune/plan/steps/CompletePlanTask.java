package vn.gov.commune.plan.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.Plan;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanStatus;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;
import vn.gov.commune.plan.TaskStatus;

/**
 * Template "Kết thúc nhiệm vụ": the task is completed on time, or late when a period was reported
 * late; the plan closes when its last task is done.
 */
@Component("completePlanTask")
public class CompletePlanTask implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;

  public CompletePlanTask(PlanStepSupport support, PlanService service) {
    this.support = support;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    task.setCompletedAt(PlanService.now());
    service.save(task);
    TaskStatus status = task.getLatePeriods() > 0 ? TaskStatus.HOAN_THANH_QUA_HAN : TaskStatus.HOAN_THANH_DUNG_HAN;
    service.changeStatus(task, status, "Nhiệm vụ " + task.getCode() + ": " + status.label().toLowerCase() + ".");
    execution.setVariable(PlanTaskVariables.TASK_OUTCOME, status.name());
    Plan plan = task.getPlan();
    if (service.tasks(plan).stream().allMatch(t -> t.getStatus().finished())) {
      plan.setStatus(PlanStatus.CLOSED);
      service.save(plan);
      service.log(plan, null, "CLOSE", "Mọi nhiệm vụ của kế hoạch đã hoàn thành.", null, PlanStatus.ISSUED.label(), PlanStatus.CLOSED.label());
    }
  }
}
