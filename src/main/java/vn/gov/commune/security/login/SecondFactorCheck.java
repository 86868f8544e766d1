package vn.gov.commune.security.login;

import java.time.Duration;

/**
 * The second step of a login, wherever it happens (the webapps' login form, HTTP Basic on the APIs):
 * whether the user needs a code, and whether the one given is the current one, with repeated wrong
 * codes from one address slowed down ({@link CodeGuessThrottle}). Each door words the answer its
 * own way.
 */
public class SecondFactorCheck {

  /** The outcome of a login's second step. */
  public enum Outcome {
    /** The user needs no code. */
    NOT_NEEDED,
    ACCEPTED,
    /** Too many wrong codes from this address: wait {@link Verdict#retryAfterSeconds()}. */
    THROTTLED,
    /** The user needs a code but has no secret yet: an administrator must enrol them. */
    NOT_ENROLLED,
    MISSING,
    /** Not the current code, or one already used. */
    WRONG
  }

  public record Verdict(Outcome outcome, long retryAfterSeconds) {}

  private final TwoFactorService twoFactor;
  private final CodeGuessThrottle throttle;

  SecondFactorCheck(TwoFactorService twoFactor, CodeGuessThrottle throttle) {
    this.twoFactor = twoFactor;
    this.throttle = throttle;
  }

  public Verdict check(String userId, String code, String address) {
    if (!twoFactor.required(userId)) {
      return new Verdict(Outcome.NOT_NEEDED, 0);
    }
    Duration wait = throttle.waitFor(userId, address);
    if (!wait.isZero()) {
      return new Verdict(Outcome.THROTTLED, Math.max(1, wait.toSeconds()));
    }
    boolean given = code != null && !code.isBlank();
    return switch (twoFactor.check(userId, code)) {
      case ACCEPTED -> {
        throttle.succeeded(userId, address);
        yield new Verdict(Outcome.ACCEPTED, 0);
      }
      case NOT_ENROLLED -> new Verdict(Outcome.NOT_ENROLLED, 0);
      case REFUSED -> {
        if (given) {
          throttle.failed(userId, address);
        }
        yield new Verdict(given ? Outcome.WRONG : Outcome.MISSING, 0);
      }
    };
  }
}
