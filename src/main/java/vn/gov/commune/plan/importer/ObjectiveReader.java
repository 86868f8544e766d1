package vn.gov.commune.plan.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gov.commune.plan.Indicator;

/**
 * Finds the measurable objectives of a plan: in the parts headed "Mục tiêu" or "Chỉ tiêu" (a
 * numbered heading "II. MỤC TIÊU", "2. … Các chỉ tiêu cụ thể …", or an unnumbered "Mục tiêu …"
 * line), every share ("tối thiểu 80%", "100%") and every count with a threshold ("ít nhất 100 hồ
 * sơ/năm/xã") becomes an {@link ObjectiveDraft}.
 *
 * <p>A share is bound to a live {@link Indicator} only when what it counts is plainly the measure's
 * population and its predicate names the measure: "…% hồ sơ (thủ tục hành chính) được xử lý hoàn
 * toàn trực tuyến" is {@link Indicator#FULLY_ONLINE_SHARE}, "…% hồ sơ giải quyết đúng hạn" is
 * {@link Indicator#ON_TIME_SHARE}. A narrower population ("hồ sơ đất đai", "hồ sơ, tài liệu công
 * việc"), a sentence naming two measures, an upper bound ("không quá 5%") or a count is not bound: it
 * stays a manual indicator with its sentence, since a wrong binding is worse than none. The reviewer
 * confirms each one in the review form.
 */
public final class ObjectiveReader {

  private static final Pattern ROMAN = Pattern.compile("^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\\.\\s*\\S");
  private static final Pattern ARABIC = Pattern.compile("^\\d{1,2}\\.\\s+\\S");
  private static final Pattern SUB = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.?\\s+\\p{L}");
  private static final Pattern NUMBERING = Pattern.compile("^(?:(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\\.|\\d{1,2}(?:\\.\\d{1,2})*\\.?)\\s*");
  private static final Pattern BULLET = Pattern.compile("^[-–—•+*]\\s*");
  private static final Pattern OBJECTIVE_HEADING = Pattern.compile("^(?:cac\\s+)?(?:muc tieu|chi tieu)\\b");
  private static final Pattern OBJECTIVE_WORDS = Pattern.compile("\\b(?:muc tieu|chi tieu)\\b");
  /** Headings of the other parts of a plan: they end an objectives part. */
  private static final Pattern OTHER_PART = Pattern.compile(
      "^(?:nhiem vu|giai phap|to chuc thuc hien|kinh phi|mo hinh|phan cong|quan diem|muc dich|yeu cau|can cu|trach nhiem|che do bao cao)\\b");
  private static final Pattern PERCENT_LINE = Pattern.compile("^\\d{1,3}(?:[.,]\\d+)?\\s?%$");

  private static final String THRESHOLD = "toi thieu|it nhat|khong duoi|khong thap hon|dat|tren|tu";
  private static final String UPPER = "toi da|khong qua|duoi|khong vuot qua";
  private static final Pattern PERCENT = Pattern.compile(
      "(?:\\b(" + THRESHOLD + "|" + UPPER + ")\\s+)?(\\d{1,3}(?:[.,]\\d+)?)\\s?%");
  private static final Pattern COUNT = Pattern.compile(
      "\\b(toi thieu|it nhat|khong duoi|khong thap hon)\\s+(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(?![\\d%])([^,;.()]{1,30}?)(?=\\s+(?:va|tren|trong|de|cho)\\b|[,;.()]|$)");
  private static final Pattern LEADING_QUALIFIER = Pattern.compile("^(" + THRESHOLD + "|" + UPPER + ")\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[\\p{Lu}\\d])|;\\s*");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

