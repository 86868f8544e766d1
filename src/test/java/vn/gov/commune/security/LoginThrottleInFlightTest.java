package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests that arrive together with the same credential, before it was ever verified, share one
 * reservation of the wrong-password allowance: a system starting many calls at once with its right
 * password is not refused as a guesser, and a guesser gains nothing by repeating one password.
 */
class LoginThrottleInFlightTest {

  private final LoginThrottle throttle = new LoginThrottle(
      new SecuritySettings(false, List.of(), 100, new SecuritySettings.LoginThrottle(20, Duration.ofSeconds(30), 5, Duration.ofMinutes(1)), null));

  @Test
  void manyRequestsWithTheSameRightPasswordAtOnceAreNotThrottled() {
    // the benchmark's eight clients (or the national portal after a restart) start at the same moment
    atOnce(30, "portal", "portal", "127.0.0.1").forEach(LoginThrottle.Attempt::succeeded);
    assertThat(throttle.begin("portal", "portal", "127.0.0.1")).isNotNull();
  }

  @Test
  void differentPasswordsAtOnceStillSpendTheAllowance() {
    for (int i = 0; i < 5; i++) {
      throttle.begin("sathay.clerk", "đoán-" + i, "198.51.100.7");
    }
    assertThatThrownBy(() -> throttle.begin("sathay.clerk", "đoán-nữa", "198.51.100.7"))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void oneWrongPasswordSentManyTimesAtOnceIsChargedForEachFailure() {
    atOnce(5, "sathay.clerk", "sai", "198.51.100.8").forEach(LoginThrottle.Attempt::failed);
    // five failures: the user's allowance at this address is spent, whatever password comes next
    assertThatThrownBy(() -> throttle.begin("sathay.clerk", "sathay.clerk", "198.51.100.8"))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void aCredentialNoLongerInFlightReservesAgain() {
    LoginThrottle.Attempt first = throttle.begin("sathay.leader", "sai-1", "198.51.100.9");
    first.failed();
    for (int i = 0; i < 4; i++) {
      throttle.begin("sathay.leader", "sai-1", "198.51.100.9").failed();
    }
    assertThatThrownBy(() -> throttle.begin("sathay.leader", "sai-1", "198.51.100.9"))
        .isInstanceOf(LoginThrottledException.class);
  }

  /** {@code n} requests with the same credential, all begun before any of them ends. */
  private List<LoginThrottle.Attempt> atOnce(int n, String user, String password, String source) {
    List<LoginThrottle.Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      attempts.add(throttle.begin(user, password, source));
    }
    return attempts;
  }
}
