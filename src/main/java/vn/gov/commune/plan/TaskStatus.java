package vn.gov.commune.plan;

/** Task statuses as government progress reports name them. */
public enum TaskStatus {
  CHUA_THUC_HIEN("Chưa thực hiện"),
  DANG_THUC_HIEN_TRONG_HAN("Đang thực hiện trong hạn"),
  DANG_THUC_HIEN_QUA_HAN("Đang thực hiện quá hạn"),
  HOAN_THANH_DUNG_HAN("Hoàn thành đúng hạn"),
  HOAN_THANH_QUA_HAN("Hoàn thành quá hạn");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean finished() {
    return this == HOAN_THANH_DUNG_HAN || this == HOAN_THANH_QUA_HAN;
  }

  /** Order of the consolidated report: overdue first. */
  public int reportOrder() {
    return switch (this) {
      case DANG_THUC_HIEN_QUA_HAN -> 0;
      case HOAN_THANH_QUA_HAN -> 1;
      case DANG_THUC_HIEN_TRONG_HAN -> 2;
      case CHUA_THUC_HIEN -> 3;
      case HOAN_THANH_DUNG_HAN -> 4;
    };
  }
}
