package vn.gov.commune.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Vietnamese working days for commune offices: Monday to Friday, minus the days off of the
 * government's published schedule (or, for a year without one, the statutory holidays), plus the
 * Saturdays worked in exchange for a swapped day, with the administrators' runtime changes on top.
 *
 * <p>Deadline rules (Nghị định 118/2025/NĐ-CP, Luật Hộ tịch 2014 art. 5): the day of receipt does
 * not count; only working days count, so a deadline never falls on a rest day; a same-day procedure
 * (0 working days) received at or after the cut-off, or on a rest day, is due the next working day.
 */
@Service
public class WorkingDayCalendar {

  static final int MAX_WORKING_DAYS = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final CalendarProperties properties;
  private final CalendarOverrideRepository overrides;
  private final Map<Integer, YearSchedule> officialSchedules;
  private final StatutoryHolidays statutory;
  private final Map<Integer, YearSchedule> estimates = new ConcurrentHashMap<>();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  private volatile Map<LocalDate, CalendarOverride> overrideCache;

  public WorkingDayCalendar(CalendarProperties properties, CalendarOverrideRepository overrides) {
    this.properties = properties;
    this.overrides = overrides;
    this.officialSchedules = YearScheduleFiles.load(properties.dataDir());
    this.statutory = StatutoryHolidays.load();
  }

  public CalendarProperties properties() {
    return properties;
  }

  /** Whether {@code date} is a working day, and the reason a user is shown. */
  public DayInfo describe(LocalDate date) {
    CalendarOverride override = overrides().get(date);
    if (override != null) {
      return new DayInfo(date, override.isWorkingDay(), override.getReason(), DaySource.ADMIN_OVERRIDE);
    }
    YearSchedule schedule = schedule(date.getYear());
    String dayOff = schedule.daysOff().get(date);
    if (dayOff != null) {
      return new DayInfo(date, false, dayOff, schedule.source());
    }
    String workingWeekend = schedule.workingWeekendDays().get(date);
    if (workingWeekend != null) {
      return new DayInfo(date, true, workingWeekend, schedule.source());
    }
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return new DayInfo(date, false, "Nghỉ cuối tuần (thứ Bảy)", DaySource.WEEKEND);
    }
    if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return new DayInfo(date, false, "Nghỉ cuối tuần (Chủ nhật)", DaySource.WEEKEND);
    }
    return new DayInfo(date, true, "Ngày làm việc", DaySource.REGULAR);
  }

  public boolean isWorkingDay(LocalDate date) {
    return describe(date).workingDay();
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return addWorkingDays(date, 1);
  }

  /** The last working day strictly before {@code date}. */
  public LocalDate lastWorkingDayBefore(LocalDate date) {
    return subtractWorkingDays(date, 1);
  }

  /** The {@code n}-th working day after {@code date}; {@code date} itself is not counted. */
  public LocalDate addWorkingDays(LocalDate date, int n) {
    return walkWorkingDays(date, n, 1);
  }

  /** The {@code n}-th working day before {@code date}; {@code date} itself is not counted. */
  public LocalDate subtractWorkingDays(LocalDate date, int n) {
    return walkWorkingDays(date, n, -1);
  }

  /**
   * The working days after {@code from} up to and including {@code to}, counted as deadlines count
   * them (the day of receipt does not count): the {@code n} with {@code addWorkingDays(from, n)} on
   * or before {@code to}. Zero when {@code to} is not after {@code from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        days++;
      }
    }
    return days;
  }

  private LocalDate walkWorkingDays(LocalDate date, int n, int step) {
    checkWorkingDays(n);
    LocalDate day = date;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The deadline of a procedure with a legal time of {@code workingDays} received at {@code receivedAt}. */
  public Deadline deadline(LocalDateTime receivedAt, int workingDays) {
    checkWorkingDays(workingDays);
    LocalDate received = receivedAt.toLocalDate();
    LocalDate due;
    boolean cutOffApplied = false;
    if (workingDays == 0) {
      boolean sameDay = isWorkingDay(received) && receivedAt.toLocalTime().isBefore(properties.sameDayCutOff());
      due = sameDay ? received : nextWorkingDay(received);
      cutOffApplied = !sameDay;
    } else {
      due = addWorkingDays(received, workingDays);
    }
    return new Deadline(receivedAt, workingDays, due, due.atTime(properties.endOfWorkingDay()), cutOffApplied);
  }

  /** The deadline for an engine timestamp, as an instant in the offices' time zone. */
  public Instant deadline(Instant receivedAt, int workingDays) {
    LocalDateTime local = LocalDateTime.ofInstant(receivedAt, properties.zone());
    return deadline(local, workingDays).dueAt().atZone(properties.zone()).toInstant();
  }

  /** The schedule of a year: the official one, or the statutory estimate (with a warning, once). */
  public YearSchedule schedule(int year) {
    YearSchedule official = officialSchedules.get(year);
    if (official != null) {
      return official;
    }
    if (warnedYears.add(year)) {
      LOG.warn(
          "No official holiday schedule for {}: using the statutory holidays with Tết and Giỗ Tổ computed from the"
              + " lunar calendar. Add calendar/{}.json (or a file in app.calendar.data-dir) once it is published.",
          year,
          year);
    }
    return estimates.computeIfAbsent(year, statutory::estimate);
  }

  /** The administrators' changes, read from the database and kept until the next refresh. */
  public Map<LocalDate, CalendarOverride> overrides() {
    Map<LocalDate, CalendarOverride> cache = overrideCache;
    if (cache == null) {
      cache = refreshOverrides();
    }
    return cache;
  }

  /** Re-reads the administrators' changes; every node does this periodically (a cluster shares the database). */
  @Scheduled(
      fixedDelayString = "${app.calendar.override-refresh:PT1M}",
      initialDelayString = "${app.calendar.override-refresh:PT1M}")
  public Map<LocalDate, CalendarOverride> refreshOverrides() {
    Map<LocalDate, CalendarOverride> fresh =
        overrides.findAll().stream()
            .collect(Collectors.toUnmodifiableMap(CalendarOverride::getDate, Function.identity()));
    overrideCache = fresh;
    return fresh;
  }

  private static void checkWorkingDays(int n) {
    if (n < 0 || n > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException(
          "Số ngày làm việc phải là số nguyên từ 0 đến " + MAX_WORKING_DAYS + " (nhận được " + n + ").");
    }
  }
}
