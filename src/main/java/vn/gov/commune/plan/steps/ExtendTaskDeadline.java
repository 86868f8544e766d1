package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_AT;
import static vn.gov.commune.plan.PlanTaskVariables.EXTENSION_REASON;
import static vn.gov.commune.plan.PlanTaskVariables.REMINDER_DAYS;
import static vn.gov.commune.plan.PlanTaskVariables.REQUESTED_DEADLINE;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;
import vn.gov.commune.plan.TaskStatus;

/**
 * Template "Gia hạn, dời lịch nhắc": the task gets the requested deadline; in a running period the
 * deadline variables are computed again and the reminder and overdue timers move with them.
 */
@Component("extendTaskDeadline")
public class ExtendTaskDeadline implements JavaDelegate {

  /** The timers of plan-task.bpmn on SubProcess_CarryOut: the overdue one (at deadlineAt) and one per reminder (at reminder7At, …). */
  static final String OVERDUE_TIMER = "BoundaryEvent_Overdue";

  static String reminderTimer(int workingDaysBefore) {
    return "BoundaryEvent_Reminder" + workingDaysBefore;
  }

  private final PlanStepSupport support;
  private final PlanService service;
  private final PlanCalendar calendar;
  private final ManagementService management;

  public ExtendTaskDeadline(PlanStepSupport support, PlanService service, PlanCalendar calendar, ManagementService management) {
    this.support = support;
    this.service = service;
    this.calendar = calendar;
    this.management = management;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    LocalDate previous = task.getDeadline();
    LocalDate requested = LocalDate.parse(PlanStepSupport.string(execution, REQUESTED_DEADLINE));
    task.setDeadline(requested);
    service.save(task);
    service.log(task.getPlan(), task, "EXTENSION", "Gia hạn nhiệm vụ " + task.getCode() + " đến " + requested + " (Thường trực BCĐ đồng ý).",
        PlanStepSupport.string(execution, EXTENSION_REASON), String.valueOf(previous), requested.toString());
    if (execution.getVariable(DEADLINE_AT) == null) {
      return; // not assigned yet: the first period takes the new deadline
    }
    support.setDeadlineVariables(execution, calendar.dueDay(requested));
    for (int days : REMINDER_DAYS) {
      moveTimer(execution, reminderTimer(days), (Date) execution.getVariable(PlanTaskVariables.reminderAt(days)));
    }
    moveTimer(execution, OVERDUE_TIMER, (Date) execution.getVariable(DEADLINE_AT));
    if (task.getStatus() == TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
      service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Gia hạn đến " + requested + ".");
    }
  }

  private void moveTimer(DelegateExecution execution, String activity, Date due) {
    for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(activity).list()) {
      management.setJobDuedate(job.getId(), due);
    }
  }
}
