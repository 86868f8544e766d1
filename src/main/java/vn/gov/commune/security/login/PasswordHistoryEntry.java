package vn.gov.commune.security.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A salted hash of a password a user has had, so that it is not chosen again. */
@Entity
@Table(name = "password_history", indexes = @Index(name = "ix_password_history_user", columnList = "userId"))
public class PasswordHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 64)
  private String userId;

  /** The engine's hash of the salted password, as Camunda stores the current one. */
  @Column(nullable = false, updatable = false, length = 255)
  private String hash;

  @Column(nullable = false, updatable = false, length = 255)
  private String salt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected PasswordHistoryEntry() {}

  PasswordHistoryEntry(String userId, String hash, String salt, Instant createdAt) {
    this.userId = userId;
    this.hash = hash;
    this.salt = salt;
    this.createdAt = createdAt;
  }

  String getHash() {
    return hash;
  }

  String getSalt() {
    return salt;
  }
}
