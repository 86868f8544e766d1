package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_AT;
import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_DAY;
import static vn.gov.commune.plan.PlanTaskVariables.REMINDER_DAYS;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanNotification;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;

/**
 * Template "Nhắc hạn nhiệm vụ": tells the officer that {@code workingDaysBefore} working days are
 * left. Skipped when it fires late, after the next stage's time (e.g. a task assigned 2 days
 * before its deadline gets neither the 7- nor the 3-day reminder).
 */
@Component("remindTaskDeadline")
public class RemindTaskDeadline implements JavaDelegate {

  /** Input of the template: 7, 3 or 1 (a reminder timer of ServiceTask_OpenPeriod each). */
  public static final String WORKING_DAYS_BEFORE = "workingDaysBefore";

  private final PlanStepSupport support;
  private final PlanService service;

  public RemindTaskDeadline(PlanStepSupport support, PlanService service) {
    this.support = support;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int days = workingDaysBefore(execution);
    PlanTask task = support.task(execution);
    if (!PlanService.now().isBefore(nextStage(execution, days))) {
      return;
    }
    String message = "Nhắc việc: nhiệm vụ " + task.getCode() + " của Kế hoạch " + task.getPlan().getNumber() + " còn "
        + days + " ngày làm việc đến hạn " + (task.isRecurring() ? "báo cáo tháng " + PlanCalendar.month(task.getCurrentPeriod()) + " " : "")
        + "(" + execution.getVariable(DEADLINE_DAY) + ").";
    service.notifyUser(task, task.getOfficerId(), PlanNotification.REMINDER, message);
  }

  static int workingDaysBefore(DelegateExecution execution) {
    String text = PlanStepSupport.input(execution, WORKING_DAYS_BEFORE);
    for (int days : REMINDER_DAYS) {
      if (String.valueOf(days).equals(text)) {
        return days;
      }
    }
    throw new ProcessEngineException("Số ngày làm việc trước hạn để nhắc không hợp lệ: " + text + " (chọn 7, 3 hoặc 1).");
  }

  /** The time of the next, closer reminder, or the deadline after the last one. */
  private static Instant nextStage(DelegateExecution execution, int days) {
    String next = DEADLINE_AT;
    for (int stage : REMINDER_DAYS) {
      if (stage < days) {
        next = PlanTaskVariables.reminderAt(stage);
        break;
      }
    }
    return ((Date) execution.getVariable(next)).toInstant();
  }
}
