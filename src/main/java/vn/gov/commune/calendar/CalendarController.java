package vn.gov.commune.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/** The working-day calendar: read by every signed-in user, changed by administrators only. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final WorkingDayCalendar calendar;
  private final CalendarAdministration administration;

  public CalendarController(WorkingDayCalendar calendar, CalendarAdministration administration) {
    this.calendar = calendar;
    this.administration = administration;
  }

  /** Whether a day is a working day and why. */
  @GetMapping("/days/{date}")
  public DayInfo day(@PathVariable String date) {
    return calendar.describe(parseDate(date));
  }

  /** The legal deadline of a dossier received at {@code receivedAt} with {@code workingDays} of legal time. */
  @GetMapping("/deadline")
  public Deadline deadline(@RequestParam String receivedAt, @RequestParam String workingDays) {
    LocalDateTime received;
    try {
      received = LocalDateTime.parse(receivedAt);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Thời điểm tiếp nhận '" + receivedAt + "' không hợp lệ. Định dạng đúng là yyyy-MM-ddTHH:mm, ví dụ 2026-02-13T10:30.");
    }
    checkSupported(received.getYear());
    int days;
    try {
      days = Integer.parseInt(workingDays.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Số ngày làm việc '" + workingDays + "' không phải là số nguyên.");
    }
    try {
      return calendar.deadline(received, days);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** Every day off and every working weekend day of a year, with the legal texts they come from. */
  @GetMapping("/years/{year}")
  public YearView year(@PathVariable int year) {
    checkSupported(year);
    YearSchedule schedule = calendar.schedule(year);
    List<DayInfo> exceptions =
        LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
            .map(calendar::describe)
            .filter(d -> d.source() != DaySource.REGULAR && d.source() != DaySource.WEEKEND)
            .sorted(Comparator.comparing(DayInfo::date))
            .toList();
    return new YearView(year, schedule.source(), schedule.sources(), exceptions);
  }

  /** The year's schedule as users see it: only the days that differ from an ordinary week. */
  public record YearView(int year, DaySource schedule, List<String> sources, List<DayInfo> days) {}

  /** An administrator's change of one day. */
  public record DayChange(Boolean workingDay, String reason) {}

  @GetMapping("/overrides")
  public List<CalendarOverride> overrides() {
    return calendar.overrides().values().stream().sorted(Comparator.comparing(CalendarOverride::getDate)).toList();
  }

  @PutMapping("/overrides/{date}")
  public CalendarOverride setDay(@PathVariable String date, @RequestBody DayChange change, CurrentUser user) {
    LocalDate day = parseDate(date);
    if (change == null || change.workingDay() == null) {
      throw ApiException.badRequest("Phải cho biết ngày này là ngày làm việc (\"workingDay\": true) hay ngày nghỉ (false).");
    }
    return administration.setDay(day, change.workingDay(), change.reason(), user.userId());
  }

  @DeleteMapping("/overrides/{date}")
  public ResponseEntity<Void> removeOverride(
      @PathVariable String date, @RequestParam(required = false) String reason, CurrentUser user) {
    administration.removeOverride(parseDate(date), reason, user.userId());
    return ResponseEntity.noContent().build();
  }

  /** The append-only log of administrators' changes, newest first. */
  @GetMapping("/changes")
  public List<CalendarChange> changes() {
    return administration.history();
  }

  private static LocalDate parseDate(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value, DATE);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("Ngày '" + value + "' không hợp lệ. Định dạng đúng là yyyy-MM-dd, ví dụ 2026-02-17.");
    }
    checkSupported(date.getYear());
    return date;
  }

  private static void checkSupported(int year) {
    // The lunar calendar behind the statutory estimate covers 1900-2199; a deadline may run into the next year.
    if (year < LunarCalendar.MIN_DATE.getYear() || year >= LunarCalendar.MAX_DATE.getYear()) {
      throw ApiException.badRequest("Năm " + year + " nằm ngoài phạm vi lịch hỗ trợ (1900–2198).");
    }
  }
}
