package vn.gov.commune.calendar;

import java.util.Date;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * A Camunda business calendar that understands working days. A timer duration or a task due date
 * written {@code P3WD} means "the deadline of 3 working days from now": the end of the third working
 * day after today, skipping weekends and holidays; {@code P0WD} is the same-day rule with the
 * cut-off. Every other value (ISO-8601 dates and durations) goes to Camunda's own calendar.
 */
class WorkingDayBusinessCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,4})WD");

  private final BusinessCalendar standard;
  private final Supplier<WorkingDayCalendar> calendar;

  /**
   * @param standard Camunda's calendar for everything that is not {@code P{n}WD}
   * @param calendar looked up on first use: the engine is configured before the JPA layer exists
   */
  public WorkingDayBusinessCalendar(BusinessCalendar standard, Supplier<WorkingDayCalendar> calendar) {
    this.standard = standard;
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    Matcher m = WORKING_DAYS.matcher(duedateDescription.strip());
    if (!m.matches()) {
      return standard.resolveDuedate(duedateDescription, startDate);
    }
    Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
    return Date.from(calendar.get().deadline(start.toInstant(), Integer.parseInt(m.group(1))));
  }
}
