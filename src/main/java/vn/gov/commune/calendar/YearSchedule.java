package vn.gov.commune.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The days off and the working weekend days of one year.
 *
 * @param daysOff days off with their reason (a weekend day may be listed to name its holiday)
 * @param workingWeekendDays Saturdays or Sundays worked in exchange for a swapped day off
 * @param source OFFICIAL_SCHEDULE or STATUTORY_ESTIMATE
 * @param sources the legal texts the schedule comes from
 */
public record YearSchedule(
    int year,
    Map<LocalDate, String> daysOff,
    Map<LocalDate, String> workingWeekendDays,
    DaySource source,
    List<String> sources) {

  public YearSchedule {
    daysOff = Map.copyOf(daysOff);
    workingWeekendDays = Map.copyOf(workingWeekendDays);
    sources = List.copyOf(sources);
  }
}
