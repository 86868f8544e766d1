package vn.gov.commune.plan.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the plan parser: Unicode NFC, odd spaces, diacritic folding for matching,
 * and the rebuilding of paragraphs from the wrapped lines that PDF extraction produces.
 */
final class PlanText {

  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]");
  private static final Pattern SYMBOL_BULLETS = Pattern.compile("(?m)^[ ]*[\\uF0B7\\uF0A7\\uF0D8\\uF076\\u25CF\\u25AA\\u25E6\\u00B7\\u2022\\u2023\\u2043][ ]*");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\uFEFF]");
  /** A footnote call glued to a word or a closing quote: "nhanh”2 để", "Tỉnh ủy3.". */
  private static final Pattern FOOTNOTE_CALL = Pattern.compile("(?<=[\\p{Ll}”\"])\\d(?=[\\s.,;:)]|$)");
  private static final Pattern FOOTNOTE_START = Pattern.compile("^\\d{1,2}\\s+\\S.*");
  private static final Pattern ROMAN_START = Pattern.compile("^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[.)]\\s");
  private static final Pattern STRUCTURE = Pattern.compile(
      "^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.\\s|\\d{1,2}(?:\\.\\d{1,2})+\\s"
          + "|[a-zđ]\\)\\s|[-–—•+*]\\s?\\S|\\|"
          + "|(?:thoi gian|thoi han|tien do)(?: hoan thanh| thuc hien)?\\s*:"
          + "|(?:co quan |don vi |bo phan )?(?:chu tri|phoi hop)\\s*:"
          + "|(?:san pham|ket qua)[^:]{0,15}:"
          + "|so\\s*:|noi nhan)");

  private PlanText() {}

  /** NFC, ordinary spaces, no soft hyphens or zero-width characters, \n line ends. */
  static String normalise(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    text = INVISIBLE.matcher(text).replaceAll("");
    text = ODD_SPACES.matcher(text).replaceAll(" ");
    text = SYMBOL_BULLETS.matcher(text).replaceAll("• "); // Word's Symbol-font bullets and the like
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
  }

  /**
   * The text lowercased and without diacritics ("Thời gian" → "thoi gian", "Đ" → "d"), of the same
   * length as its NFC input so that a match in the folded text marks the same span in the original.
   */
  static String fold(String nfc) {
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == 'đ' || c == 'Đ') {
        out.append('d');
      } else if (c < 128) {
        out.append(Character.toLowerCase(c));
      } else {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        out.append(Character.toLowerCase(decomposed.charAt(0)));
      }
    }
    return out.toString();
  }

  /** The paragraphs of a document, wrapped lines joined, page footnotes dropped. */
  static List<String> paragraphs(String raw) {
    List<String> lines = withoutFootnotes(normalise(raw).split("\n", -1));
    if (lines.isEmpty()) {
      return List.of();
    }
    int[] lengths = lines.stream().filter(l -> !l.startsWith("|")).mapToInt(String::length).sorted().toArray();
    if (lengths.length == 0) {
      lengths = new int[] {0};
    }
    int typical = lengths[(int) Math.floor(lengths.length * 0.75)];
    int p90 = lengths[(int) Math.floor(lengths.length * 0.9)];
    boolean wrapped = lengths.length >= 8 && p90 >= 50 && p90 <= 110;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      String previous = lines.get(i - 1);
      String line = lines.get(i);
      if (previous.matches(".*\\S-") && !previous.endsWith(" -") && Character.isLetterOrDigit(line.charAt(0))
          && !startsStructure(line)) {
        current.append(line); // "Kế hoạch số 05-" + "KH/TU"
        continue;
      }
      boolean newParagraph;
      if (startsStructure(line) || !wrapped || upperCase(line) || upperCase(previous) || previous.startsWith("|")) {
        newParagraph = true;
      } else {
        boolean opens = Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0))
            || "“\"(".indexOf(line.charAt(0)) >= 0;
        boolean closed = previous.matches(".*[.:;!?]$");
        boolean shortLine = previous.length() < typical * 0.7;
        newParagraph = opens && (closed || shortLine);
      }
      if (newParagraph) {
        paragraphs.add(current.toString());
        current = new StringBuilder(line);
      } else {
        current.append(' ').append(line);
      }
    }
    paragraphs.add(current.toString());
    return paragraphs.stream().map(p -> p.replaceAll(" {2,}", " ").trim()).filter(p -> !p.isEmpty()).toList();
  }

  /** A line of capitals, like the letterhead and "KẾ HOẠCH", stands on its own. */
  private static boolean upperCase(String line) {
    return line.codePoints().filter(Character::isLetter).count() >= 2 && line.equals(line.toUpperCase(java.util.Locale.ROOT));
  }

  static boolean startsStructure(String line) {
    return ROMAN_START.matcher(line).lookingAt() || STRUCTURE.matcher(fold(line)).lookingAt();
  }

  /** Trimmed non-empty lines, without the footnotes PDF extraction puts at the foot of each page. */
  private static List<String> withoutFootnotes(String[] raw) {
    List<String> lines = new ArrayList<>();
    boolean inFootnote = false;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      if (line.isBlank() && line.length() >= 10 && nextNonBlank(raw, i).map(n -> FOOTNOTE_START.matcher(n.strip()).matches()).orElse(false)) {
        inFootnote = true; // the separator line above a page's footnotes
        continue;
      }
      if (inFootnote) {
        if (line.matches("^\\s\\S.*") && !line.isBlank()) {
          inFootnote = false; // a new page starts with an indented line
        } else {
          continue;
        }
      }
      String trimmed = FOOTNOTE_CALL.matcher(line.strip()).replaceAll("");
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

  private static java.util.Optional<String> nextNonBlank(String[] raw, int from) {
    return Arrays.stream(raw, from + 1, raw.length).filter(l -> !l.isBlank()).findFirst();
  }

  /** "phòng Văn hóa - Xã hội:" → "Phòng Văn hóa - Xã hội". */
  static String cleanName(String name) {
    String n = name.strip().replaceAll("^[-–+•*\\s]+", "").replaceAll("[\\s,.:;]+$", "").strip();
    return n.isEmpty() ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** The first words of a text, for messages. */
  static String shortened(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max).strip() + "…";
  }
}
