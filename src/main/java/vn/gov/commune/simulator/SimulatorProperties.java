package vn.gov.commune.simulator;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.gov.commune.integration.NationalService;

/**
 * Settings of the simulated national services (prefix {@code app.simulators}), used with profile
 * {@code simulators} only: each service's start-up fault ({@code app.simulators.{service}.delay},
 * {@code .failing}), the systems each service lets in and the portal account the simulators use to
 * call the product back.
 *
 * @param portalUser the account the national portal and payment platform use towards
 *     {@code /api/dossiers} (demo: portal/portal)
 * @param productBaseUrl where the product is; empty = this application
 * @param clients per service id, the calling systems it knows: client id → secret
 *     ({@code app.simulators.clients.dvcqg.commune-workflow: ...}); a blank secret lets nobody in
 */
@ConfigurationProperties("app.simulators")
public record SimulatorProperties(
    Fault dvcqg,
    Fault population,
    Fault civilStatus,
    Fault payment,
    Fault datastore,
    Fault vneid,
    Fault signing,
    Fault lgsp,
    Fault dashboard,
    String portalUser,
    String portalPassword,
    String productBaseUrl,
    Map<String, Map<String, String>> clients) {

  public SimulatorProperties {
    dvcqg = Fault.orNone(dvcqg);
    population = Fault.orNone(population);
    civilStatus = Fault.orNone(civilStatus);
    payment = Fault.orNone(payment);
    datastore = Fault.orNone(datastore);
    vneid = Fault.orNone(vneid);
    signing = Fault.orNone(signing);
    lgsp = Fault.orNone(lgsp);
    dashboard = Fault.orNone(dashboard);
    portalUser = portalUser == null || portalUser.isBlank() ? "portal" : portalUser.strip();
    portalPassword = portalPassword == null ? "portal" : portalPassword;
    productBaseUrl = productBaseUrl == null ? "" : productBaseUrl.strip();
    clients = clients == null ? Map.of() : Map.copyOf(clients);
  }

  public static SimulatorProperties defaults() {
    return new SimulatorProperties(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The calling systems the service knows: client id → secret. */
  public Map<String, String> clients(NationalService service) {
    return clients.getOrDefault(service.id(), Map.of());
  }

  public Fault fault(NationalService service) {
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
   * @param delay added before every answer
   * @param failing every call is answered with HTTP 503
   */
  public record Fault(Duration delay, boolean failing) {

    public Fault {
      delay = delay == null || delay.isNegative() ? Duration.ZERO : delay;
    }

    static Fault orNone(Fault fault) {
      return fault == null ? new Fault(null, false) : fault;
    }
  }
}
