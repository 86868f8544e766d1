package vn.gov.commune.integration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One client bean per national service. */
@Configuration
class IntegrationConfiguration {

  @Bean
  PopulationClient populationClient(IntegrationEndpoints endpoints, IntegrationProperties properties) {
    return new PopulationClient(endpoints.endpoint(NationalService.POPULATION), properties.agencyCode());
  }

  @Bean
  CivilStatusClient civilStatusClient(IntegrationEndpoints endpoints, IntegrationProperties properties) {
    return new CivilStatusClient(endpoints.endpoint(NationalService.CIVIL_STATUS), properties.agencyCode());
  }

  @Bean
  DvcqgClient dvcqgClient(IntegrationEndpoints endpoints) {
    return new DvcqgClient(endpoints.endpoint(NationalService.DVCQG));
  }

  @Bean
  PaymentClient paymentClient(IntegrationEndpoints endpoints) {
    return new PaymentClient(endpoints.endpoint(NationalService.PAYMENT));
  }

  @Bean
  DataStoreClient dataStoreClient(IntegrationEndpoints endpoints) {
    return new DataStoreClient(endpoints.endpoint(NationalService.DATASTORE));
  }

  @Bean
  VneidClient vneidClient(IntegrationEndpoints endpoints) {
    return new VneidClient(endpoints.endpoint(NationalService.VNEID));
  }

  @Bean
  SigningClient signingClient(IntegrationEndpoints endpoints) {
    return new SigningClient(endpoints.endpoint(NationalService.SIGNING));
  }

  @Bean
  LgspClient lgspClient(IntegrationEndpoints endpoints) {
    return new LgspClient(endpoints.endpoint(NationalService.LGSP));
  }

  @Bean
  DashboardClient dashboardClient(IntegrationEndpoints endpoints) {
    return new DashboardClient(endpoints.endpoint(NationalService.DASHBOARD));
  }
}
