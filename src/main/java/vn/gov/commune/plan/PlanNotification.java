package vn.gov.commune.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An in-app notification about a plan task: a staged reminder to the officer, an escalation to the BCĐ office. */
@Entity
@Immutable
@Table(name = "plan_notification", indexes = @Index(name = "ix_plan_notification_task", columnList = "task_id"))
public class PlanNotification {

  public static final String REMINDER = "REMINDER";
  public static final String OVERDUE_ESCALATION = "OVERDUE_ESCALATION";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false)
  private Long taskId;

  @Column(name = "commune_id", nullable = false, updatable = false, length = 64)
  private String communeId;

  /** The officer (user id) or null when addressed to a group. */
  @Column(name = "user_id", updatable = false, length = 64)
  private String userId;

  @Column(name = "group_id", updatable = false, length = 64)
  private String groupId;

  @Column(nullable = false, updatable = false, length = 32)
  private String type;

  @Column(nullable = false, updatable = false, length = 1000)
  private String message;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected PlanNotification() {}

  PlanNotification(Long taskId, String communeId, String userId, String groupId, String type, String message, Instant createdAt) {
    this.taskId = taskId;
    this.communeId = communeId;
    this.userId = userId;
    this.groupId = groupId;
    this.type = type;
    this.message = message;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Long getTaskId() { return taskId; }
  public String getCommuneId() { return communeId; }
  public String getUserId() { return userId; }
  public String getGroupId() { return groupId; }
  public String getType() { return type; }
  public String getMessage() { return message; }
  public Instant getCreatedAt() { return createdAt; }
}
