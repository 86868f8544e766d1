package vn.gov.commune.integration;

/** Checks of the clients' arguments: a programming error, not a failure of the remote service. */
final class Arguments {

  private Arguments() {}

  static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("Invalid argument: " + what);
    }
  }

  static void requireText(String value, String what) {
    require(value != null && !value.isBlank(), what + " must not be blank");
  }

  static void requireKey(String idempotencyKey) {
    requireText(idempotencyKey, "idempotencyKey");
  }
}
