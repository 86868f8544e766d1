package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/** Sends consultations to other agencies through the provincial data-sharing platform (LGSP). */
public class LgspClient {

  private final ServiceEndpoint endpoint;

  public LgspClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * @param agency the consulted agency in Vietnamese, e.g. "Công an xã"
   * @return the platform's consultation id
   */
  public String sendConsultation(String dossierCode, String agency, String question, String idempotencyKey) {
    Arguments.requireText(dossierCode, "dossierCode");
    Arguments.requireText(agency, "agency");
    Arguments.requireKey(idempotencyKey);
    ConsultationReceipt receipt =
        endpoint.call(
            "sendConsultation " + dossierCode,
            rest ->
                endpoint.required(
                    rest.post()
                        .uri(endpoint.url("/consultations"))
                        .header(ServiceEndpoint.IDEMPOTENCY_KEY, idempotencyKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(new ConsultationRequest(dossierCode, agency, question))
                        .retrieve()
                        .body(ConsultationReceipt.class)));
    return endpoint.required(receipt.consultationId());
  }
}
