package vn.gov.commune.simulator;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gov.commune.integration.LocalServer;
import vn.gov.commune.integration.ServiceEndpoint;

/**
 * Profile {@code simulators}: the callers' credentials and fault injection on {@code /sim/**}, and the
 * client that calls the product back.
 */
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

  /** Its own filter: Spring Security leaves {@code /sim/**} to it. */
  @Bean
  FilterRegistrationBean<SimulatorAuthenticationFilter> simulatorAuthentication(SimulatorProperties properties) {
    FilterRegistrationBean<SimulatorAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new SimulatorAuthenticationFilter(properties));
    registration.setName("simulator-authentication");
    registration.addUrlPatterns("/sim/*");
    return registration;
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
