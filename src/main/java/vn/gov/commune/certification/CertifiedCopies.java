package vn.gov.commune.certification;

import java.time.Instant;

/**
 * The certified copy's attestation ("BẢN SAO ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH") as a PDF signed by the
 * leader through the remote signing service (PAdES), kept in the file store. The dossier module signs
 * results and implements this; this package names only what it needs (as {@link RequestCodes}).
 */
public interface CertifiedCopies {

  /**
   * What the attestation says.
   *
   * @param requestCode the request's code; the certification number is this code with "/SCT"
   * @param communeId the commune that certifies (the process instance's tenant)
   * @param signerId the login id of the leader who signs (printed by full name and position)
   */
  record Copy(
      String requestCode,
      String communeId,
      String procedureName,
      String applicantName,
      String documentTitle,
      int pages,
      int copies,
      long fee,
      String signerId,
      Instant at) {}

  /** The signed PDF as kept: its file store key, file name, SHA-256 (hex), and the signature's id at the service. */
  record Issued(String storageKey, String fileName, String sha256, String signatureId) {}

  /** Renders, has the leader sign, keeps the PDF; a repeated call for the same bytes is answered by the same signature. */
  Issued issue(Copy copy);

  /** The certification number printed on the attestation ("số chứng thực"). */
  static String number(String requestCode) {
    return requestCode + "/SCT";
  }
}
