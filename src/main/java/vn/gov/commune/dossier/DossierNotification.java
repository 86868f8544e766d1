package vn.gov.commune.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A warning to a group of a commune (deadline approaching, dossier overdue, a step past its own due
 * date), or to one officer of it when {@code userId} is set (the unit head of a step's holder).
 */
@Entity
@Immutable
@Table(name = "dossier_notification", indexes = @Index(name = "ix_notification_commune", columnList = "commune_id, group_id"))
public class DossierNotification {

  public static final String DEADLINE_WARNING = "DEADLINE_WARNING";
  public static final String OVERDUE_ESCALATION = "OVERDUE_ESCALATION";
  /** A step (user task) passed its own due date while the dossier may still be within its deadline. */
  public static final String STEP_OVERDUE = "STEP_OVERDUE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_code", nullable = false, updatable = false, length = 40)
  private String dossierCode;

  @Column(name = "commune_id", nullable = false, updatable = false, length = 64)
  private String communeId;

  @Column(name = "group_id", nullable = false, updatable = false, length = 64)
  private String groupId;

  /** The one officer the notice is for (in the role {@code groupId}); null = the whole group. */
  @Column(name = "user_id", updatable = false, length = 64)
  private String userId;

  @Column(nullable = false, updatable = false, length = 32)
  private String type;

  @Column(nullable = false, updatable = false, length = 1000)
  private String message;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected DossierNotification() {}

  DossierNotification(String dossierCode, String communeId, String groupId, String type, String message, Instant createdAt) {
    this.dossierCode = dossierCode;
    this.communeId = communeId;
    this.groupId = groupId;
    this.type = type;
    this.message = message;
    this.createdAt = createdAt;
  }

  DossierNotification(
      String dossierCode, String communeId, String groupId, String userId, String type, String message, Instant createdAt) {
    this(dossierCode, communeId, groupId, type, message, createdAt);
    this.userId = userId;
  }

  public Long getId() { return id; }
  public String getDossierCode() { return dossierCode; }
  public String getCommuneId() { return communeId; }
  public String getGroupId() { return groupId; }
  public String getUserId() { return userId; }
  public String getType() { return type; }
  public String getMessage() { return message; }
  public Instant getCreatedAt() { return createdAt; }
}
