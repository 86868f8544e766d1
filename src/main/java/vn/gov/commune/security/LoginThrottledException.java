package vn.gov.commune.security;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords from this client address (for this user): wait, the password was not checked. */
class LoginThrottledException extends AuthenticationException {

  private final long retryAfterSeconds;

  public LoginThrottledException(long retryAfterSeconds) {
    super("Too many wrong passwords, retry after " + retryAfterSeconds + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
