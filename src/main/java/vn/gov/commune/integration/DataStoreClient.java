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