  /** What a dossier-share objective counts: dossiers as a whole, followed by the predicate. */
  private static final Pattern DOSSIERS = Pattern.compile(
      "^(?:cac |so |tong so )?ho so(?: thu tuc hanh chinh| tthc)?(?: tthc)?\\s+(?:duoc|giai quyet|xu ly|co|tiep nhan|nop|thuc hien|tra|tai su dung|su dung|da|dung)\\b");
  private static final Pattern ELECTRONIC_RESULTS = Pattern.compile(
      "^(?:cac |so )?ket qua(?: giai quyet(?: thu tuc hanh chinh| tthc)?)?(?: duoc)?(?: tra| cap)?(?: (?:duoi dang|bang|ban))? dien tu\\b");

  private static final Map<Indicator, Pattern> MENTIONS = new LinkedHashMap<>();

  static {
    MENTIONS.put(Indicator.FULLY_ONLINE_SHARE, Pattern.compile("hoan toan truc tuyen|truc tuyen toan trinh|\\btoan trinh\\b"));
    MENTIONS.put(Indicator.ELECTRONIC_RESULT_SHARE, Pattern.compile("ket qua(?: giai quyet)?(?: [a-z ]{0,40})? dien tu"));
    MENTIONS.put(Indicator.ON_TIME_SHARE, Pattern.compile("dung han|truoc han|dung thoi han"));
    MENTIONS.put(Indicator.DATA_REUSE_SHARE, Pattern.compile("tai su dung|su dung lai|thay the bang du lieu|khong phai cung cap lai"));
  }

  private enum Level { ROMAN, ARABIC, SUB, PLAIN }

