package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/** Digitally signs results with the approving official's certificate (remote signing service). */
public class SigningClient {

  private final ServiceEndpoint endpoint;

  public SigningClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** @param documentSha256 hex SHA-256 (64 characters) of the document to sign */
  public Signature sign(String dossierCode, String signerUserId, String documentSha256, String idempotencyKey) {
    Arguments.requireText(dossierCode, "dossierCode");
    Arguments.requireText(signerUserId, "signerUserId");
    Arguments.requireText(documentSha256, "documentSha256");
    Arguments.requireKey(idempotencyKey);
    return endpoint.call(
        "sign " + dossierCode,
        rest ->
            endpoint.required(
                rest.post()
                    .uri(endpoint.url("/signatures"))
                    .header(ServiceEndpoint.IDEMPOTENCY_KEY, idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(new SigningRequest(dossierCode, signerUserId, documentSha256))
                    .retrieve()
                    .body(Signature.class)));
  }
}
