package vn.gov.commune.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the national services are and how long to wait for them (prefix {@code app.integration}).
 * Every setting has a default here, so nothing needs to be configured to run with the simulators.
 *
 * @param agencyCode X-Road member code of the calling agency, used when it cannot be read from the
 *     dossier code ({@code {agency}-{YYMMDD}-{NNNN}})
 */
@ConfigurationProperties("app.integration")
public record IntegrationProperties(
    String agencyCode,
    Endpoint dvcqg,
    Endpoint population,
    Endpoint civilStatus,
    Endpoint payment,
    Endpoint datastore,
    Endpoint vneid,
    Endpoint signing,
    Endpoint lgsp,
    Endpoint dashboard) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

  public IntegrationProperties {
    agencyCode = agencyCode == null || agencyCode.isBlank() ? "COMMUNE" : agencyCode.strip();
    dvcqg = Endpoint.orDefault(dvcqg);
    population = Endpoint.orDefault(population);
    civilStatus = Endpoint.orDefault(civilStatus);
    payment = Endpoint.orDefault(payment);
    datastore = Endpoint.orDefault(datastore);
    vneid = Endpoint.orDefault(vneid);
    signing = Endpoint.orDefault(signing);
    lgsp = Endpoint.orDefault(lgsp);
    dashboard = Endpoint.orDefault(dashboard);
  }

  /** Everything at its default: every service at its simulator (with profile simulators). */
  public static IntegrationProperties defaults() {
    return new IntegrationProperties(null, null, null, null, null, null, null, null, null, null);
  }

  public Endpoint endpoint(NationalService service) {
    return switch (service) {
      case DVCQG -> dvcqg;
      case POPULATION -> population;
      case CIVIL_STATUS -> civilStatus;
      case PAYMENT -> payment;
      case DATASTORE -> datastore;
      case VNEID -> vneid;
      case SIGNING -> signing;
      case LGSP -> lgsp;
      case DASHBOARD -> dashboard;
    };
  }

  /**
   * One service.
   *
   * @param baseUrl e.g. {@code https://lgsp.example.gov.vn/population}; empty = the simulator of this
   *     application ({@code http://localhost:{port}/sim/{service}}) when profile simulators is on
   * @param timeout the longest wait for an answer (read timeout), default 10 s
   * @param connectTimeout the longest wait for a connection, default 3 s
   * @param clientId this product's client id at the service, sent as {@code X-Client-Id}; no default
   * @param clientSecret the secret that goes with it, sent as {@code X-Client-Secret}; no default
   *     (the simulators' demo and test credentials are in application-simulators.yaml)
   */
  public record Endpoint(String baseUrl, Duration timeout, Duration connectTimeout, String clientId, String clientSecret) {

    public Endpoint {
      baseUrl = baseUrl == null ? "" : baseUrl.strip();
      timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
      connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
      clientId = clientId == null ? "" : clientId.strip();
      clientSecret = clientSecret == null ? "" : clientSecret;
    }

    static Endpoint orDefault(Endpoint endpoint) {
      return endpoint == null ? new Endpoint(null, null, null, null, null) : endpoint;
    }

    /** Both the client id and the secret are set. */
    public boolean hasCredential() {
      return !clientId.isEmpty() && !clientSecret.isEmpty();
    }
  }
}
