package vn.gov.commune.catalogue;

/** What the legal-time clock does once a citizen has supplemented an incomplete dossier. */
public enum SupplementClock {
  /** The clock was stopped while the citizen supplemented and continues with the days left. */
  PAUSE("Tạm dừng khi yêu cầu bổ sung, tính tiếp khi hồ sơ đầy đủ"),
  /** The legal time runs again in full from the day the dossier is complete ("kể từ ngày nhận đủ hồ sơ"). */
  RESTART("Tính lại từ đầu kể từ ngày nhận đủ hồ sơ");

  private final String label;

  SupplementClock(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
