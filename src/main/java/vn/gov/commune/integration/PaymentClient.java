package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/**
 * Opens payments on the national online payment platform. The platform reports the payment back to
 * {@code POST /api/dossiers/{code}/payment}.
 */
public class PaymentClient {

  private final ServiceEndpoint endpoint;

  public PaymentClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * @param amount in VND, more than 0
   * @param idempotencyKey {@code {dossierCode}:{step}}; a repeated key answers the first payment
   */
  public PaymentRequest requestPayment(String dossierCode, long amount, String description, String idempotencyKey) {
    Arguments.requireText(dossierCode, "dossierCode");
    Arguments.require(amount > 0, "amount > 0");
    Arguments.requireKey(idempotencyKey);
    return endpoint.call(
        "requestPayment " + dossierCode,
        rest ->
            endpoint.required(
                rest.post()
                    .uri(endpoint.url("/payments"))
                    .header(ServiceEndpoint.IDEMPOTENCY_KEY, idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(new PaymentOrder(dossierCode, amount, description))
                    .retrieve()
                    .body(PaymentRequest.class)));
  }
}
