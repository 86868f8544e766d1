package vn.gov.commune.plan;

public enum PlanStatus {
  DRAFT("Dự thảo, đang rà soát"),
  ISSUED("Đã ban hành"),
  DISCARDED("Đã hủy dự thảo"),
  CLOSED("Đã hoàn thành");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
