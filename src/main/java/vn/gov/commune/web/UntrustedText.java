package vn.gov.commune.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text from outside (file names, applicants' names, addresses…) made safe to store and show, or
 * refused with a Vietnamese 400 before anything is saved. Everything is normalised to NFC (a
 * Vietnamese letter typed as letter + combining marks becomes one character), so lengths match the
 * database columns.
 */
public final class UntrustedText {

  /** The longest file name kept (the columns holding file names are 255 characters). */
  public static final int MAX_FILE_NAME = 255;

  /** The answer to a file name holding a NUL (refused here, and by Tomcat while it reads the request). */
  public static final String NUL_IN_FILE_NAME = "Tên tệp chứa ký tự NUL không hợp lệ. Vui lòng đổi tên tệp rồi gửi lại. Không có gì được lưu.";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private UntrustedText() {}

  /**
   * Invisible or misleading in a name: control characters (C0, DEL, C1), format characters (the
   * bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, the marks U+200E/U+200F,
   * zero-width U+200B–U+200D, U+2060, U+FEFF…), line and paragraph separators and lone surrogates.
   */
  public static boolean invisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE;
  }

  /**
   * A file name fit to store and to show: its last path segment only (a browser may send
   * {@code C:\…\tệp.pdf}), without invisible characters, trimmed; {@code fallback} if nothing is
   * left. Vietnamese letters are kept. The length is not bounded here (see {@link #uploadedFileName}).
   */
  public static String fileName(String raw, String fallback) {
    if (raw == null) {
      return fallback;
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints().filter(c -> !invisible(c)).forEach(kept::appendCodePoint);
    String cleaned = kept.toString().strip();
    return cleaned.isEmpty() ? fallback : cleaned;
  }

  /**
   * The name of an uploaded file, cleaned as {@link #fileName}; refused (400) when it holds a NUL
   * (the classic "tệp.php\0.pdf" truncation trick: never an honest name) or is longer than
   * {@value #MAX_FILE_NAME} characters once cleaned (it is refused, not shortened, so that the name
   * a citizen sees is always the one they chose).
   */
  public static String uploadedFileName(String raw, String fallback) {
    if (raw != null && raw.indexOf('\0') >= 0) {
      throw ApiException.badRequest(NUL_IN_FILE_NAME);
    }
    String name = fileName(raw, fallback);
    if (name.length() > MAX_FILE_NAME) {
      throw ApiException.badRequest(
          "Tên tệp dài " + name.length() + " ký tự, quá " + MAX_FILE_NAME + " ký tự cho phép. Vui lòng đặt tên ngắn hơn rồi gửi lại.");
    }
    return name;
  }

  /**
   * The plain-ASCII form of a name, for the {@code filename=} fallback of a download: Vietnamese
   * letters lose their marks ({@code Tờ khai} → {@code To khai}, đ → d), other characters become '_'.
   */
  public static String ascii(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)).replaceAll("");
    StringBuilder ascii = new StringBuilder(plain.length());
    plain.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f ? (char) c : '_'));
    return ascii.toString();
  }

  /**
   * A free-text field (name, address, phone…): {@code null} when absent or blank, else trimmed and
   * NFC; refused (400, naming {@code label}) when longer than {@code max} characters or holding an
   * invisible character.
   */
  public static String field(String value, int max, String label) {
    return checked(value, max, label, false);
  }

  /**
   * A free-text note of several lines (a reason, a comment, an answer): as {@link #field}, but line
   * breaks and tabs are allowed.
   */
  public static String note(String value, int max, String label) {
    return checked(value, max, label, true);
  }

  private static String checked(String value, int max, String label, boolean lines) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (text.length() > max) {
      throw ApiException.badRequest(label + " dài quá " + max + " ký tự.");
    }
    if (text.codePoints().anyMatch(c -> invisible(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
      throw ApiException.badRequest(label + " chứa ký tự điều khiển hoặc ký tự ẩn không được phép.");
    }
    return text;
  }
}
