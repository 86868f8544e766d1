package vn.gov.commune.dossier;

import java.util.Arrays;

/**
 * Dossier statuses with the codes used when syncing with the national public-service portal
 * (DVCQG, TT 04/2025/TT-VPCP integrations; de-facto codes from public integrations).
 */
public enum DossierStatus {
  REGISTERED(1, "Mới đăng ký"),
  RECEIVED(2, "Được tiếp nhận"),
  NOT_RECEIVED(3, "Không được tiếp nhận"),
  PROCESSING(4, "Đang xử lý"),
  SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
  PAYMENT_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
  WITHDRAWAL_REQUESTED(7, "Công dân yêu cầu rút hồ sơ"),
  STOPPED(8, "Dừng xử lý"),
  PROCESSED(9, "Đã xử lý xong"),
  RESULT_RETURNED(10, "Đã trả kết quả");

  private final int code;
  private final String label;

  DossierStatus(int code, String label) {
    this.code = code;
    this.label = label;
  }

  public int code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether the dossier's handling has ended (no further status follows). */
  public boolean isFinal() {
    return this == NOT_RECEIVED || this == STOPPED || this == RESULT_RETURNED;
  }

  public static DossierStatus ofCode(int code) {
    return Arrays.stream(values()).filter(s -> s.code == code).findFirst().orElseThrow();
  }
}
