package vn.gov.commune.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  /**
   * Every weekday off of the official 2025 and 2026 schedules (8726/VPCP-KGVX, 6150/TB-LĐTBXH,
   * 12729/VPCP-KGVX, 9441/TB-BNV), written out here independently of calendar/*.json.
   */
  static final Map<LocalDate, String> OFFICIAL_WEEKDAYS_OFF = new TreeMap<>();

  static {
    off("2025-01-01", "Tết Dương lịch");
    for (int d = 27; d <= 31; d++) {
      off("2025-01-" + d, "Tết Nguyên đán");
    }
    off("2025-04-07", "Giỗ Tổ Hùng Vương");
    off("2025-04-30", "Ngày Chiến thắng");
    off("2025-05-01", "Quốc tế Lao động");
    off("2025-05-02", "Nghỉ hoán đổi");
    off("2025-09-01", "Quốc khánh");
    off("2025-09-02", "Quốc khánh");
    off("2026-01-01", "Tết Dương lịch");
    off("2026-01-02", "Nghỉ hoán đổi");
    for (int d = 16; d <= 20; d++) {
      off("2026-02-" + d, "Tết Nguyên đán");
    }
    off("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương");
    off("2026-04-30", "Ngày Chiến thắng");
    off("2026-05-01", "Quốc tế Lao động");
    off("2026-08-31", "Nghỉ hoán đổi");
    off("2026-09-01", "Quốc khánh");
    off("2026-09-02", "Quốc khánh");
  }

  static final List<LocalDate> OFFICIAL_WORKING_SATURDAYS =
      List.of(LocalDate.parse("2025-04-26"), LocalDate.parse("2026-01-10"), LocalDate.parse("2026-08-22"));

  private static void off(String date, String reason) {
    OFFICIAL_WEEKDAYS_OFF.put(LocalDate.parse(date), reason);
  }

  static WorkingDayCalendar calendar(String dataDir, CalendarOverride... overrides) {
    CalendarOverrideRepository repository = mock(CalendarOverrideRepository.class);
    when(repository.findAll()).thenReturn(List.of(overrides));
    return new WorkingDayCalendar(
        new CalendarProperties(dataDir, LocalTime.of(15, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Ho_Chi_Minh"), null),
        repository);
  }

  private final WorkingDayCalendar calendar = calendar(null);

  @Test
  void everyOfficialDayOffOf2025And2026IsARestDayWithItsReason() {
    for (Map.Entry<LocalDate, String> entry : OFFICIAL_WEEKDAYS_OFF.entrySet()) {
      DayInfo day = calendar.describe(entry.getKey());
      assertThat(day.workingDay()).as(entry.getKey().toString()).isFalse();
      assertThat(day.reason()).as(entry.getKey().toString()).contains(entry.getValue());
      assertThat(day.source()).isEqualTo(DaySource.OFFICIAL_SCHEDULE);
    }
  }

  @Test
  void everyOfficialMakeUpSaturdayIsAWorkingDay() {
    for (LocalDate saturday : OFFICIAL_WORKING_SATURDAYS) {
      assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      DayInfo day = calendar.describe(saturday);
      assertThat(day.workingDay()).as(saturday.toString()).isTrue();
      assertThat(day.reason()).startsWith("Làm bù");
    }
  }

  @Test
  void noOtherWeekdayOf2025Or2026IsOffAndNoOtherWeekendDayIsWorked() {
    for (LocalDate d = LocalDate.parse("2025-01-01"); d.getYear() <= 2026; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean expectedWorking =
          weekend ? OFFICIAL_WORKING_SATURDAYS.contains(d) : !OFFICIAL_WEEKDAYS_OFF.containsKey(d);
      assertThat(calendar.isWorkingDay(d)).as(d.toString()).isEqualTo(expectedWorking);
    }
  }

  @Test
  void tet2026BreakRunsFromSaturday14ToSunday22February() {
    for (LocalDate d = LocalDate.parse("2026-02-14"); !d.isAfter(LocalDate.parse("2026-02-22")); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-13"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).isTrue();
  }

  @ParameterizedTest(name = "received {0}, {1} working days → due {2}")
  @CsvSource({
    // the day of receipt does not count
    "2026-03-02T09:00, 1, 2026-03-03",
    "2026-03-02T09:00, 3, 2026-03-05",
    // weekends are skipped; receipt on a Saturday counts from Monday
    "2026-03-06T09:00, 1, 2026-03-09",
    "2026-03-07T09:00, 1, 2026-03-09",
    // Tết 2026: received the Friday before, 1 working day → the Monday after the break
    "2026-02-13T10:00, 1, 2026-02-23",
    "2026-02-12T10:00, 3, 2026-02-24",
    // the make-up Saturday 22/8/2026 counts, the swapped Monday 31/8 and 1-2/9 do not
    "2026-08-21T10:00, 1, 2026-08-22",
    "2026-08-28T10:00, 1, 2026-09-03",
    // Giỗ Tổ 2026 falls on Sunday: Monday 27/4 is its day off
    "2026-04-24T10:00, 1, 2026-04-28",
    // same-day procedures: before 15:00 the same day, from 15:00 the next working day
    "2026-03-02T14:59, 0, 2026-03-02",
    "2026-03-02T15:00, 0, 2026-03-03",
    "2026-03-06T16:30, 0, 2026-03-09",
    "2026-02-17T09:00, 0, 2026-02-23",
    // swap in January 2026: Friday 2/1 off, Saturday 10/1 worked
    "2025-12-31T16:00, 0, 2026-01-05",
    "2026-01-09T15:30, 0, 2026-01-10",
  })
  void deadlinesFollowTheCountingRules(String receivedAt, int workingDays, String due) {
    Deadline deadline = calendar.deadline(LocalDateTime.parse(receivedAt), workingDays);
    assertThat(deadline.due()).isEqualTo(LocalDate.parse(due));
    assertThat(deadline.dueAt()).isEqualTo(LocalDate.parse(due).atTime(17, 0));
    assertThat(calendar.isWorkingDay(deadline.due())).isTrue();
  }

  @ParameterizedTest(name = "{1} working days before {0} → {2}")
  @CsvSource({
    "2026-03-05, 0, 2026-03-05",
    "2026-03-05, 3, 2026-03-02",
    // weekends are skipped
    "2026-03-09, 1, 2026-03-06",
    // Tết 2026: the Monday after the break → the Friday before it
    "2026-02-23, 1, 2026-02-13",
    "2026-02-24, 3, 2026-02-12",
    // the make-up Saturdays 10/1/2026 and 22/8/2026 count; the swapped 2/1 and 31/8, 1-2/9 do not
    "2026-01-12, 1, 2026-01-10",
    "2026-01-05, 1, 2025-12-31",
    "2026-08-24, 1, 2026-08-22",
    "2026-09-03, 1, 2026-08-28",
    "2026-09-03, 7, 2026-08-21",
  })
  void subtractingWorkingDaysWalksBackOverRestDays(String from, int n, String expected) {
    assertThat(calendar.subtractWorkingDays(LocalDate.parse(from), n)).isEqualTo(expected);
    if (n == 1) {
      assertThat(calendar.lastWorkingDayBefore(LocalDate.parse(from))).isEqualTo(expected);
    }
  }

  @Test
  void theLastWorkingDayBeforeADayIsStrictlyBeforeIt() {
    // a working day itself is not "before" itself
    assertThat(calendar.lastWorkingDayBefore(LocalDate.parse("2026-03-04"))).isEqualTo("2026-03-03");
    // the 13th of September 2026 is a Sunday: the last working day before it is Friday the 11th
    assertThat(calendar.lastWorkingDayBefore(LocalDate.parse("2026-09-13"))).isEqualTo("2026-09-11");
    // from inside the Tết break
    assertThat(calendar.lastWorkingDayBefore(LocalDate.parse("2026-02-17"))).isEqualTo("2026-02-13");
  }

  @ParameterizedTest(name = "working days after {0} up to {1}: {2}")
  @CsvSource({
    "2026-03-02, 2026-03-02, 0",
    "2026-03-05, 2026-03-02, 0",
    "2026-03-02, 2026-03-03, 1",
    "2026-03-06, 2026-03-09, 1",
    // Tết 2026: Friday 13/2, Monday 23/2, Tuesday 24/2
    "2026-02-12, 2026-02-24, 3",
    // make-up Saturday 22/8 and the week 24-28/8 count; 31/8 and 1-2/9 do not
    "2026-08-21, 2026-09-03, 7",
  })
  void workingDaysBetweenCountsAsDeadlinesDo(String from, String to, int expected) {
    assertThat(calendar.workingDaysBetween(LocalDate.parse(from), LocalDate.parse(to))).isEqualTo(expected);
  }

  @Test
  void subtractingUndoesAddingAndBetweenCountsTheDaysAdded() {
    for (LocalDate d = LocalDate.parse("2025-01-01"); d.getYear() <= 2026; d = d.plusDays(1)) {
      if (!calendar.isWorkingDay(d)) {
        continue;
      }
      for (int n : new int[] {1, 3, 7}) {
        LocalDate later = calendar.addWorkingDays(d, n);
        assertThat(calendar.subtractWorkingDays(later, n)).as(d + " + " + n).isEqualTo(d);
        assertThat(calendar.workingDaysBetween(d, later)).as(d + " + " + n).isEqualTo(n);
      }
    }
  }

  @Test
  void sameDayCutOffIsReported() {
    assertThat(calendar.deadline(LocalDateTime.parse("2026-03-02T10:00"), 0).cutOffApplied()).isFalse();
    assertThat(calendar.deadline(LocalDateTime.parse("2026-03-02T15:01"), 0).cutOffApplied()).isTrue();
  }

  @Test
  void negativeOrHugeDayCountsAreRefusedInVietnamese() {
    assertThatThrownBy(() -> calendar.deadline(LocalDateTime.parse("2026-03-02T10:00"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Số ngày làm việc");
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2026-03-02"), 5000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.subtractWorkingDays(LocalDate.parse("2026-03-02"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYearWithoutOfficialScheduleFallsBackToStatutoryHolidaysFromTheLunarCalendar() {
    YearSchedule y2027 = calendar.schedule(2027);
    assertThat(y2027.source()).isEqualTo(DaySource.STATUTORY_ESTIMATE);
    // Tết Đinh Mùi: mùng 1 = Saturday 6/2/2027; the eve and mùng 1-4, weekend days compensated after
    assertThat(y2027.daysOff())
        .containsEntry(LocalDate.parse("2027-02-05"), "Tết Nguyên đán")
        .containsEntry(LocalDate.parse("2027-02-08"), "Tết Nguyên đán")
        .containsEntry(LocalDate.parse("2027-02-09"), "Tết Nguyên đán")
        .containsEntry(LocalDate.parse("2027-02-10"), "Nghỉ bù Tết Nguyên đán")
        .containsEntry(LocalDate.parse("2027-02-11"), "Nghỉ bù Tết Nguyên đán")
        // Giỗ Tổ 10/3 Đinh Mùi = Friday 16/4/2027
        .containsEntry(LocalDate.parse("2027-04-16"), "Giỗ Tổ Hùng Vương")
        // 1/5/2027 is a Saturday: Monday 3/5 off
        .containsEntry(LocalDate.parse("2027-05-03"), "Nghỉ bù Ngày Quốc tế Lao động (1/5)")
        // 2/9/2027 is a Thursday: the adjacent day is Friday 3/9
        .containsEntry(LocalDate.parse("2027-09-03"), "Quốc khánh (ngày liền kề)");
    DayInfo tet = calendar.describe(LocalDate.parse("2027-02-08"));
    assertThat(tet.workingDay()).isFalse();
    assertThat(tet.source()).isEqualTo(DaySource.STATUTORY_ESTIMATE);
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-12"))).isTrue();
  }

  @Test
  void aYearFileInTheDataFolderIsUsedWithoutARelease(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("2027.json"),
        """
        {"year": 2027, "sources": ["Thông báo thử"],
         "daysOff": [{"date": "2027-02-04", "reason": "Tết Nguyên đán"}],
         "workingWeekendDays": [{"date": "2027-01-30", "reason": "Làm bù"}]}
        """);
    WorkingDayCalendar withFile = calendar(dir.toString());
    assertThat(withFile.schedule(2027).source()).isEqualTo(DaySource.OFFICIAL_SCHEDULE);
    assertThat(withFile.isWorkingDay(LocalDate.parse("2027-02-04"))).isFalse();
    assertThat(withFile.isWorkingDay(LocalDate.parse("2027-01-30"))).isTrue();
    // the file replaces the estimate: 8/2/2027 is not listed, so it is a working day
    assertThat(withFile.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue();
  }

  @Test
  void aMalformedYearFileStopsTheStartWithItsName(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("2027.json"),
        "{\"year\": 2027, \"daysOff\": [], \"workingWeekendDays\": [{\"date\": \"2027-02-03\", \"reason\": \"x\"}]}");
    assertThatThrownBy(() -> calendar(dir.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2027.json")
        .hasMessageContaining("not a Saturday or Sunday");
    Files.writeString(dir.resolve("2027.json"), "{\"year\": 2028}");
    assertThatThrownBy(() -> calendar(dir.toString())).hasMessageContaining("equal to the file name");
    Files.writeString(dir.resolve("2027.json"), "{\"year\": 2027, \"daysOff\": [{\"date\": \"2027-02-31\", \"reason\": \"x\"}]}");
    assertThatThrownBy(() -> calendar(dir.toString())).hasMessageContaining("2027.json");
  }

  @Test
  void anAdministratorsChangeWinsOverThePublishedSchedule() {
    CalendarOverride cultureDay =
        new CalendarOverride(LocalDate.parse("2026-11-24"), false, "Ngày Văn hóa Việt Nam", "demo", java.time.Instant.now());
    CalendarOverride cancelled =
        new CalendarOverride(LocalDate.parse("2026-09-01"), true, "Thử: hủy ngày nghỉ", "demo", java.time.Instant.now());
    WorkingDayCalendar withOverrides = calendar(null, cultureDay, cancelled);
    assertThat(withOverrides.describe(LocalDate.parse("2026-11-24")))
        .isEqualTo(new DayInfo(LocalDate.parse("2026-11-24"), false, "Ngày Văn hóa Việt Nam", DaySource.ADMIN_OVERRIDE));
    assertThat(withOverrides.isWorkingDay(LocalDate.parse("2026-09-01"))).isTrue();
    assertThat(withOverrides.deadline(LocalDateTime.parse("2026-11-23T10:00"), 1).due()).isEqualTo("2026-11-25");
  }
}
