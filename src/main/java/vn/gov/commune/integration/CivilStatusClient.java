package vn.gov.commune.integration;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Reads the electronic civil-status database (CSDL hộ tịch điện tử) through the data-sharing
 * platform, the same way as {@link PopulationClient}: calling system and dossier in the X-Road
 * headers, the personal ID in the body.
 */
public class CivilStatusClient {

  private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

  private final ServiceEndpoint endpoint;
  private final String defaultAgencyCode;

  public CivilStatusClient(ServiceEndpoint endpoint, String defaultAgencyCode) {
    this.endpoint = endpoint;
    this.defaultAgencyCode = defaultAgencyCode;
  }

  /**
   * What the database holds about the person with this ID, or empty when it holds nothing. An ID that
   * is not 12 digits matches nobody and is not sent.
   *
   * @throws IntegrationException when the database cannot be reached or fails
   */
  public Optional<CivilStatusRecord> lookUp(String personalId, String dossierCode) {
    if (personalId == null || !PERSONAL_ID.matcher(personalId).matches()) {
      return Optional.empty();
    }
    String client = "VN/GOV/" + PopulationClient.agencyOf(dossierCode, defaultAgencyCode) + "/" + PopulationClient.SUBSYSTEM;
    return endpoint.call(
        "civilStatus " + dossierCode,
        rest -> {
          try {
            CivilStatusRecord found =
                rest.post()
                    .uri(endpoint.url("/persons/lookup"))
                    .header(PopulationClient.X_ROAD_CLIENT, client)
                    .header(PopulationClient.X_ROAD_ID, dossierCode)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(new PopulationQuery(personalId))
                    .retrieve()
                    .body(CivilStatusRecord.class);
            return Optional.of(endpoint.required(found));
          } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
          }
        });
  }
}
