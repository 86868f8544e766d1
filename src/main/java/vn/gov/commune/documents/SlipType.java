package vn.gov.commune.documents;

import java.util.Locale;

/**
 * The documents the product issues, with their Vietnamese titles and the ASCII stems of their file
 * names: the slips (phiếu) of the one-stop shop along a dossier's life, and the plan reports.
 */
public enum SlipType {
  RECEIPT("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "phieu-tiep-nhan", "01", "TN"),
  SUPPLEMENT_REQUEST("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "phieu-yeu-cau-bo-sung", "02", "BS"),
  REFUSAL("Phiếu từ chối tiếp nhận, giải quyết hồ sơ", "phieu-tu-choi", "03", "TC"),
  APOLOGY("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "phieu-xin-loi", "04", "XL"),
  PROCESS_CONTROL("Phiếu kiểm soát quá trình giải quyết hồ sơ", "phieu-kiem-soat", "06", "KS"),
  STOP_NOTICE("Thông báo dừng xử lý hồ sơ", "thong-bao-dung-xu-ly", "05", "DXL"),
  RESULT("Kết quả giải quyết thủ tục hành chính", "ket-qua-giai-quyet", null, "KQ"),
  FEE_RECEIPT("Biên lai thu phí, lệ phí", "bien-lai-thu-phi", null, "BL"),
  PLAN_REPORT("Báo cáo", "bao-cao-ke-hoach", null, null);

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** Where the form numbers come from (Phụ lục I). */
  public static final String FORMS_SOURCE = "Thông tư 03/2025/TT-VPCP";

  private final String title;
  private final String fileStem;
  private final String formNumber;
  private final String numberSuffix;

  SlipType(String title, String fileStem, String formNumber, String numberSuffix) {
    this.title = title;
    this.fileStem = fileStem;
    this.formNumber = formNumber;
    this.numberSuffix = numberSuffix;
  }

  /**
   * The form's number in Phụ lục I of TT 03/2025/TT-VPCP (01 receipt, 02 supplement request, 03
   * refusal, 04 apology, 05 stop notice, 06 process control; 07 is the dossier log), or null for papers
   * the annex has no form for.
   */
  public String formNumber() {
    return formNumber;
  }

  /**
   * The slip's number: the dossier code and the kind of slip, e.g. "000.00.31.H62-261123-0001/TN";
   * empty without a dossier code or for plan reports.
   */
  public String number(String dossierCode) {
    String code = dossierCode == null ? "" : dossierCode.strip();
    return code.isEmpty() || numberSuffix == null ? "" : code + "/" + numberSuffix;
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
