package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/** Notifies citizens through the VNeID app. */
public class VneidClient {

  private final ServiceEndpoint endpoint;

  public VneidClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** Sends a notification (title and message in Vietnamese) about a dossier to the citizen. */
  public void notify(String personalId, String dossierCode, String title, String message, String idempotencyKey) {
    Arguments.requireText(personalId, "personalId");
    Arguments.requireText(dossierCode, "dossierCode");
    Arguments.requireKey(idempotencyKey);
    endpoint.call(
        "notify " + dossierCode,
        rest ->
            endpoint.required(
                rest.post()
                    .uri(endpoint.url("/notifications"))
                    .header(ServiceEndpoint.IDEMPOTENCY_KEY, idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(new Notification(personalId, dossierCode, title, message))
                    .retrieve()
                    .body(NotificationReceipt.class)));
  }
}
