package vn.gov.commune.security;

import java.util.regex.Pattern;

/**
 * Masks 12-digit personal ID numbers (số định danh cá nhân) wherever they stand in a text: only
 * the last four digits remain, enough for a clerk to tell two citizens apart in a log.
 *
 * <p>Any run of exactly 12 digits is masked, whatever letters stand around it: {@code
 * cccd062190002468x}, {@code id=062190002468;} and {@code /dossiers/062190002468} all lose the ID. A
 * longer run of digits (a 13-digit timestamp, an account number) is left alone, and so are shorter
 * ones (a 10-digit phone, a dossier code {@code 000.00.31.H62-260302-0001}). A hexadecimal hash
 * or a UUID that happens to hold 12 digits in a row gets them masked too: harmless in a log, and a
 * masked ID is worth more than an intact hash. The old 9-digit identity card number (CMND) is not
 * masked: the product takes only 12-digit IDs, and masking every 9-digit run would hide amounts of
 * money and counts.
 */
final class PersonalIdMasking {

  /** Exactly 12 digits, not part of a longer run of digits. */
  private static final Pattern PERSONAL_ID = Pattern.compile("(?<![0-9])[0-9]{8}([0-9]{4})(?![0-9])");

  private PersonalIdMasking() {}

  public static String mask(String text) {
    if (text == null || text.length() < 12) {
      return text;
    }
    return PERSONAL_ID.matcher(text).replaceAll("********$1");
  }
}
