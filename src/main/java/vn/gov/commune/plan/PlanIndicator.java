package vn.gov.commune.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A measurable objective of a plan (mục tiêu, chỉ tiêu), read from its document and confirmed by the
 * reviewer: bound to a live {@link Indicator} (its value computed from the commune's dossiers), or
 * followed by hand ({@code indicator} null, the sentence says what is measured).
 */
@Entity
@Table(name = "work_plan_indicator", indexes = @Index(name = "ix_work_plan_indicator_plan", columnList = "plan_id"))
public class PlanIndicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Indicator indicator;

  /** The objective's sentence, e.g. "Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến". */
  @Column(nullable = false, length = 1000)
  private String description;

  private Double targetValue;

  /** "%" or the counted unit, e.g. "hồ sơ/năm/xã". */
  @Column(length = 64)
  private String targetUnit;

  /** The target as written, e.g. "tối thiểu 80%". */
  @Column(length = 200)
  private String targetText;

  /** False while the draft is under review and the reviewer has not confirmed it. */
  @Column(nullable = false)
  private boolean confirmed;

  protected PlanIndicator() {}

  PlanIndicator(Long planId, Indicator indicator, String description, Double targetValue, String targetUnit, String targetText, boolean confirmed) {
    this.planId = planId;
    this.indicator = indicator;
    this.description = description;
    this.targetValue = targetValue;
    this.targetUnit = targetUnit;
    this.targetText = targetText;
    this.confirmed = confirmed;
  }

  public Long getId() { return id; }
  public Long getPlanId() { return planId; }
  public Indicator getIndicator() { return indicator; }
  public String getDescription() { return description; }
  public Double getTargetValue() { return targetValue; }
  public String getTargetUnit() { return targetUnit; }
  public String getTargetText() { return targetText; }
  public boolean isConfirmed() { return confirmed; }
}
