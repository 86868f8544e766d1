package vn.gov.commune.security.login;

import vn.gov.commune.security.SecuritySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The second step of a login: one check and one guess throttle for both doors, which the security
 * configuration puts in its filter chains (the webapps' login form: {@link WebappLoginFilter}, before
 * the password is looked at; HTTP Basic: {@link BasicSecondFactorFilter}).
 */
@Configuration
class LoginSecurityConfiguration {

  @Bean
  SecondFactorCheck secondFactorCheck(TwoFactorService twoFactor, SecuritySettings settings) {
    return new SecondFactorCheck(twoFactor, settings.maxTrackedClients());
  }
}
