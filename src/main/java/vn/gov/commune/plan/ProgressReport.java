package vn.gov.commune.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A progress or result report of a task (for a recurring task: one per month), with its decisions. */
@Entity
@Table(name = "plan_progress_report", indexes = @Index(name = "ix_progress_task", columnList = "task_id"))
public class ProgressReport {

  public static final String PENDING = "PENDING";
  public static final String RETURNED = "RETURNED";
  public static final String UNIT_ACCEPTED = "UNIT_ACCEPTED";
  public static final String ACCEPTED = "ACCEPTED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false)
  private Long taskId;

  /** "2026-01" for a monthly report, "KET-QUA" for the result of a one-off task. */
  @Column(nullable = false, length = 16)
  private String period;

  @Column(nullable = false, length = 4000)
  private String text;

  /** The bound indicator's value (percent) when the report was submitted. */
  private Double indicatorValue;

  @Column(nullable = false, length = 64)
  private String submittedBy;

  @Column(nullable = false)
  private Instant submittedAt;

  @Column(nullable = false, length = 16)
  private String decision = PENDING;

  @Column(length = 2000)
  private String decisionReason;

  @Column(length = 64)
  private String decidedBy;

  private Instant decidedAt;

  protected ProgressReport() {}

  public ProgressReport(Long taskId, String period, String text, Double indicatorValue, String submittedBy, Instant submittedAt) {
    this.taskId = taskId;
    this.period = period;
    this.text = text;
    this.indicatorValue = indicatorValue;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  /** The bound indicator's value when the report was submitted (ServiceTask_UpdateIndicator). */
  public void recordIndicatorValue(Double value) {
    this.indicatorValue = value;
  }

  public void decide(String decision, String reason, String by, Instant at) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() { return id; }
  public Long getTaskId() { return taskId; }
  public String getPeriod() { return period; }
  public String getText() { return text; }
  public Double getIndicatorValue() { return indicatorValue; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getDecision() { return decision; }
  public String getDecisionReason() { return decisionReason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
