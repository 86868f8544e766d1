package vn.gov.commune.security.login;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the second step of the webapps' login. */
@Configuration
class LoginSecurityConfiguration {

  @Bean
  FilterRegistrationBean<Filter> webappTwoFactorLogin(
      TwoFactorService twoFactor, CamundaBpmProperties camunda, Clock clock) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new WebappLoginFilter(twoFactor, new CodeGuessThrottle(clock)));
    registration.setName("webapp-two-factor-login");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
    // after Spring Security's filter chain, before the webapps' own filters and the login resource
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
