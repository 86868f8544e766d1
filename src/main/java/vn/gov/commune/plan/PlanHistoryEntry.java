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

/** One entry of a plan's append-only history: every change of the plan or of one of its tasks. */
@Entity
@Immutable
@Table(name = "plan_history", indexes = {
    @Index(name = "ix_plan_history_plan", columnList = "plan_id"),
    @Index(name = "ix_plan_history_task", columnList = "task_id")})
public class PlanHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private Long planId;

  /** Null for an entry about the plan as a whole. */
  @Column(name = "task_id", updatable = false)
  private Long taskId;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  /** CREATE, REVIEW, ISSUE, ASSIGN, STATUS, SUBMIT, DECISION, REMINDER, ESCALATION, EXTENSION, REASSIGN, CLOSE… */
  @Column(nullable = false, updatable = false, length = 32)
  private String action;

  @Column(nullable = false, updatable = false, length = 2000)
  private String message;

  @Column(updatable = false, length = 2000)
  private String reason;

  @Column(name = "old_value", updatable = false, length = 500)
  private String oldValue;

  @Column(name = "new_value", updatable = false, length = 500)
  private String newValue;

  protected PlanHistoryEntry() {}

  PlanHistoryEntry(Long planId, Long taskId, Instant at, String actor, String action, String message, String reason, String oldValue, String newValue) {
    this.planId = planId;
    this.taskId = taskId;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.message = message;
    this.reason = reason;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  public Long getId() { return id; }
  public Long getPlanId() { return planId; }
  public Long getTaskId() { return taskId; }
  public Instant getAt() { return at; }
  public String getActor() { return actor; }
  public String getAction() { return action; }
  public String getMessage() { return message; }
  public String getReason() { return reason; }
  public String getOldValue() { return oldValue; }
  public String getNewValue() { return newValue; }
}
