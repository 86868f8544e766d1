package vn.gov.commune.plan.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the completion time of a plan task as Vietnamese plans write it. Matching is done on text
 * folded to lowercase without diacritics, so "Truoc ngay 20/12/2025" reads like "Trước ngày 20/12/2025".
 *
 * <ul>
 *   <li>"Trước ngày 20 tháng 12 năm 2025", "trước ngày 28/7/2025", "chậm nhất ngày 5.9.2025" → that day;
 *   <li>"trong tháng 11/2025", "tháng 11 năm 2025" → the last day of that month (30/11/2025);
 *   <li>"trước tháng 11/2025" → the last day of the month <em>before</em> (31/10/2025): the work must be
 *       done before November starts. The same rule holds for "trước Quý III/2025" (30/6/2025) and
 *       "trước năm 2026" (31/12/2025);
 *   <li>"Quý III/2025", "quý 3 năm 2025" → the last day of the quarter (30/9/2025);
 *   <li>"6 tháng đầu năm 2025" → 30/6/2025, "6 tháng cuối năm 2025" → 31/12/2025;
 *   <li>"năm 2025", "trong năm 2025" → 31/12/2025;
 *   <li>"Nhiệm vụ thường xuyên", "Thường xuyên", "Hằng tháng", "định kỳ" → recurring, no deadline; with a
 *       period ("Thường xuyên trong 6 tháng cuối năm 2025") the period's last day is the recurrence end.
 * </ul>
 *
 * A day or month that does not exist ("31/02/2025", "tháng 13/2025") is an error that quotes it; a
 * deadline must never be silently moved.
 */
final class DeadlineParser {

  /** A parsed completion time; {@code date} is null for recurring tasks. */
  public record Deadline(LocalDate date, boolean recurring, LocalDate recurrenceEnd, String text) {}

  private static final String DMY_WORDS = "ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})";
  private static final String DMY_NUMBERS = "(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)";
  private static final Pattern FULL_WORDS = Pattern.compile(DMY_WORDS);
  private static final Pattern FULL_NUMBERS = Pattern.compile(DMY_NUMBERS);
  private static final Pattern MONTH = Pattern.compile("(truoc\\s+)?thang\\s+(\\d{1,2})\\s*(?:/|-|nam)\\s*(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(truoc\\s+)?quy\\s+(iv|iii|ii|i|[1-4])\\s*(?:/|-|nam)\\s*(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(6|sau)\\s+thang\\s+(dau|cuoi)\\s+nam\\s+(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(truoc\\s+)?nam\\s+(\\d{4})");
  private static final Pattern RECURRING = Pattern.compile(
      "thuong xuyen|(?:hang|moi) (?:thang|quy|nam|tuan|ngay)|dinh ky|lien tuc|(?:hang|moi) (?:6|sau) thang");
  /** A recurrence inside a task's sentence, with what follows it up to the end of the clause ("hằng tháng, trước ngày 13"). */
  private static final Pattern RECURRING_PHRASE = Pattern.compile(
      "(?:thuong xuyen|(?:hang|moi) (?:thang|quy|nam|tuan|(?:6|sau) thang)|dinh ky(?: (?:hang|moi) (?:thang|quy|nam|tuan))?)"
          + "(?:,?\\s+(?:truoc|vao|tu|den|trong)\\s+(?:ngay|thang|quy|dip|het)\\s+[^.;()]{0,30}?)?(?=[\\s.,;:)]|$)");
  /** Ranges: the time that ends them is the deadline ("Từ tháng 9/2025 đến tháng 12/2025", "Tháng 9 - 12/2025"). */
  private static final Pattern RANGE_END = Pattern.compile("(?:\\bden(?: het)?|[-–—])\\s*(?=(?:ngay|thang|quy|nam|\\d)[^-–—]*$)");
  private static final Pattern MONTH_SPAN = Pattern.compile("thang\\s+\\d{1,2}\\s*[-–—]\\s*(?:thang\\s+)?(\\d{1,2})\\s*(/|nam)\\s*(\\d{4})");
  private static final Pattern QUARTER_SPAN = Pattern.compile("quy\\s+(?:iv|iii|ii|i|[1-4])\\s*[-–—]\\s*(?:quy\\s+)?((?:iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*\\d{4})");
  private static final Pattern YEAR_SPAN = Pattern.compile("(?<!\\d)(\\d{4})\\s*[-–—]\\s*(\\d{4})(?!\\d)");

