package vn.gov.commune.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Locale;
import vn.gov.commune.shared.Hashes;

/**
 * Makes wrong passwords cost the one who guesses: each client address and each user at that address
 * have an allowance of wrong passwords that refills slowly (see {@link SecuritySettings.LoginThrottle}).
 * While one of them is spent the password is not even checked (429). The same user elsewhere is never
 * held up, and nothing here or in the engine locks an account.
 */
class LoginThrottle {

  /** How long a password that was right is remembered for its user at its address. */
  private static final long VERIFIED_FOR_NANOS = Duration.ofMinutes(15).toNanos();

  private final TokenBuckets sources;
  private final TokenBuckets usersAtSource;
  /** Fingerprints of credentials found right recently, per user at an address (a keyed hash, never the password). */
  private final Map<String, Verified> verified;
  private final byte[] fingerprintKey = new byte[32];

  /**
   * Credentials being checked right now, per user at an address, with how many requests carry them: the
   * first reserves a wrong password of the allowances, the others ride on that reservation. A system that
   * starts many requests at once with a credential not yet verified (the national portal after a
   * restart, the benchmark's clients) sent the user's allowance of 5 in one burst and got 429, "too many
   * wrong passwords", for a password that was right.
   */
  private final Map<String, InFlight> inFlight;

  private record Verified(byte[] fingerprint, long at) {}

  private static final class InFlight {
    final byte[] fingerprint;
    int requests = 1;

    InFlight(byte[] fingerprint) {
      this.fingerprint = fingerprint;
    }
  }

  public LoginThrottle(SecuritySettings settings) {
    SecuritySettings.LoginThrottle policy = settings.loginThrottle();
    this.sources = new TokenBuckets(policy.sourceAllowance(), policy.sourceRefill(), settings.maxTrackedClients());
    this.usersAtSource = new TokenBuckets(policy.userAllowance(), policy.userRefill(), settings.maxTrackedClients());
    this.verified = TokenBuckets.recentlyUsed(settings.maxTrackedClients());
    this.inFlight = TokenBuckets.recentlyUsed(settings.maxTrackedClients());
    new SecureRandom().nextBytes(fingerprintKey);
  }

  /** One login attempt: tell it how the password check went. */
  public final class Attempt {
    private final String userId;
    private final String source;
    private final boolean reserved;
    private final byte[] fingerprint;
    private final InFlight checking;

    private Attempt(String userId, String source, boolean reserved, byte[] fingerprint, InFlight checking) {
      this.userId = userId;
      this.source = source;
      this.reserved = reserved;
      this.fingerprint = fingerprint;
      this.checking = checking;
    }

    /** The password was right: the reservation is given back, the user's count at this source cleared. */
    public void succeeded() {
      synchronized (LoginThrottle.this) {
        done();
        if (reserved) {
          sources.take(source, -1);
        }
        usersAtSource.forget(key(userId, source));
        verified.put(key(userId, source), new Verified(fingerprint, System.nanoTime()));
      }
    }

    /** The password was wrong: an attempt that reserved nothing is charged now. */
    public void failed() {
      synchronized (LoginThrottle.this) {
        done();
        verified.remove(key(userId, source));
        if (!reserved) {
          sources.take(source, 1);
          usersAtSource.take(key(userId, source), 1);
        }
      }
    }

    private void done() {
      if (checking != null && --checking.requests == 0) {
        inFlight.remove(key(userId, source), checking);
      }
    }
  }

  /**
   * Starts an attempt before the password is checked. An unknown credential reserves one wrong
   * password of the allowances (so parallel guesses count too); the credential that was right for
   * this user at this address in the last minutes reserves nothing, so that a system calling in
   * parallel (the national portal) is never held up by its own requests in flight.
   *
   * @throws LoginThrottledException when the address (or the user at it) has to wait
   */
  synchronized Attempt begin(String userId, String password, String source) {
    String user = key(userId, source);
    byte[] fingerprint = fingerprint(userId, password);
    Verified known = verified.get(user);
    if (known != null && System.nanoTime() - known.at() < VERIFIED_FOR_NANOS && MessageDigest.isEqual(known.fingerprint(), fingerprint)) {
      return new Attempt(userId, source, false, fingerprint, null);
    }
    InFlight checking = inFlight.get(user);
    if (checking != null && MessageDigest.isEqual(checking.fingerprint, fingerprint)) {
      // the same credential is being checked for another request: this one reserves nothing more and,
      // should the password be wrong, is charged like any attempt that reserved nothing
      checking.requests++;
      return new Attempt(userId, source, false, fingerprint, checking);
    }
    long wait = Math.max(sources.secondsUntilAvailable(source), usersAtSource.secondsUntilAvailable(user));
    if (wait > 0) {
      throw new LoginThrottledException(wait);
    }
    sources.take(source, 1);
    usersAtSource.take(user, 1);
    InFlight first = checking == null ? new InFlight(fingerprint) : null;
    if (first != null) {
      inFlight.put(user, first);
    }
    return new Attempt(userId, source, true, fingerprint, first);
  }

  private byte[] fingerprint(String userId, String password) {
    String text = (userId == null ? "" : userId) + '\0' + (password == null ? "" : password);
    return Hashes.hmacSha256(fingerprintKey, text.getBytes(StandardCharsets.UTF_8));
  }

  /** User ids compare case-insensitively (MariaDB finds "SATHAY.CLERK" as sathay.clerk). */
  private static String key(String userId, String source) {
    return source + " " + (userId == null ? "" : userId.toLowerCase(Locale.ROOT));
  }
}
