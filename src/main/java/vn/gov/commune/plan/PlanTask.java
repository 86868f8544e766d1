package vn.gov.commune.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A task of a plan: rõ việc, rõ người, rõ trách nhiệm, rõ thời gian, rõ kết quả. */
@Entity
@Table(name = "work_plan_task", indexes = {
    @Index(name = "ix_work_plan_task_plan", columnList = "plan_id"),
    @Index(name = "ix_work_plan_task_parent", columnList = "parent_task_id")})
public class PlanTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long rowVersion;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  /** Number within the plan, e.g. "2.3". */
  @Column(nullable = false, length = 32)
  private String code;

  @Column(length = 500)
  private String section;

  @Column(nullable = false, length = 4000)
  private String content;

  /** Which task of the parent plan it implements, e.g. "02-KH/BCĐTW mục IV.2". */
  @Column(length = 300)
  private String parentTaskRef;

  /** The task of a parent plan (province plan, 02-KH/BCĐTW) this task implements, chosen from that plan's tasks. */
  @Column(name = "parent_task_id")
  private Long parentTaskId;

  /** Code of the lead unit in the commune; null in a draft until the reviewer names it. */
  @Column(length = 32)
  private String leadUnitCode;

  /** The lead unit as the imported document named it. */
  @Column(length = 300)
  private String leadUnitText;

  /** Codes or names of the coordinating units, "; "-separated. */
  @Column(length = 1000)
  private String coordinatingUnits;

  @Column(length = 64)
  private String officerId;

  /** Deadline of a one-off task (for a recurring task: the current period's due date). */
  private LocalDate deadline;

  /** The deadline as first issued (before extensions). */
  private LocalDate originalDeadline;

  @Column(nullable = false)
  private boolean recurring;

  private LocalDate recurrenceEnd;

  @Column(length = 300)
  private String deadlineText;

  @Column(length = 2000)
  private String expectedResult;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Indicator indicator;

  /** Target in percent, e.g. 80 for "≥ 80%". */
  private Double indicatorTarget;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private TaskStatus status = TaskStatus.CHUA_THUC_HIEN;

  /** Current reporting period of a recurring task, e.g. "2026-01". */
  @Column(length = 16)
  private String currentPeriod;

  /** Number of periods reported late (recurring tasks) or 1 for a late one-off result. */
  private int latePeriods;

  private Instant completedAt;

  @Column(length = 64)
  private String processInstanceId;

  protected PlanTask() {}

  PlanTask(Plan plan, String code) {
    this.plan = plan;
    this.code = code;
  }

  public Long getId() { return id; }
  public Plan getPlan() { return plan; }
  public String getCode() { return code; }
  public String getSection() { return section; }
  public String getContent() { return content; }
  public String getParentTaskRef() { return parentTaskRef; }
  public Long getParentTaskId() { return parentTaskId; }
  public String getLeadUnitCode() { return leadUnitCode; }
  public String getLeadUnitText() { return leadUnitText; }
  public String getCoordinatingUnits() { return coordinatingUnits; }
  public String getOfficerId() { return officerId; }
  public LocalDate getDeadline() { return deadline; }
  public LocalDate getOriginalDeadline() { return originalDeadline; }
  public boolean isRecurring() { return recurring; }
  public LocalDate getRecurrenceEnd() { return recurrenceEnd; }
  public String getDeadlineText() { return deadlineText; }
  public String getExpectedResult() { return expectedResult; }
  public Indicator getIndicator() { return indicator; }
  public Double getIndicatorTarget() { return indicatorTarget; }
  public TaskStatus getStatus() { return status; }
  public String getCurrentPeriod() { return currentPeriod; }
  public int getLatePeriods() { return latePeriods; }
  public Instant getCompletedAt() { return completedAt; }
  public String getProcessInstanceId() { return processInstanceId; }

  void setCode(String v) { this.code = v; }
  void setSection(String v) { this.section = v; }
  void setContent(String v) { this.content = v; }
  void setParentTaskRef(String v) { this.parentTaskRef = v; }
  void setParentTaskId(Long v) { this.parentTaskId = v; }
  void setLeadUnitCode(String v) { this.leadUnitCode = v; }
  void setLeadUnitText(String v) { this.leadUnitText = v; }
  void setCoordinatingUnits(String v) { this.coordinatingUnits = v; }
  public void setOfficerId(String v) { this.officerId = v; }
  public void setDeadline(LocalDate v) { this.deadline = v; }
  void setOriginalDeadline(LocalDate v) { this.originalDeadline = v; }
  void setRecurring(boolean v) { this.recurring = v; }
  void setRecurrenceEnd(LocalDate v) { this.recurrenceEnd = v; }
  void setDeadlineText(String v) { this.deadlineText = v; }
  void setExpectedResult(String v) { this.expectedResult = v; }
  void setIndicator(Indicator v) { this.indicator = v; }
  void setIndicatorTarget(Double v) { this.indicatorTarget = v; }
  void setStatus(TaskStatus v) { this.status = v; }
  public void setCurrentPeriod(String v) { this.currentPeriod = v; }
  public void setLatePeriods(int v) { this.latePeriods = v; }
  public void setCompletedAt(Instant v) { this.completedAt = v; }
  public void setProcessInstanceId(String v) { this.processInstanceId = v; }
}
