package vn.gov.commune.shared;

import java.time.Year;
import java.util.Set;

/**
 * The 12-digit personal identification number (số định danh cá nhân, Nghị định 137/2015/NĐ-CP art. 13,
 * Thông tư 59/2021/TT-BCA art. 7): 3 digits province code of birth registration (the 63 pre-2025
 * province codes; numbers are not reissued after the 2025 merger), 1 digit century and sex (0/1: 20th
 * century male/female, 2/3: 21st, 4/5: 22nd, 6/7: 23rd, 8/9: 24th), 2 digits year of birth, 6 random digits.
 */
public final class PersonalId {

  /** Province and centrally run city codes of Thông tư 59/2021/TT-BCA (001–096, the 63 units). */
  static final Set<Integer> PROVINCE_CODES =
      Set.of(
          1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44,
          45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87,
          89, 91, 92, 93, 94, 95, 96);

  private PersonalId() {}

  /**
   * The number as typed, without the spaces of its printed form on the citizen identity card
   * ("0010 9901 2345", "001 099 012 345"): all white space taken out, null stays null.
   */
  public static String normalise(String typed) {
    return typed == null ? null : typed.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", "");
  }

  /** The number as it may appear in the dossier's history: only the last four digits ("********1234"). */
  public static String masked(String id) {
    if (id == null || id.length() < 4) {
      return "****";
    }
    return "*".repeat(Math.max(4, id.length() - 4)) + id.substring(id.length() - 4);
  }

  /** Null when valid (without spaces, see {@link #normalise}), otherwise the Vietnamese reason shown to the clerk or citizen. */
  public static String problem(String id, Year now) {
    if (id == null || !id.matches("\\d{12}")) {
      return "Số định danh cá nhân phải gồm đúng 12 chữ số.";
    }
    int province = Integer.parseInt(id.substring(0, 3));
    if (!PROVINCE_CODES.contains(province)) {
      return "Số định danh cá nhân có mã tỉnh nơi đăng ký khai sinh (" + id.substring(0, 3) + ") không tồn tại.";
    }
    int year = birthYear(id);
    if (year > now.getValue()) {
      return "Số định danh cá nhân có năm sinh (" + year + ") sau năm hiện tại.";
    }
    return null;
  }

  /** The birth year the number encodes; the number must be valid. */
  public static int birthYear(String id) {
    int centuryDigit = id.charAt(3) - '0';
    return 1900 + 100 * (centuryDigit / 2) + Integer.parseInt(id.substring(4, 6));
  }
}
