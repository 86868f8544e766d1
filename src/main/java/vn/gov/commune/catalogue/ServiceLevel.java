package vn.gov.commune.catalogue;

/** How far a procedure is offered online (dịch vụ công trực tuyến, NĐ 42/2022/NĐ-CP art. 11). */
public enum ServiceLevel {
  /** Filing, processing and the result all online. */
  FULL_ONLINE("Toàn trình"),
  /** Filed online, but the citizen comes in at some step (to show an original, to sign, to collect). */
  PARTIAL_ONLINE("Một phần");

  private final String label;

  ServiceLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
