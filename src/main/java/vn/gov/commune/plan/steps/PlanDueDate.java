package vn.gov.commune.plan.steps;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanService;

/**
 * The due date of a user task that no timer uses, as the model writes it on the task:
 * {@code camunda:dueDate="${planDueDate.workingDays(2)}"} (end of the 2nd working day from now).
 * Nothing is saved; the officer's task is due at deadlineAt, set by ServiceTask_OpenPeriod.
 */
@Component("planDueDate")
public class PlanDueDate {

  private final PlanCalendar calendar;

  public PlanDueDate(PlanCalendar calendar) {
    this.calendar = calendar;
  }

  public Date workingDays(int days) {
    return calendar.workingDaysAfter(PlanService.now(), days);
  }
}