  /** The objectives of the document, in document order, without repeats. */
  public List<ObjectiveDraft> read(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    Map<String, ObjectiveDraft> found = new LinkedHashMap<>();
    for (String item : items(lines(raw))) {
      for (String clause : SENTENCE_END.split(item)) {
        for (ObjectiveDraft objective : targets(clause.trim())) {
          found.putIfAbsent(PlanText.fold(objective.sentence()) + "|" + objective.targetText(), objective);
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** Non-blank lines, NFC, single spaces; a lone word ("Mục", "II.") joined to the next line, as PDF extraction splits them. */
  static List<String> lines(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\u00A0\\u2000-\\u200A\\u202F\\t]", " ")
        .replaceAll("[\\u00AD\\u200B-\\u200D\\uFEFF]", "").replace("\r", "\n");
    List<String> lines = new ArrayList<>();
    String pending = null;
    for (String line : text.split("\n")) {
      String trimmed = line.replaceAll("\\s+", " ").replace("**", "").trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (pending != null) {
        trimmed = pending + " " + trimmed;
        pending = null;
      }
      if (!trimmed.contains(" ") && !PERCENT_LINE.matcher(trimmed).matches() && !BULLET.matcher(trimmed).find() && trimmed.length() < 12) {
        pending = trimmed;
        continue;
      }
      lines.add(trimmed);
    }
    if (pending != null) {
      lines.add(pending);
    }
    return lines;
  }

  /** The items (bullet points, paragraphs) of the objectives parts, wrapped lines joined. */
  static List<String> items(List<String> lines) {
    List<String> items = new ArrayList<>();
    Level part = null;
    StringBuilder item = new StringBuilder();
    boolean attachNext = false;
    for (String line : lines) {
      boolean bullet = BULLET.matcher(line).find();
      Level level = bullet ? null : level(line);
      String heading = PlanText.fold(NUMBERING.matcher(line).replaceFirst(""));
      boolean headingLike = !bullet && line.length() <= 150;
      boolean objectiveHeading = headingLike && (OBJECTIVE_HEADING.matcher(heading).find()
          || (level != null && level != Level.PLAIN && OBJECTIVE_WORDS.matcher(heading).find()));
      boolean otherPart = headingLike && Character.isUpperCase(heading.isEmpty() ? 'x' : NUMBERING.matcher(line).replaceFirst("").charAt(0))
          && OTHER_PART.matcher(heading).find() && !objectiveHeading;
      if (part != null && (otherPart || ends(part, level) && !objectiveHeading)) {
        flush(item, items);
        part = null;
      }
      if (part == null) {
        if (objectiveHeading) {
          part = level == null ? Level.PLAIN : level;
        }
        continue;
      }
      boolean percentLine = PERCENT_LINE.matcher(line).matches();
      boolean startsItem = bullet || level != Level.PLAIN || objectiveHeading || percentLine
          || (!attachNext && (item.isEmpty() || endsSentence(item)) && startsSentence(line));
      if (startsItem && !attachNext) {
        flush(item, items);
      }
      if (!item.isEmpty()) {
        item.append(' ');
      }
      item.append(BULLET.matcher(line).replaceFirst(""));
      attachNext = percentLine;
    }
    flush(item, items);
    return items;
  }

  private static Level level(String line) {
    if (ROMAN.matcher(line).find()) {
      return Level.ROMAN;
    }
    if (SUB.matcher(line).find()) {
      return Level.SUB;
    }
    if (ARABIC.matcher(line).find()) {
      return Level.ARABIC;
    }
    return Level.PLAIN;
  }

  /** Does a heading of {@code level} end a part that started at {@code part}? */
  private static boolean ends(Level part, Level level) {
    if (level == null || level == Level.PLAIN) {
      return false;
    }
    return switch (part) {
      case ROMAN -> level == Level.ROMAN;
      case ARABIC -> level == Level.ROMAN || level == Level.ARABIC;
      case SUB -> true;
      case PLAIN -> level == Level.ARABIC || level == Level.SUB;
    };
  }

  private static boolean endsSentence(StringBuilder item) {
    char last = item.charAt(item.length() - 1);
    return last == '.' || last == ';' || last == ':';
  }

  private static boolean startsSentence(String line) {
    return Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0));
  }

  private static void flush(StringBuilder item, List<String> items) {
    String text = item.toString().trim();
    if (!text.isEmpty()) {
      items.add(text);
    }
    item.setLength(0);
  }

  // ---- targets -----------------------------------------------------------------------------

  private record Found(int start, int end, String qualifier, String number, String unit) {}

  /** The shares and thresholded counts of one clause. */
  static List<ObjectiveDraft> targets(String clause) {
    if (clause.isEmpty()) {
      return List.of();
    }
    String sentence = clause.replaceAll("[.;:]+$", "").trim();
    String folded = PlanText.fold(sentence);
    List<Found> found = new ArrayList<>();
    Matcher percent = PERCENT.matcher(folded);
    while (percent.find()) {
      found.add(new Found(percent.start(), percent.end(), percent.group(1) == null ? null : sentence.substring(percent.start(1), percent.end(1)),
          sentence.substring(percent.start(2), percent.end(2)), "%"));
    }
    Matcher count = COUNT.matcher(folded);
    while (count.find()) {
      found.add(new Found(count.start(), count.end(), sentence.substring(count.start(1), count.end(1)), count.group(2),
          sentence.substring(count.start(3), count.end(3)).trim()));
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<ObjectiveDraft> objectives = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      int nextStart = i + 1 < found.size() ? found.get(i + 1).start() : folded.length();
      int afterStart = Math.min(f.end(), nextStart);
      String afterRaw = folded.substring(afterStart, nextStart);
      String after = afterRaw.stripLeading();
      int skip = afterRaw.length() - after.length();
      String qualifier = f.qualifier();
      Matcher leading = LEADING_QUALIFIER.matcher(after);
      if (qualifier == null && leading.find()) {
        qualifier = sentence.substring(afterStart + skip, afterStart + skip + leading.end(1));
        after = after.substring(leading.end());
      }
      after = after.trim();
      boolean share = "%".equals(f.unit());
      double value = Double.parseDouble(share ? f.number().replace(',', '.') : f.number().replace(".", ""));
      String targetText = (qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT) + " ")
          + f.number() + (share ? "%" : " " + f.unit());
      ObjectiveDraft objective = share
          ? share(sentence, targetText, value, qualifier == null ? null : PlanText.fold(qualifier), subject(folded, f.start(), after))
          : new ObjectiveDraft(sentence, targetText, value, f.unit(), null,
              "Chỉ tiêu về số lượng: không có số liệu tự động, theo dõi thủ công.");
      objectives.add(objective);
    }
    return objectives;
  }

