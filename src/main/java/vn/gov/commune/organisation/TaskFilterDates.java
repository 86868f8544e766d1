package vn.gov.commune.organisation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.gov.commune.calendar.WorkingDayCalendar;

/**
 * The dates Tasklist's filters compare due dates with, in working days of
 * {@link WorkingDayCalendar} (the administrators' changes included). A filter's query names the
 * bean in an expression evaluated at each look-up, e.g. {@code ${taskFilterDates.dueSoonBefore()}}.
 */
@Component(TaskFilterDates.BEAN)
public class TaskFilterDates {

  static final String BEAN = "taskFilterDates";

  private final WorkingDayCalendar calendar;

  public TaskFilterDates(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * "Sắp đến hạn" (due within one working day): a task due before this instant, i.e. due today or
   * on the next working day, at any hour of it. On Friday that is Friday and Monday (after a holiday,
   * the day offices reopen); on a Saturday, Monday.
   */
  public Date dueSoonBefore() {
    ZoneId zone = calendar.properties().zone();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    LocalDate nextWorkingDay = calendar.nextWorkingDay(today);
    return Date.from(nextWorkingDay.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
