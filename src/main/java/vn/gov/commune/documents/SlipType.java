package vn.gov.commune.documents;

import java.util.Locale;

/**
 * The documents the product issues, with their Vietnamese titles and the ASCII stems of their file
 * names: the slips (phiếu) of the one-stop shop along a dossier's life, and the plan reports.
 */
public enum SlipType {
  RECEIPT("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "phieu-tiep-nhan"),
  SUPPLEMENT_REQUEST("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "phieu-yeu-cau-bo-sung"),
  REFUSAL("Phiếu từ chối tiếp nhận, giải quyết hồ sơ", "phieu-tu-choi"),
  APOLOGY("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "phieu-xin-loi"),
  PROCESS_CONTROL("Phiếu kiểm soát quá trình giải quyết hồ sơ", "phieu-kiem-soat"),
  STOP_NOTICE("Thông báo dừng xử lý hồ sơ", "thong-bao-dung-xu-ly"),
  RESULT("Kết quả giải quyết thủ tục hành chính", "ket-qua-giai-quyet"),
  FEE_RECEIPT("Biên lai thu phí, lệ phí", "bien-lai-thu-phi"),
  PLAN_REPORT("Báo cáo", "bao-cao-ke-hoach");

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final String title;
  private final String fileStem;

  SlipType(String title, String fileStem) {
    this.title = title;
    this.fileStem = fileStem;
  }

  /** The Vietnamese title, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả". */
  public String title() {
    return title;
  }

  /** The title in capitals as printed on the slip. */
  public String heading() {
    return title.toUpperCase(VIETNAMESE);
  }

  /** The ASCII file-name stem, e.g. "phieu-tiep-nhan". */
  public String fileStem() {
    return fileStem;
  }

  /**
   * The download file name, e.g. "phieu-tiep-nhan-000.00.31.H62-261123-0001.docx". Characters of the
   * dossier code other than ASCII letters, digits, '.', '-' and '_' become '-'; without a code the name
   * is the stem alone.
   */
  public String fileName(String dossierCode) {
    return fileName(dossierCode, "docx");
  }

  /** As {@link #fileName(String)} with another extension, e.g. "pdf" for a signed result. */
  public String fileName(String dossierCode, String extension) {
    String code = dossierCode == null ? "" : dossierCode.strip().replaceAll("[^A-Za-z0-9._-]", "-");
    return (code.isEmpty() ? fileStem : fileStem + "-" + code) + "." + extension;
  }
}
