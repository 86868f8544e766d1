package vn.gov.commune.digitisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a state-secret mark (độ mật: MẬT, TỐI MẬT, TUYỆT MẬT) in the text of a document.
 *
 * <p>The rule. A text is marked secret when
 *
 * <ol>
 *   <li>any line, trimmed, upper-cased and stripped of framing characters (spaces, quotes, brackets,
 *       asterisks, dashes, dots, colons, {@code |}), is exactly "MẬT", "TỐI MẬT" or "TUYỆT MẬT",
 *       optionally preceded by "ĐỘ MẬT" (with or without a colon): a stamp or a heading on a line of
 *       its own, e.g. {@code TỐI MẬT}, {@code [MẬT]}, {@code Độ mật: Tuyệt mật}; or
 *   <li>within the first {@value #HEAD_LINES} non-empty lines (the header block, where the stamp sits
 *       beside the agency name), one cell of a line is such a mark, cells being separated by a tab,
 *       {@code |} or two or more spaces (how table cells and side-by-side blocks come out of Word,
 *       ODF and PDF text).
 * </ol>
 *
 * "TỐI MẬT" and "TUYỆT MẬT" are also recognised without diacritics ("TOI MAT", "TUYET MAT"), as
 * OCR sometimes loses them; a bare "MAT" is not, it is too common a syllable ("mát", "mặt").
 *
 * <p>Not marks: the words inside a sentence or a longer heading, e.g. "bảo mật thông tin", "mật
 * khẩu", "mật độ dân số", "giữ bí mật", a heading "BẢO MẬT", "Bí mật" alone, "Chế độ mật" in a
 * sentence.
 */
final class SecretMarks {

  static final int HEAD_LINES = 15;

  private static final Set<String> MARKS = Set.of("MẬT", "TỐI MẬT", "TUYỆT MẬT", "TOI MAT", "TUYET MAT");
  private static final Pattern PREFIX = Pattern.compile("^(ĐỘ MẬT|DO MAT)\\s*[:：]?\\s*");
  private static final Pattern FRAME = Pattern.compile("^[\\s\\p{Punct}“”‘’«»–—•·□■]+|[\\s\\p{Punct}“”‘’«»–—•·□■]+$");
  private static final Pattern CELLS = Pattern.compile("\\t|\\||\\s{2,}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SecretMarks() {}

  /** The mark found ("TỐI MẬT" …), or empty when the text carries none. */
  public static Optional<String> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    for (String line : TextFolding.nfc(text).split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> whole = mark(lines.get(i));
      if (whole.isPresent()) {
        return whole;
      }
      if (i < HEAD_LINES) {
        for (String cell : CELLS.split(lines.get(i))) {
          Optional<String> inCell = mark(cell);
          if (inCell.isPresent()) {
            return inCell;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> mark(String candidate) {
    String s = SPACES.matcher(candidate.replace('\u00A0', ' ')).replaceAll(" ").toUpperCase(Locale.forLanguageTag("vi"));
    s = FRAME.matcher(s).replaceAll("");
    String withoutPrefix = FRAME.matcher(PREFIX.matcher(s).replaceFirst("")).replaceAll("");
    if (!withoutPrefix.equals(s) && withoutPrefix.isEmpty()) {
      return Optional.empty(); // "Độ mật:" alone, the value is elsewhere
    }
    if (MARKS.contains(withoutPrefix)) {
      return Optional.of(canonical(withoutPrefix));
    }
    return Optional.empty();
  }

  private static String canonical(String mark) {
    return switch (mark) {
      case "TOI MAT" -> "TỐI MẬT";
      case "TUYET MAT" -> "TUYỆT MẬT";
      default -> mark;
    };
  }
}
