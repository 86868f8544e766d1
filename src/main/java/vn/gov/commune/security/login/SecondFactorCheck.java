package vn.gov.commune.security.login;

import java.time.Duration;
import java.util.Locale;
import vn.gov.commune.security.TokenBuckets;

/**
 * The second step of a login, wherever it happens (the webapps' login form, HTTP Basic on the APIs):
 * whether the user needs a code, and whether the one given is the current one. Wrong codes for one
 * user from one address are slowed down like wrong passwords ({@link TokenBuckets}): {@value
 * #FREE_FAILURES} free, then one more every {@link #BACK_OFF}; the owner at another address is not
 * held up, and a right code clears the count. Each door words the answer its own way.
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

  static final int FREE_FAILURES = 5;
  static final Duration BACK_OFF = Duration.ofSeconds(30);

  private final TwoFactorService twoFactor;
  private final TokenBuckets wrongCodes;

  SecondFactorCheck(TwoFactorService twoFactor, int maxTrackedClients) {
    this.twoFactor = twoFactor;
    this.wrongCodes = new TokenBuckets(FREE_FAILURES, BACK_OFF, maxTrackedClients);
  }

  public Verdict check(String userId, String code, String address) {
    if (!twoFactor.required(userId)) {
      return new Verdict(Outcome.NOT_NEEDED, 0);
    }
    String key = address + " " + userId.toLowerCase(Locale.ROOT);
    long wait = wrongCodes.secondsUntilAvailable(key);
    if (wait > 0) {
      return new Verdict(Outcome.THROTTLED, wait);
    }
    boolean given = code != null && !code.isBlank();
    return switch (twoFactor.check(userId, code)) {
      case ACCEPTED -> {
        wrongCodes.forget(key);
        yield new Verdict(Outcome.ACCEPTED, 0);
      }
      case NOT_ENROLLED -> new Verdict(Outcome.NOT_ENROLLED, 0);
      case REFUSED -> {
        if (given) {
          wrongCodes.take(key, 1);
        }
        yield new Verdict(given ? Outcome.WRONG : Outcome.MISSING, 0);
      }
    };
  }
}
