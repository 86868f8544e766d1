package vn.gov.commune.dossier;

import java.time.LocalDate;
import java.util.Map;

/**
 * A dossier application as the portal (or a clerk at the counter) sends it; files travel beside it.
 *
 * @param competentCommuneId the commune that must process it; empty means the receiving commune
 *     (phi địa giới: any commune of the province may receive, the competent one processes)
 * @param data the procedure's own form fields (tờ khai), kept as sent
 */
public record Application(
    String procedureCode,
    String receivingCommuneId,
    String competentCommuneId,
    Channel channel,
    Applicant applicant,
    Integer copies,
    Integer pages,
    Map<String, Object> data) {

  /** The person who files, identified by the 12-digit personal ID. */
  public record Applicant(
      String personalId, String fullName, LocalDate dateOfBirth, String phone, String email, String address) {}

  /** One uploaded file for one component of the procedure. */
  public record Upload(String componentCode, String fileName, byte[] content) {}
}
