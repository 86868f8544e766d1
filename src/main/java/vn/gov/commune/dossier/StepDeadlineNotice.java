package vn.gov.commune.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * That one step (a Camunda user task) of a dossier passed its own due date and its notice was sent:
 * at most one row per task (unique {@code task_id}), so the notice goes out exactly once, also when
 * two nodes look at the same moment. Never updated.
 */
@Entity
@Immutable
@Table(
    name = "step_deadline_notice",
    uniqueConstraints = @UniqueConstraint(name = "uk_step_deadline_notice_task", columnNames = "task_id"),
    indexes = @Index(name = "ix_step_deadline_notice_dossier", columnList = "dossier_code"))
public class StepDeadlineNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  /** The commune whose step it is (the task's tenant). */
  @Column(name = "commune_id", nullable = false, updatable = false, length = 64)
  private String communeId;

  @Column(name = "dossier_code", nullable = false, updatable = false, length = 40)
  private String dossierCode;

  @Column(name = "process_instance_id", nullable = false, updatable = false, length = 64)
  private String processInstanceId;

  /** The task definition key, e.g. UserTask_ReviewDossier. */
  @Column(name = "step_key", nullable = false, updatable = false, length = 100)
  private String stepKey;

  @Column(name = "step_name", nullable = false, updatable = false, length = 255)
  private String stepName;

  /** Who held the task when it was noticed; null when nobody had claimed it. */
  @Column(name = "holder_id", updatable = false, length = 64)
  private String holderId;

  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(name = "noticed_at", nullable = false, updatable = false)
  private Instant noticedAt;

  protected StepDeadlineNotice() {}

  StepDeadlineNotice(
      String taskId, String communeId, String dossierCode, String processInstanceId, String stepKey, String stepName,
      String holderId, Instant dueAt, Instant noticedAt) {
    this.taskId = taskId;
    this.communeId = communeId;
    this.dossierCode = dossierCode;
    this.processInstanceId = processInstanceId;
    this.stepKey = stepKey;
    this.stepName = stepName;
    this.holderId = holderId;
    this.dueAt = dueAt;
    this.noticedAt = noticedAt;
  }

  public Long getId() { return id; }
  public String getTaskId() { return taskId; }
  public String getCommuneId() { return communeId; }
  public String getDossierCode() { return dossierCode; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getStepKey() { return stepKey; }
  public String getStepName() { return stepName; }
  public String getHolderId() { return holderId; }
  public Instant getDueAt() { return dueAt; }
  public Instant getNoticedAt() { return noticedAt; }
}