  /** Deadline phrases inside a sentence, e.g. "..., hoàn thành trước ngày 30/9/2025." */
  private static final Pattern INLINE = Pattern.compile(
      "(?:(?:truoc|cham nhat(?: la)?(?: truoc)?|den het|han chot)\\s+(?:" + DMY_WORDS + "|ngay\\s+" + DMY_NUMBERS + "))"
          + "|(?:hoan thanh|xong)[^.;:]{0,25}?(?:truoc|trong|den het|den)\\s+(?:thang\\s+\\d{1,2}\\s*(?:/|nam)\\s*\\d{4}"
          + "|quy\\s+(?:iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*\\d{4}|nam\\s+\\d{4}|6 thang (?:dau|cuoi) nam \\d{4}"
          + "|giai doan\\s+\\d{4}\\s*[-–]\\s*\\d{4})"
          + "|(?:thoi han|thoi gian(?: hoan thanh| thuc hien)?|tien do|han hoan thanh)\\s*:\\s*[^.;:()]{3,40}"
          + "|(?:truoc|trong)\\s+(?:thang\\s+\\d{1,2}\\s*(?:/|nam)\\s*\\d{4}|quy\\s+(?:iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*\\d{4})"
          + "|\\(\\s*(?:thuong xuyen|hang thang|hang quy)\\s*\\)"
          + "|(?:thuc hien |nhiem vu )?(?:thuong xuyen|hang thang|hang quy)(?=[\\s.;)]*$)");

  /** The same, in a heading that sets the time of the tasks under it ("Các nhiệm vụ ... đến ngày 31 tháng 12 năm 2025"). */
  private static final Pattern HEADING = Pattern.compile(
      "(?:den(?: het)?|truoc|trong)\\s+(?:" + DMY_WORDS + "|ngay\\s+" + DMY_NUMBERS
          + "|thang\\s+\\d{1,2}\\s*(?:/|nam)\\s*\\d{4}|quy\\s+(?:iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*\\d{4}|nam\\s+\\d{4})");

  private DeadlineParser() {}

  /**
   * Reads a completion time written on its own ("Thời gian hoàn thành: <text>").
   *
   * @param task what the time belongs to, quoted in error messages
   * @return empty when the text is no time this class knows
   * @throws PlanImportException for a date that does not exist
   */
  public static Optional<Deadline> parse(String text, String task) {
    String nfc = PlanText.normalise(text).strip();
    String f = PlanText.fold(nfc);
    LocalDate date = rangeEnd(nfc, f, task);
    if (date == null) {
      date = date(nfc, f, task);
    }
    if (RECURRING.matcher(f).find()) {
      return Optional.of(new Deadline(null, true, date, nfc));
    }
    return date == null ? Optional.empty() : Optional.of(new Deadline(date, false, null, nfc));
  }

  /**
   * The deadline a task's sentence gives: its last deadline phrase ("…, hoàn thành trước ngày
   * 30/9/2025"); else a recurrence anywhere in it ("định kỳ hằng tháng, trước ngày 13", "hằng năm",
   * "thường xuyên"), the phrase kept as it is written.
   */
  public static Optional<Deadline> findInSentence(String sentence, String task) {
    Optional<Deadline> found = find(INLINE, sentence, task);
    if (found.isPresent()) {
      return found;
    }
    return recurrenceIn(sentence).map(phrase -> new Deadline(null, true, null, phrase));
  }

  /** A deadline phrase inside a sentence ("hoàn thành trước ngày 30/9/2025"), recurrences not counted. */
  static Optional<Deadline> findDateInSentence(String sentence, String task) {
    return find(INLINE, sentence, task);
  }

  /** The recurrence a sentence names ("định kỳ hằng tháng, trước ngày 13", "hằng năm"), as written. */
  static Optional<String> recurrenceIn(String sentence) {
    String nfc = PlanText.normalise(sentence);
    Matcher m = RECURRING_PHRASE.matcher(PlanText.fold(nfc));
    return m.find() ? Optional.of(nfc.substring(m.start(), m.end()).strip()) : Optional.empty();
  }

