package vn.gov.commune.security.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's TOTP secret, set by an administrator. {@code lastUsedStep} is the time step of the last
 * accepted code: a code is accepted only for a later step, so each code serves once.
 */
@Entity
@Table(name = "two_factor_enrolment")
public class TwoFactorEnrolment {

  @Id
  @Column(length = 64)
  private String userId;

  /** Base32; kept readable because every check recomputes the code from it. */
  @Column(nullable = false, length = 64)
  private String secret;

  private Long lastUsedStep;

  @Column(nullable = false)
  private Instant enrolledAt;

  @Column(nullable = false, length = 64)
  private String enrolledBy;

  protected TwoFactorEnrolment() {}

  TwoFactorEnrolment(String userId, String secret, Instant enrolledAt, String enrolledBy) {
    this.userId = userId;
    this.secret = secret;
    this.enrolledAt = enrolledAt;
    this.enrolledBy = enrolledBy;
  }

  String getSecret() {
    return secret;
  }

  public String getUserId() {
    return userId;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public String getEnrolledBy() {
    return enrolledBy;
  }
}
