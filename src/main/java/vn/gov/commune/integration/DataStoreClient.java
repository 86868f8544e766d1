package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/** Puts electronic results into the citizen's data store (Kho quản lý dữ liệu điện tử của công dân). */
public class DataStoreClient {

  private final ServiceEndpoint endpoint;

  public DataStoreClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * @param file the signed result file (a PDF), sent whole with its SHA-256
   * @return the data store's id of the document
   */
  public String storeResult(
      String personalId, String dossierCode, String title, String fileName, String mediaType, byte[] file,
      String signatureId, String idempotencyKey) {
    Arguments.requireText(personalId, "personalId");
    Arguments.requireText(fileName, "fileName");
    if (file == null || file.length == 0) {
      throw new IllegalArgumentException("file must not be empty");
    }
    Arguments.requireText(dossierCode, "dossierCode");
    Arguments.requireKey(idempotencyKey);
    StoredResult stored =
        endpoint.call(
            "storeResult " + dossierCode,
            rest ->
                endpoint.required(
                    rest.post()
                        .uri(endpoint.url("/documents"))
                        .header(ServiceEndpoint.IDEMPOTENCY_KEY, idempotencyKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(new ResultDocument(personalId, dossierCode, title, vn.gov.commune.shared.Hashes.sha256Hex(file),
                            signatureId, fileName, mediaType, java.util.Base64.getEncoder().encodeToString(file)))
                        .retrieve()
                        .body(StoredResult.class)));
    return endpoint.required(stored.storedId());
  }

  /**
   * The documents the citizen's data store holds (once-only: what it holds need not be handed in or
   * scanned again). The calling case travels in the X-Road-like header, as for the population
   * database.
   */
  public java.util.List<CitizenDocument> documentsOf(String personalId, String dossierCode) {
    Arguments.requireText(personalId, "personalId");
    Arguments.requireText(dossierCode, "dossierCode");
    CitizenDocument[] documents =
        endpoint.call(
            "documentsOf " + dossierCode,
            rest ->
                endpoint.required(
                    rest.get()
                        .uri(endpoint.url("/documents?personalId={id}"), personalId)
                        .header(PopulationClient.X_ROAD_ID, dossierCode)
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .body(CitizenDocument[].class)));
    return java.util.List.of(documents);
  }
}
