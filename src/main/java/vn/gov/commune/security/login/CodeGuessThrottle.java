package vn.gov.commune.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds the guessing of TOTP codes: after {@value #FREE_FAILURES} wrong codes for one user from one
 * client address, that pair waits {@link #BACK_OFF} after each further failure. The wait is short
 * and bounded, and another address (the account owner's) is not slowed down. A million codes at
 * about ten guesses a minute would take weeks, and the password is needed as well.
 */
class CodeGuessThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration BACK_OFF = Duration.ofSeconds(30);
  /** Pairs idle this long are forgotten, so the map stays small. */
  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  CodeGuessThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the pair must still wait before its next code is looked at; zero when it may try. */
  Duration waitFor(String userId, String address) {
    Failures f = failures.get(key(userId, address));
    if (f == null || f.count() < FREE_FAILURES) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), f.last().plus(BACK_OFF));
    return left.isNegative() ? Duration.ZERO : left;
  }

  void failed(String userId, String address) {
    Instant now = clock.instant();
    failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    failures.merge(key(userId, address), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
  }

  void succeeded(String userId, String address) {
    failures.remove(key(userId, address));
  }

  private static String key(String userId, String address) {
    return userId + '\n' + address;
  }
}
