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

/** A plan (kế hoạch) of a commune; plans cascade 02-KH/BCĐTW → province plan → commune plan. */
@Entity
@Table(name = "work_plan", indexes = @Index(name = "ix_work_plan_commune", columnList = "commune_id"))
public class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long rowVersion;

  /** Số, ký hiệu, e.g. "125/KH-UBND". */
  @Column(nullable = false, length = 64)
  private String number;

  @Column(nullable = false, length = 1000)
  private String title;

  @Column(length = 300)
  private String issuingBody;

  private LocalDate issuedOn;

  /** Last day of the plan: recurring tasks report until then. */
  private LocalDate endsOn;

  /** The Camunda tenant. */
  @Column(name = "commune_id", nullable = false, length = 64)
  private String communeId;

  /** Numbers of the plans it implements (căn cứ), "; "-separated, e.g. "02-KH/BCĐTW; 05-KH/TU; 07-KH/ĐU". */
  @Column(length = 500)
  private String parentPlanNumbers;

  /** The parent plan when it is kept in the product too. */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "parent_plan_id")
  private Plan parent;

  /** Day of the month before which monthly reports are due (13 in "trước ngày 13 hàng tháng"). */
  private int monthlyDueDay = 13;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PlanStatus status = PlanStatus.DRAFT;

  @Column(length = 64)
  private String reviewProcessInstanceId;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 64)
  private String createdBy;

  protected Plan() {}

  Plan(String number, String title, String issuingBody, LocalDate issuedOn, String communeId, Instant createdAt, String createdBy) {
    this.number = number;
    this.title = title;
    this.issuingBody = issuingBody;
    this.issuedOn = issuedOn;
    this.communeId = communeId;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() { return id; }
  public String getNumber() { return number; }
  public String getTitle() { return title; }
  public String getIssuingBody() { return issuingBody; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public LocalDate getEndsOn() { return endsOn; }
  public String getCommuneId() { return communeId; }
  public String getParentPlanNumbers() { return parentPlanNumbers; }
  public Plan getParent() { return parent; }
  public int getMonthlyDueDay() { return monthlyDueDay; }
  public PlanStatus getStatus() { return status; }
  public String getReviewProcessInstanceId() { return reviewProcessInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }

  public void setNumber(String v) { this.number = v; }
  public void setTitle(String v) { this.title = v; }
  void setIssuingBody(String v) { this.issuingBody = v; }
  void setIssuedOn(LocalDate v) { this.issuedOn = v; }
  public void setEndsOn(LocalDate v) { this.endsOn = v; }
  void setParentPlanNumbers(String v) { this.parentPlanNumbers = v; }
  void setParent(Plan v) { this.parent = v; }
  void setMonthlyDueDay(int v) { this.monthlyDueDay = v; }
  public void setStatus(PlanStatus v) { this.status = v; }
  void setReviewProcessInstanceId(String v) { this.reviewProcessInstanceId = v; }
}
