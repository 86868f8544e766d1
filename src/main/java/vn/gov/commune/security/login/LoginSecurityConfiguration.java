package vn.gov.commune.security.login;

import java.time.Clock;
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
  SecondFactorCheck secondFactorCheck(TwoFactorService twoFactor, Clock clock) {
    return new SecondFactorCheck(twoFactor, new CodeGuessThrottle(clock));
  }
}
