package vn.gov.commune.simulator;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gov.commune.integration.LocalServer;
import vn.gov.commune.integration.ServiceEndpoint;

/** Profile {@code simulators}: fault injection on {@code /sim/**} and the client that calls the product back. */
@Configuration
@Profile("simulators")
class SimulatorConfiguration implements WebMvcConfigurer {

  private final SimulatorFaults faults;

  SimulatorConfiguration(SimulatorFaults faults) {
    this.faults = faults;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SimulatorFaultInterceptor(faults)).addPathPatterns("/sim/**");
  }

  @Bean
  ProductClient productClient(
      SimulatorProperties properties, LocalServer localServer, ObjectProvider<RestClient.Builder> builders) {
    return new ProductClient(
        ServiceEndpoint.configure(builders.getIfAvailable(RestClient::builder), Duration.ofSeconds(3), Duration.ofSeconds(30)),
        () -> {
          if (!properties.productBaseUrl().isEmpty()) {
            return properties.productBaseUrl();
          }
          return localServer.baseUrl().orElseThrow(() -> new IllegalStateException("server not started"));
        },
        properties.portalUser(),
        properties.portalPassword());
  }
}
