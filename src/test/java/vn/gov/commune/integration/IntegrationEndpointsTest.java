package vn.gov.commune.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

class IntegrationEndpointsTest {

  private static IntegrationProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("app.integration", IntegrationProperties.class);
  }

  private static IntegrationEndpoints endpoints(IntegrationProperties properties, MockEnvironment environment, LocalServer server) {
    return new IntegrationEndpoints(
        properties, server, environment, new DefaultListableBeanFactory().getBeanProvider(RestClient.Builder.class));
  }

  @Test
  void settingsHaveDefaultsAndBindPerService() {
    IntegrationProperties defaults = bind(Map.of());
    assertThat(defaults.population().baseUrl()).isEmpty();
    assertThat(defaults.population().timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.population().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.agencyCode()).isEqualTo("COMMUNE");

    IntegrationProperties set =
        bind(
            Map.of(
                "app.integration.population.base-url", "https://ndxp.test/dan-cu",
                "app.integration.population.timeout", "2s",
                "app.integration.lgsp.connect-timeout", "500ms",
                "app.integration.agency-code", "000.00.31.H62"));
    assertThat(set.endpoint(NationalService.POPULATION).baseUrl()).isEqualTo("https://ndxp.test/dan-cu");
    assertThat(set.endpoint(NationalService.POPULATION).timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(set.endpoint(NationalService.LGSP).connectTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(set.endpoint(NationalService.DVCQG).timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(set.agencyCode()).isEqualTo("000.00.31.H62");
  }

  @Test
  void aConfiguredBaseUrlWins() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("simulators");
    LocalServer server = new LocalServer(environment);
    server.started(8123);
    IntegrationEndpoints endpoints =
        endpoints(bind(Map.of("app.integration.dvcqg.base-url", "https://dichvucong.test/api/")), environment, server);

    assertThat(endpoints.baseUrl(NationalService.DVCQG)).isEqualTo("https://dichvucong.test/api/");
    assertThat(endpoints.endpoint(NationalService.DVCQG).url("/dossiers/{code}/status"))
        .isEqualTo("https://dichvucong.test/api/dossiers/{code}/status");
    assertThat(endpoints.baseUrl(NationalService.SIGNING)).isEqualTo("http://localhost:8123/sim/signing");
  }

  @Test
  void withoutSimulatorsAMissingBaseUrlFailsTheCallNamingTheSetting() {
    MockEnvironment environment = new MockEnvironment();
    IntegrationEndpoints endpoints = endpoints(IntegrationProperties.defaults(), environment, new LocalServer(environment));

    assertThatThrownBy(() -> endpoints.baseUrl(NationalService.PAYMENT))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("Nền tảng thanh toán trực tuyến")
        .hasMessageContaining("app.integration.payment.base-url");
    assertThatThrownBy(() -> new PaymentClient(endpoints.endpoint(NationalService.PAYMENT)).requestPayment("HS-1", 1, "x", "HS-1:p"))
        .isInstanceOf(IntegrationException.class);
  }

  @Test
  void simulatorsBeforeTheServerHasStarted() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("simulators");
    environment.setProperty("server.servlet.context-path", "/app/");
    LocalServer server = new LocalServer(environment);
    IntegrationEndpoints endpoints = endpoints(IntegrationProperties.defaults(), environment, server);

    assertThatThrownBy(() -> endpoints.baseUrl(NationalService.VNEID)).isInstanceOf(IntegrationException.class);
    server.started(9000);
    assertThat(endpoints.baseUrl(NationalService.VNEID)).isEqualTo("http://localhost:9000/app/sim/vneid");
  }
}
