package vn.gov.commune.integration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link ServiceEndpoint} of each national service from {@link IntegrationProperties}.
 * A service without a base URL is this application's simulator when profile {@code simulators} is
 * on; otherwise a call to it fails with a message saying which setting is missing. Every call
 * carries the product's client credential at that service when one is configured.
 */
@Component
public class IntegrationEndpoints {

  public static final String SIMULATORS_PROFILE = "simulators";

  private final IntegrationProperties properties;
  private final LocalServer localServer;
  private final Environment environment;
  private final ObjectProvider<RestClient.Builder> builders;

  public IntegrationEndpoints(
      IntegrationProperties properties,
      LocalServer localServer,
      Environment environment,
      ObjectProvider<RestClient.Builder> builders) {
    this.properties = properties;
    this.localServer = localServer;
    this.environment = environment;
    this.builders = builders;
  }

  public ServiceEndpoint endpoint(NationalService service) {
    IntegrationProperties.Endpoint settings = properties.endpoint(service);
    RestClient.Builder builder =
        ServiceEndpoint.configure(builders.getIfAvailable(RestClient::builder), settings.connectTimeout(), settings.timeout());
    if (settings.hasCredential()) {
      builder.defaultHeaders(
          headers -> {
            headers.set(ServiceEndpoint.CLIENT_ID, settings.clientId());
            headers.set(ServiceEndpoint.CLIENT_SECRET, settings.clientSecret());
          });
    }
    RestClient rest = builder.build();
    return new ServiceEndpoint(service, rest, () -> baseUrl(service), settings.timeout());
  }

  /** The configured base URL, or the simulator's when none is configured and the simulators run. */
  public String baseUrl(NationalService service) {
    String configured = properties.endpoint(service).baseUrl();
    if (!configured.isEmpty()) {
      return configured;
    }
    if (environment.matchesProfiles(SIMULATORS_PROFILE)) {
      return localServer
          .baseUrl()
          .map(base -> base + "/sim/" + service.id())
          .orElseThrow(() -> new IntegrationException(service, "Máy chủ chưa khởi động xong, chưa gọi được " + service.displayName() + "."));
    }
    throw new IntegrationException(
        service,
        "Chưa cấu hình địa chỉ của " + service.displayName() + " (app.integration." + service.id() + ".base-url).");
  }
}
