package vn.gov.commune.simulator;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids the simulators hand out, and the checks they share. */
final class Ids {

  static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");
  static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private Ids() {}

  static String next(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
