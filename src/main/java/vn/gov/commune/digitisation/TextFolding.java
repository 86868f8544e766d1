package vn.gov.commune.digitisation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text without diacritics, for search: "Đăng ký khai sinh" and "dang ky khai sinh" fold
 * to the same "dang ky khai sinh". Each character folds to exactly one character (letters and digits
 * to their lower-case base letter, đ to d, anything else to a space), so a position in the folded
 * text is the same position in the (NFC) original: snippets are cut from the original text.
 */
public final class TextFolding {

  private TextFolding() {}

  /** The text in Unicode NFC, as it is stored. */
  public static String nfc(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Folds an NFC text character by character; the result has the same length. */
  public static String fold(String nfcText) {
    StringBuilder out = new StringBuilder(nfcText.length());
    for (int i = 0; i < nfcText.length(); i++) {
      out.append(foldChar(nfcText.charAt(i)));
    }
    return out.toString();
  }

  /** The words of a query, folded, in order, without duplicates. */
  public static List<String> words(String query) {
    return Arrays.stream(fold(nfc(query)).split(" +")).filter(w -> !w.isEmpty()).distinct().toList();
  }

  static char foldChar(char c) {
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (c < 128) {
      return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
    }
    if (!Character.isLetterOrDigit(c)) {
      return ' ';
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return decomposed.toLowerCase(Locale.ROOT).charAt(0);
  }
}
