package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/** Digitally signs results with the approving official's certificate (remote signing service). */
public class SigningClient {

  private final ServiceEndpoint endpoint;

  public SigningClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * @param request who signs what; {@code documentSha256} is the hex SHA-256 (64 characters) of what is
   *     signed (for a PDF, its signed byte range)
   */
  public Signature sign(SigningRequest request, String idempotencyKey) {
    Arguments.requireText(request.dossierCode(), "dossierCode");
    Arguments.requireText(request.signerUserId(), "signerUserId");
    Arguments.requireText(request.documentSha256(), "documentSha256");
    Arguments.requireKey(idempotencyKey);
    return endpoint.call(
        "sign " + request.dossierCode(),
        rest ->
            endpoint.required(
                rest.post()
                    .uri(endpoint.url("/signatures"))
                    .header(ServiceEndpoint.IDEMPOTENCY_KEY, idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(Signature.class)));
  }

  /** The root certificate (PEM) the service's signer certificates chain to: the trust anchor of verification. */
  public String rootCertificate() {
    return endpoint.call(
        "signing root certificate",
        rest ->
            endpoint.required(
                rest.get()
                    .uri(endpoint.url("/certificates/root"))
                    .accept(MediaType.TEXT_PLAIN, MediaType.ALL)
                    .retrieve()
                    .body(String.class)));
  }
}