  /**
   * What a share counts: after "tỷ lệ" when the clause says "tỷ lệ … đạt 95%", otherwise the words
   * after the percent, to the first comma that ends the predicate (not one in "hồ sơ, tài liệu").
   */
  private static String subject(String folded, int targetStart, String after) {
    int rate = folded.lastIndexOf("ty le ", targetStart);
    String subject;
    if (rate >= 0 && rate < targetStart) {
      subject = folded.substring(rate + "ty le ".length(), targetStart);
    } else {
      subject = after;
    }
    subject = PARENTHESES.matcher(subject).replaceAll(" ").replaceAll("\\s+", " ").trim();
    int comma = -1;
    int from = 0;
    while ((comma = subject.indexOf(',', from)) >= 0) {
      if (subject.substring(0, comma).trim().split(" ").length >= 4) {
        return subject.substring(0, comma).trim();
      }
      from = comma + 1;
    }
    return subject;
  }

  private static ObjectiveDraft share(String sentence, String targetText, double value, String qualifier, String subject) {
    if (value > 100) {
      return new ObjectiveDraft(sentence, targetText, value, "%", null, "Tỷ lệ trên 100%: kiểm tra lại câu mục tiêu; theo dõi thủ công.");
    }
    if (qualifier != null && qualifier.matches(UPPER)) {
      return new ObjectiveDraft(sentence, targetText, value, "%", null,
          "Mục tiêu là mức tối đa, không so được với các chỉ tiêu tự động (mức tối thiểu): theo dõi thủ công.");
    }
    Set<Indicator> mentioned = EnumSet.noneOf(Indicator.class);
    MENTIONS.forEach((indicator, words) -> {
      if (words.matcher(subject).find()) {
        mentioned.add(indicator);
      }
    });
    Set<Indicator> bound = EnumSet.noneOf(Indicator.class);
    boolean dossiers = DOSSIERS.matcher(subject).find();
    for (Indicator indicator : mentioned) {
      boolean population = switch (indicator) {
        case ELECTRONIC_RESULT_SHARE -> (dossiers || ELECTRONIC_RESULTS.matcher(subject).find()) && !subject.contains("so hoa");
        default -> dossiers;
      };
      if (population) {
        bound.add(indicator);
      }
    }
    if (mentioned.size() > 1) {
      return new ObjectiveDraft(sentence, targetText, value, "%", null,
          "Câu nêu nhiều chỉ tiêu (" + labels(mentioned) + "): người rà soát chọn chỉ tiêu phù hợp hoặc theo dõi thủ công.");
    }
    if (bound.size() == 1) {
      Indicator indicator = bound.iterator().next();
      return new ObjectiveDraft(sentence, targetText, value, "%", indicator,
          "Ứng với chỉ tiêu \"" + indicator.label() + "\", tính tự động từ hồ sơ TTHC của xã/phường.");
    }
    if (mentioned.size() == 1) {
      return new ObjectiveDraft(sentence, targetText, value, "%", null,
          "Gần với chỉ tiêu \"" + mentioned.iterator().next().label()
              + "\" nhưng phạm vi khác (không phải toàn bộ hồ sơ TTHC): người rà soát quyết định; mặc định theo dõi thủ công.");
    }
    return new ObjectiveDraft(sentence, targetText, value, "%", null, "Không có số liệu tự động cho mục tiêu này: theo dõi thủ công.");
  }

  private static String labels(Set<Indicator> indicators) {
    return indicators.stream().map(Indicator::label).collect(Collectors.joining("; "));
  }
}
