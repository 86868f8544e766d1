package vn.gov.commune.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.gov.commune.calendar.WorkingDayCalendar;

/**
 * Every date of the plan lifecycle, in working days of {@link WorkingDayCalendar}:
 *
 * <ul>
 *   <li>a deadline expires at the end of its working day; a deadline on a rest day moves to the next
 *       working day (as dossier deadlines do);
 *   <li>"trước ngày 13 hàng tháng" is the last working day before the 13th, i.e. the 12th or, when the
 *       12th is a rest day, the working day before it (a report is due before the day, so a rest day
 *       moves it earlier, never later);
 *   <li>staged reminders fall 7, 3 and 1 working days before the due day, at the start of the day.
 * </ul>
 */
@Component
public class PlanCalendar {

  static final LocalTime START_OF_DAY = LocalTime.of(8, 0);

  private final WorkingDayCalendar calendar;

  public PlanCalendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** A day as people read it on forms, messages and papers: dd/MM/yyyy ("" for none). */
  public static String day(LocalDate day) {
    return day == null ? "" : String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }

  /** A report month ("2026-03") as people read it: "3/2026". */
  public static String month(String period) {
    java.time.YearMonth month = java.time.YearMonth.parse(period);
    return month.getMonthValue() + "/" + month.getYear();
  }

  public WorkingDayCalendar workingDays() {
    return calendar;
  }

  /** A one-off task's due day: the deadline, or the next working day when it is a rest day. */
  public LocalDate dueDay(LocalDate deadline) {
    return calendar.isWorkingDay(deadline) ? deadline : calendar.nextWorkingDay(deadline);
  }

  /** The last working day before day {@code dueDay} of {@code month} (before the month's end when it has no such day). */
  public LocalDate monthlyDueDay(YearMonth month, int dueDay) {
    LocalDate before = dueDay > month.lengthOfMonth() ? month.plusMonths(1).atDay(1) : month.atDay(dueDay);
    return calendar.lastWorkingDayBefore(before);
  }

  public Instant endOf(LocalDate day) {
    return day.atTime(calendar.properties().endOfWorkingDay()).atZone(calendar.properties().zone()).toInstant();
  }

  public Instant startOf(LocalDate day) {
    return day.atTime(START_OF_DAY).atZone(calendar.properties().zone()).toInstant();
  }

  public Date reminderAt(LocalDate due, int workingDaysBefore) {
    return Date.from(startOf(calendar.subtractWorkingDays(due, workingDaysBefore)));
  }

  public LocalDate today(Instant now) {
    return now.atZone(calendar.properties().zone()).toLocalDate();
  }

  public LocalDate day(Instant at) {
    return at.atZone(calendar.properties().zone()).toLocalDate();
  }

  /** {@code n} working days after now, at the end of that day (for the due dates of review steps). */
  public Date workingDaysAfter(Instant now, int n) {
    return Date.from(endOf(calendar.addWorkingDays(today(now), n)));
  }
}
