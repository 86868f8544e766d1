package vn.gov.commune.plan;

/**
 * Indicators a task can be bound to, computed live from the commune's dossiers (groups of the
 * national service index, Quyết định 766/QĐ-TTg; targets of Kế hoạch 02-KH/BCĐTW).
 */
public enum Indicator {
  FULLY_ONLINE_SHARE("Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến"),
  ELECTRONIC_RESULT_SHARE("Tỷ lệ hồ sơ được trả kết quả điện tử"),
  ON_TIME_SHARE("Tỷ lệ hồ sơ giải quyết đúng hạn"),
  DATA_REUSE_SHARE("Tỷ lệ hồ sơ tái sử dụng dữ liệu");

  private final String label;

  Indicator(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
