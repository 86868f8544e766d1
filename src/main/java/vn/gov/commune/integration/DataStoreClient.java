package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/** Puts electronic results into the citizen's data store (Kho quản lý dữ liệu điện tử của công dân). */
public class DataStoreClient {

  private final ServiceEndpoint endpoint;

  public DataStoreClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * @param sha256 hex SHA-256 of the signed result file
   * @return the data store's id of the document
   */
  public String storeResult(
      String personalId, String dossierCode, String title, String sha256, String signatureId, String idempotencyKey) {
    Arguments.requireText(personalId, "personalId");
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
                        .body(new ResultDocument(personalId, dossierCode, title, sha256, signatureId))
                        .retrieve()
                        .body(StoredResult.class)));
    return endpoint.required(stored.storedId());
  }
}
