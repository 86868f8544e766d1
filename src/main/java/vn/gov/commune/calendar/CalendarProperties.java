package vn.gov.commune.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the working-day calendar (prefix {@code app.calendar}).
 *
 * @param dataDir optional folder whose YYYY.json files add to or replace the bundled schedules
 * @param sameDayCutOff a same-day procedure received at or after this time is due the next working day
 * @param endOfWorkingDay the time of day a deadline expires
 * @param zone the time zone of the offices, used to turn engine timestamps into local dates
 * @param overrideRefresh how often each node re-reads the administrators' changes from the database
 */
@ConfigurationProperties("app.calendar")
public record CalendarProperties(
    String dataDir, LocalTime sameDayCutOff, LocalTime endOfWorkingDay, ZoneId zone, Duration overrideRefresh) {

  public CalendarProperties {
    sameDayCutOff = sameDayCutOff == null ? LocalTime.of(15, 0) : sameDayCutOff;
    endOfWorkingDay = endOfWorkingDay == null ? LocalTime.of(17, 0) : endOfWorkingDay;
    zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    overrideRefresh = overrideRefresh == null ? Duration.ofMinutes(1) : overrideRefresh;
  }
}
