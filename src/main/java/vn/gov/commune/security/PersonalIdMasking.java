package vn.gov.commune.security;

import java.util.regex.Pattern;

/**
 * Masks 12-digit personal ID numbers (số định danh cá nhân) wherever they stand in a text: only
 * the last four digits remain, enough for a clerk to tell two citizens apart in a log.
 */
public final class PersonalIdMasking {

  /** Exactly 12 digits, not part of a longer number or word (a 13-digit timestamp is left alone). */
  private static final Pattern PERSONAL_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{8}(\\d{4})(?![0-9A-Za-z])");

  private PersonalIdMasking() {}

  public static String mask(String text) {
    if (text == null || text.length() < 12) {
      return text;
    }
    return PERSONAL_ID.matcher(text).replaceAll("********$1");
  }
}
