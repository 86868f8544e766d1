package vn.gov.commune.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a dossier's append-only history (sổ theo dõi hồ sơ): never updated, never deleted. */
@Entity
@Immutable
@Table(name = "dossier_history", indexes = @Index(name = "ix_history_dossier", columnList = "dossier_code"))
public class DossierHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_code", nullable = false, updatable = false, length = 40)
  private String dossierCode;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  /** What happened, e.g. STATUS, APPOINTMENT, COMPONENT, DOCUMENT, NOTIFICATION, STEP. */
  @Column(nullable = false, updatable = false, length = 32)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 32)
  private DossierStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 32)
  private DossierStatus toStatus;

  /** The process step, e.g. UserTask_ReviewDossier; null outside a step. */
  @Column(updatable = false, length = 100)
  private String step;

  /** What a reader of the log is told, in Vietnamese. */
  @Column(nullable = false, updatable = false, length = 2000)
  private String message;

  @Column(updatable = false, length = 2000)
  private String reason;

  protected DossierHistoryEntry() {}

  DossierHistoryEntry(
      String dossierCode,
      Instant at,
      String actor,
      String action,
      DossierStatus fromStatus,
      DossierStatus toStatus,
      String step,
      String message,
      String reason) {
    this.dossierCode = dossierCode;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.step = step;
    this.message = message;
    this.reason = reason;
  }

  public Long getId() { return id; }
  public String getDossierCode() { return dossierCode; }
  public Instant getAt() { return at; }
  public String getActor() { return actor; }
  public String getAction() { return action; }
  public DossierStatus getFromStatus() { return fromStatus; }
  public DossierStatus getToStatus() { return toStatus; }
  public String getStep() { return step; }
  public String getMessage() { return message; }
  public String getReason() { return reason; }
}