  /** The end of a range of times, or null when the text is no range. */
  private static LocalDate rangeEnd(String nfc, String f, String task) {
    Matcher m = MONTH_SPAN.matcher(f);
    if (m.find()) {
      return month(m.group(3), m.group(1), nfc.substring(m.start(), m.end()), task).atEndOfMonth();
    }
    m = QUARTER_SPAN.matcher(f);
    if (m.find()) {
      return date(nfc.substring(m.start(1), m.end(1)), m.group(1), task);
    }
    m = YEAR_SPAN.matcher(f);
    if (m.find() && !f.substring(0, m.start()).matches(".*(?:ngay|thang|/)\\s*\\d{0,2}\\s*$")) {
      return LocalDate.of(Integer.parseInt(m.group(2)), 12, 31);
    }
    if (f.matches("^(?:tu|bat dau tu)\\b.*") || f.contains(" den ")) {
      Matcher end = RANGE_END.matcher(f);
      int last = -1;
      while (end.find()) {
        last = end.end();
      }
      if (last > 0 && last < f.length()) {
        return date(nfc.substring(last), f.substring(last), task);
      }
    }
    return null;
  }

  /** The time a heading gives to the tasks under it, if any. */
  static Optional<Deadline> findInHeading(String heading, String task) {
    return find(HEADING, heading, task);
  }

  private static Optional<Deadline> find(Pattern pattern, String sentence, String task) {
    String nfc = PlanText.normalise(sentence);
    Matcher m = pattern.matcher(PlanText.fold(nfc));
    String phrase = null;
    while (m.find()) {
      phrase = nfc.substring(m.start(), m.end());
    }
    return phrase == null ? Optional.empty() : parse(phrase, task);
  }

  /** The first date the text names, or null. */
  private static LocalDate date(String nfc, String f, String task) {
    Matcher m = FULL_WORDS.matcher(f);
    if (m.find()) {
      return day(m.group(3), m.group(2), m.group(1), nfc.substring(m.start(), m.end()), task);
    }
    m = FULL_NUMBERS.matcher(f);
    if (m.find()) {
      return day(m.group(3), m.group(2), m.group(1), nfc.substring(m.start(), m.end()), task);
    }
    m = MONTH.matcher(f);
    if (m.find()) {
      YearMonth month = month(m.group(3), m.group(2), nfc.substring(m.start(), m.end()), task);
      return (m.group(1) != null ? month.minusMonths(1) : month).atEndOfMonth();
    }
    m = QUARTER.matcher(f);
    if (m.find()) {
      int quarter = switch (m.group(2)) {
        case "i", "1" -> 1;
        case "ii", "2" -> 2;
        case "iii", "3" -> 3;
        default -> 4;
      };
      YearMonth end = YearMonth.of(Integer.parseInt(m.group(3)), quarter * 3);
      return (m.group(1) != null ? end.minusMonths(3) : end).atEndOfMonth();
    }
    m = HALF.matcher(f);
    if (m.find()) {
      int year = Integer.parseInt(m.group(3));
      return m.group(2).equals("dau") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }
    m = YEAR.matcher(f);
    if (m.find()) {
      int year = Integer.parseInt(m.group(2));
      return LocalDate.of(m.group(1) != null ? year - 1 : year, 12, 31);
    }
    return null;
  }

  private static LocalDate day(String year, String month, String day, String written, String task) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw PlanImportException.invalid(
          "Ngày \"" + quoted(written) + "\" không tồn tại (" + task + "). Vui lòng sửa văn bản rồi nhập lại.");
    }
  }

  private static YearMonth month(String year, String month, String written, String task) {
    try {
      return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    } catch (DateTimeException e) {
      throw PlanImportException.invalid(
          "Tháng \"" + written.replaceFirst("^.*?[Tt]h[áa]ng\\s+", "") + "\" không tồn tại (" + task + "). Vui lòng sửa văn bản rồi nhập lại.");
    }
  }

  /** "trước ngày 31/02/2025" → "31/02/2025": the date as written, without the words before it. */
  private static String quoted(String written) {
    String f = PlanText.fold(written);
    Matcher numbers = FULL_NUMBERS.matcher(f);
    if (numbers.find()) {
      return written.substring(numbers.start(), numbers.end());
    }
    int start = f.indexOf("ngay ");
    if (start < 0) {
      start = f.indexOf("thang ");
    }
    return (start >= 0 ? written.substring(start) : written).strip();
  }
}
