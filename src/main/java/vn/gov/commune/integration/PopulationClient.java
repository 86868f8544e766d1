package vn.gov.commune.integration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Looks citizens up in the national population database through the data-sharing platform, which
 * works like X-Road: the calling system ({@code X-Road-Client: VN/GOV/{agency}/COMMUNE-WORKFLOW})
 * and the case it asks for ({@code X-Road-Id: {dossierCode}}) travel in headers.
 */
public class PopulationClient {

  public static final String X_ROAD_CLIENT = "X-Road-Client";
  public static final String X_ROAD_ID = "X-Road-Id";
  public static final String SUBSYSTEM = "COMMUNE-WORKFLOW";

  private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");
  /** {@code {receiving agency e-ID}-{YYMMDD}-{NNNN}} (TT 03/2025/TT-VPCP art. 13). */
  private static final Pattern DOSSIER_CODE = Pattern.compile("(.+)-\\d{6}-\\d+");

  private final ServiceEndpoint endpoint;
  private final String defaultAgencyCode;

  public PopulationClient(ServiceEndpoint endpoint, String defaultAgencyCode) {
    this.endpoint = endpoint;
    this.defaultAgencyCode = defaultAgencyCode;
  }

  /**
   * The citizen with this personal ID number, or empty when the database has none. An ID that is not
   * 12 digits matches nobody and is not sent.
   *
   * @param dossierCode the dossier the lookup is for; its agency part names the caller
   * @throws IntegrationException when the database cannot be reached or fails
   */
  public Optional<CitizenRecord> lookUp(String personalId, String dossierCode) {
    return lookUp(personalId, dossierCode, agencyOf(dossierCode, defaultAgencyCode));
  }

  /**
   * As {@link #lookUp(String, String)}, with the calling agency's code given (e.g. the receiving
   * commune's {@code 000.00.31.H62}); a blank one falls back to the dossier code's agency part.
   */
  public Optional<CitizenRecord> lookUp(String personalId, String dossierCode, String agencyCode) {
    if (personalId == null || !PERSONAL_ID.matcher(personalId).matches()) {
      return Optional.empty();
    }
    String agency = agencyCode == null || agencyCode.isBlank() ? agencyOf(dossierCode, defaultAgencyCode) : agencyCode.strip();
    String client = "VN/GOV/" + agency + "/" + SUBSYSTEM;
    return endpoint.call(
        "lookUp " + dossierCode,
        rest -> {
          try {
            CitizenRecord found =
                rest.post()
                    .uri(endpoint.url("/citizens/lookup"))
                    .header(X_ROAD_CLIENT, client)
                    .header(X_ROAD_ID, dossierCode)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(new PopulationQuery(personalId))
                    .retrieve()
                    .body(CitizenRecord.class);
            return Optional.of(endpoint.required(found));
          } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
          }
        });
  }

  /** The agency part of a dossier code, or {@code fallback} when the code has another form. */
  static String agencyOf(String dossierCode, String fallback) {
    if (dossierCode != null) {
      Matcher m = DOSSIER_CODE.matcher(dossierCode);
      if (m.matches() && !m.group(1).contains("/")) {
        return m.group(1);
      }
    }
    return fallback;
  }
}
