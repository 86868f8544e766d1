package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/** Synchronises dossier statuses with the national public-service portal (Cổng Dịch vụ công quốc gia). */
public class DvcqgClient {

  private final ServiceEndpoint endpoint;

  public DvcqgClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * Sends one status change. Repeating it with the same key is harmless.
   *
   * @param idempotencyKey {@code {dossierCode}:{step}}
   * @throws IntegrationException when the portal cannot be reached, fails or refuses the change
   */
  public void syncStatus(StatusSync sync, String idempotencyKey) {
    Arguments.require(sync != null && sync.dossierCode() != null, "sync.dossierCode");
    Arguments.require(sync.statusCode() >= 1 && sync.statusCode() <= 10, "sync.statusCode 1..10");
    Arguments.requireKey(idempotencyKey);
    endpoint.call(
        "syncStatus " + sync.dossierCode() + " " + sync.statusCode(),
        rest ->
            endpoint.required(
                rest.post()
                    .uri(endpoint.url("/dossiers/{code}/status"), sync.dossierCode())
                    .header(ServiceEndpoint.IDEMPOTENCY_KEY, idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(sync)
                    .retrieve()
                    .body(StatusSyncReceipt.class)));
  }
}
