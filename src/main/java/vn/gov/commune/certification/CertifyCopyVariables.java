package vn.gov.commune.certification;

/**
 * The process variables of certify-copy (processes/certify-copy.bpmn and its forms), in one place:
 * the Java steps read and write them through these names only.
 */
public final class CertifyCopyVariables {

  /** The request's code, also its business key; the name the Tasklist card reads ("Mã hồ sơ"), as for a dossier. */
  public static final String REQUEST_CODE = "dossierCode";
  /** Catalogue code of the procedure (TTHC 2.000815), for Tasklist's per-procedure filter and the task card. */
  public static final String PROCEDURE_CODE = "procedureCode";
  /** The procedure's name, shown on the task card. */
  public static final String PROCEDURE_NAME = "procedureName";
  /** The applicant's personal ID (start form), kept without spaces by "Tính hạn trả kết quả và lệ phí". */
  public static final String APPLICANT_PERSONAL_ID = "applicantPersonalId";
  /** The applicant's full name (start form). */
  public static final String APPLICANT_NAME = "applicantName";
  /** The name of the document whose copy is certified (start form "Tên giấy tờ cần chứng thực"). */
  public static final String DOCUMENT_TITLE = "documentTitle";
  /** Pages of the document to certify (start form "Số trang"). */
  public static final String PAGE_COUNT = "pageCount";
  /** Copies asked for (start form "Số bản sao"). */
  public static final String COPY_COUNT = "copyCount";
  /** When the request was received (set by "Tính hạn trả kết quả và lệ phí"). */
  public static final String RECEIVED_AT = "receivedAt";
  /** When the result is due; the user tasks' due date ({@code camunda:dueDate="${dueDate}"}). */
  public static final String DUE_DATE = "dueDate";
  /** The fee in đồng, shown on the return form. */
  public static final String FEE = "fee";
  /** Comparison result of "Đối chiếu bản sao với bản chính": {@code match} or {@code mismatch} (gateway). */
  public static final String COMPARISON_RESULT = "comparisonResult";
  /**
   * Who compared the copy with the original: full name and position of the logged-in user, set by the
   * comparison's complete listener ({@code ${recordComparerName}}, organisation.ComparerName), never by the form.
   */
  public static final String COMPARED_BY_NAME = "comparedByName";
  /** The leader's decision at "Ký chứng thực": {@code sign} or {@code refuse}. */
  public static final String SIGN_DECISION = "signDecision";
  /** The authenticated leader who signed (set by the completion guard, never by the form). */
  public static final String SIGNED_BY = "signedBy";
  /**
   * File store key of the signed attestation PDF ("BẢN SAO ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH"), set when the leader
   * signs ({@code ${copySigning}}); removed from what a start or a refusal carries, never taken from a form.
   */
  public static final String CERTIFIED_COPY_FILE = "certifiedCopyFile";
  /** The certification number printed on the attestation: the request code with "/SCT". */
  public static final String CERTIFIED_COPY_NUMBER = "certifiedCopyNumber";
  /** The signing service's id of the attestation's signature. */
  public static final String CERTIFIED_COPY_SIGNATURE = "certifiedCopySignatureId";
  /** The variables of the signed attestation, all set together by the signature. */
  static final java.util.List<String> CERTIFIED_COPY = java.util.List.of(CERTIFIED_COPY_FILE, CERTIFIED_COPY_NUMBER, CERTIFIED_COPY_SIGNATURE);
  /** Why the request is refused (comparison or signature). */
  public static final String REFUSAL_REASON = "refusalReason";

  private CertifyCopyVariables() {}
}
