package vn.gov.commune.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;

/**
 * The holidays of the Labour Code (calendar/statutory-holidays.json), for a year whose official
 * schedule is not published yet. Tết and Giỗ Tổ come from the Vietnamese lunar calendar; a holiday
 * on a Saturday or Sunday gives the next working day off (Điều 111 khoản 3). Which five days of Tết
 * and which day next to 2/9 the Prime Minister will choose is estimated here, and said so.
 */
final class StatutoryHolidays {

  /** The JSON layout of the statutory rules. */
  record Rules(String legalBasis, String note, List<SolarHoliday> solar, List<LunarHoliday> lunar) {}

  /** A holiday on a fixed Gregorian date; {@code adjacentDayReason} adds one day next to it. */
  record SolarHoliday(int month, int day, String reason, String adjacentDayReason) {}

  /**
   * A holiday on a lunar date of the lunar year that begins in the same Gregorian year (months 1
   * to 10), optionally with days before and after it (the eve of Tết is "1 day before mùng 1").
   */
  record LunarHoliday(int month, int day, int daysBefore, int daysAfter, String reason) {}

  private final Rules rules;

  private StatutoryHolidays(Rules rules) {
    this.rules = rules;
  }

  static StatutoryHolidays load() {
    ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = new ClassPathResource("calendar/statutory-holidays.json").getInputStream()) {
      return new StatutoryHolidays(json.readValue(in, Rules.class));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read calendar/statutory-holidays.json: " + e.getMessage(), e);
    }
  }

  YearSchedule estimate(int year) {
    Map<LocalDate, String> holidays = new TreeMap<>();
    for (SolarHoliday h : rules.solar()) {
      LocalDate date = MonthDay.of(h.month(), h.day()).atYear(year);
      holidays.put(date, h.reason());
      if (h.adjacentDayReason() != null) {
        holidays.putIfAbsent(adjacentDay(date), h.adjacentDayReason());
      }
    }
    for (LunarHoliday h : rules.lunar()) {
      LocalDate date = LunarCalendar.toSolar(year, h.month(), h.day(), false);
      for (LocalDate d = date.minusDays(h.daysBefore()); !d.isAfter(date.plusDays(h.daysAfter())); d = d.plusDays(1)) {
        if (d.getYear() == year) {
          holidays.putIfAbsent(d, h.reason());
        }
      }
    }
    Map<LocalDate, String> daysOff = new TreeMap<>(holidays);
    for (Map.Entry<LocalDate, String> h : holidays.entrySet()) {
      if (YearScheduleFiles.isWeekend(h.getKey())) {
        LocalDate substitute = h.getKey().plusDays(1);
        while (YearScheduleFiles.isWeekend(substitute) || daysOff.containsKey(substitute)) {
          substitute = substitute.plusDays(1);
        }
        if (substitute.getYear() == year) {
          daysOff.put(substitute, "Nghỉ bù " + h.getValue());
        }
      }
    }
    return new YearSchedule(
        year,
        daysOff,
        Map.of(),
        DaySource.STATUTORY_ESTIMATE,
        List.of(rules.legalBasis() + " (ước tính: chưa có lịch nghỉ chính thức năm " + year + ")"));
  }

  /** The day next to 2/9 that joins the holiday to a weekend where it can, else the day before. */
  private static LocalDate adjacentDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY || day == DayOfWeek.SUNDAY
        ? date.plusDays(1)
        : date.minusDays(1);
  }
}
