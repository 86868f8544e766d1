package vn.gov.commune.simulator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * What a simulated national service answered to one {@code Idempotency-Key}, kept in the database
 * so that a call repeated after a restart is still answered once: never updated, deleted only when
 * an administrator resets the simulators.
 */
@Entity
@Immutable
@Table(
    name = "simulator_answer",
    uniqueConstraints = @UniqueConstraint(name = "uk_simulator_answer_key", columnNames = {"service", "idempotency_key"}),
    indexes = @Index(name = "ix_simulator_answer_subject", columnList = "service, operation, subject"))
public class SimulatorAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The service's id, e.g. dvcqg. */
  @Column(nullable = false, updatable = false, length = 16)
  private String service;

  /** The kind of call, e.g. status or submission. */
  @Column(nullable = false, updatable = false, length = 32)
  private String operation;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = IdempotentAnswers.MAX_KEY_LENGTH)
  private String idempotencyKey;

  /** What the call is about, for look-ups (e.g. the dossier code of a status change); may be null. */
  @Column(updatable = false, length = IdempotentAnswers.MAX_KEY_LENGTH)
  private String subject;

  /** SHA-256 of the request's JSON: the same key with another request is refused. */
  @Column(name = "request_sha256", nullable = false, updatable = false, length = 64)
  private String requestSha256;

  /** The answer, JSON. */
  @Lob
  @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
  private String answer;

  @Column(nullable = false, updatable = false)
  private Instant answeredAt;

  protected SimulatorAnswer() {}

  SimulatorAnswer(
      String service, String operation, String idempotencyKey, String subject, String requestSha256, String answer, Instant answeredAt) {
    this.service = service;
    this.operation = operation;
    this.idempotencyKey = idempotencyKey;
    this.subject = subject;
    this.requestSha256 = requestSha256;
    this.answer = answer;
    this.answeredAt = answeredAt;
  }

  String operation() {
    return operation;
  }

  String requestSha256() {
    return requestSha256;
  }

  String answer() {
    return answer;
  }
}
