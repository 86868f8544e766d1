package vn.gov.commune.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the official year schedules: {@code calendar/YYYY.json} on the classpath, then the files of
 * the optional data folder, which replace a bundled year of the same number. A malformed file stops
 * the start-up with a message that names it: a wrong calendar must never be used silently.
 */
final class YearScheduleFiles {

  private static final Logger LOG = LoggerFactory.getLogger(YearScheduleFiles.class);
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.json");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The JSON layout of one year file. */
  record YearFile(Integer year, List<String> sources, List<Entry> daysOff, List<Entry> workingWeekendDays) {}

  record Entry(LocalDate date, String reason) {}

  private YearScheduleFiles() {}

  static Map<Integer, YearSchedule> load(String dataDir) {
    Map<Integer, YearSchedule> years = new HashMap<>();
    try {
      Resource[] bundled =
          new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json");
      for (Resource resource : bundled) {
        String name = resource.getFilename();
        if (name != null && FILE_NAME.matcher(name).matches()) {
          try (InputStream in = resource.getInputStream()) {
            YearSchedule schedule = parse(name, in);
            years.put(schedule.year(), schedule);
          }
        }
      }
      if (dataDir != null && !dataDir.isBlank()) {
        Path dir = Path.of(dataDir);
        if (!Files.isDirectory(dir)) {
          throw new IllegalStateException(
              "Calendar data folder " + dir.toAbsolutePath() + " (app.calendar.data-dir / CALENDAR_DIR) does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file : files.sorted().toList()) {
            String name = file.getFileName().toString();
            if (FILE_NAME.matcher(name).matches()) {
              try (InputStream in = Files.newInputStream(file)) {
                YearSchedule schedule = parse(file.toString(), in);
                if (years.put(schedule.year(), schedule) != null) {
                  LOG.info("Calendar {} replaces the bundled schedule of {}", file, schedule.year());
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the holiday schedules: " + e.getMessage(), e);
    }
    LOG.info("Official holiday schedules loaded for years {}", years.keySet().stream().sorted().toList());
    return years;
  }

  static YearSchedule parse(String name, InputStream in) {
    YearFile file;
    try {
      file = JSON.readValue(in, YearFile.class);
    } catch (IOException e) {
      throw invalid(name, "not valid JSON or a date is not yyyy-MM-dd (" + e.getMessage() + ")");
    }
    Matcher m = FILE_NAME.matcher(Path.of(name).getFileName().toString());
    if (file.year() == null || !m.matches() || Integer.parseInt(m.group(1)) != file.year()) {
      throw invalid(name, "\"year\" must be present and equal to the file name");
    }
    int year = file.year();
    Map<LocalDate, String> daysOff = entries(name, year, file.daysOff(), "daysOff");
    Map<LocalDate, String> working = entries(name, year, file.workingWeekendDays(), "workingWeekendDays");
    for (LocalDate date : working.keySet()) {
      if (!isWeekend(date)) {
        throw invalid(name, date + " in workingWeekendDays is not a Saturday or Sunday");
      }
      if (daysOff.containsKey(date)) {
        throw invalid(name, date + " is both a day off and a working day");
      }
    }
    return new YearSchedule(
        year,
        daysOff,
        working,
        DaySource.OFFICIAL_SCHEDULE,
        file.sources() == null ? List.of() : new ArrayList<>(file.sources()));
  }

  private static Map<LocalDate, String> entries(String name, int year, List<Entry> list, String field) {
    Map<LocalDate, String> result = new LinkedHashMap<>();
    if (list == null) {
      return result;
    }
    for (Entry entry : list) {
      if (entry == null || entry.date() == null || entry.reason() == null || entry.reason().isBlank()) {
        throw invalid(name, "every entry of \"" + field + "\" needs a date and a reason");
      }
      if (entry.date().getYear() != year) {
        throw invalid(name, entry.date() + " in \"" + field + "\" is not in " + year);
      }
      if (result.put(entry.date(), entry.reason().strip()) != null) {
        throw invalid(name, entry.date() + " is listed twice in \"" + field + "\"");
      }
    }
    return result;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static IllegalStateException invalid(String name, String why) {
    return new IllegalStateException("Holiday schedule " + name + " is invalid: " + why);
  }
}
