package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_DAY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.security.Roles;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanNotification;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.TaskStatus;

/** Template "Báo quá hạn nhiệm vụ": past the deadline the task is overdue and the BCĐ office is told. */
@Component("escalateOverdueTask")
public class EscalateOverdueTask implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;

  public EscalateOverdueTask(PlanStepSupport support, PlanService service) {
    this.support = support;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    Object deadline = execution.getVariable(DEADLINE_DAY);
    service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_QUA_HAN, "Nhiệm vụ " + task.getCode() + " quá hạn (" + deadline + ").");
    service.notifyGroup(task, Roles.STEERING_OFFICE, PlanNotification.OVERDUE_ESCALATION,
        "Nhiệm vụ " + task.getCode() + " của Kế hoạch " + task.getPlan().getNumber() + " (" + task.getLeadUnitCode() + ", cán bộ "
            + task.getOfficerId() + ") đã quá hạn " + (task.isRecurring() ? "báo cáo tháng " + PlanCalendar.month(task.getCurrentPeriod()) + " " : "")
            + "(" + deadline + ") mà chưa có kết quả.");
  }
}
