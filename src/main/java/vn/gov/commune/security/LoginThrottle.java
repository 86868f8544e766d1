package vn.gov.commune.security;

import java.util.Locale;

/**
 * Makes wrong passwords cost the one who guesses: each client address and each user at that address
 * have an allowance of wrong passwords that refills slowly (see {@link SecuritySettings.LoginThrottle}).
 * While one of them is spent the password is not even checked (429). The same user elsewhere is never
 * held up, and nothing here or in the engine locks an account.
 */
public class LoginThrottle {

  private final TokenBuckets sources;
  private final TokenBuckets usersAtSource;

  public LoginThrottle(SecuritySettings settings) {
    SecuritySettings.LoginThrottle policy = settings.loginThrottle();
    this.sources = new TokenBuckets(policy.sourceAllowance(), policy.sourceRefill(), settings.maxTrackedClients());
    this.usersAtSource = new TokenBuckets(policy.userAllowance(), policy.userRefill(), settings.maxTrackedClients());
  }

  /**
   * Reserves one wrong password of the allowances before the password is checked (so parallel
   * guesses count too), or says how many seconds the source has to wait.
   *
   * @return 0 when the password may be checked now, else the seconds to wait
   */
  synchronized long tryAcquire(String userId, String source) {
    String user = key(userId, source);
    long wait = Math.max(sources.secondsUntilAvailable(source), usersAtSource.secondsUntilAvailable(user));
    if (wait == 0) {
      sources.take(source, 1);
      usersAtSource.take(user, 1);
    }
    return wait;
  }

  /** The password was right: the reservation is given back and the user's count at this source cleared. */
  synchronized void succeeded(String userId, String source) {
    sources.take(source, -1);
    usersAtSource.forget(key(userId, source));
  }

  /** User ids compare case-insensitively (MariaDB finds "SATHAY.CLERK" as sathay.clerk). */
  private static String key(String userId, String source) {
    return source + " " + (userId == null ? "" : userId.toLowerCase(Locale.ROOT));
  }
}
