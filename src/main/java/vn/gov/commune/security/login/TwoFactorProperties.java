package vn.gov.commune.security.login;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Two-step login (prefix {@code app.security.two-factor}).
 *
 * @param enabled whether leaders and administrators must give a TOTP code at the webapps' login
 *     (default true; false only in the demo profile)
 * @param issuer the name authenticator apps show next to the account
 * @param exemptUsers demo users who log in without a code (the test profile's leaders and
 *     administrator); honoured only while the demo data is on ({@code app.demo.enabled}), never in
 *     production
 */
@ConfigurationProperties("app.security.two-factor")
public record TwoFactorProperties(Boolean enabled, String issuer, List<String> exemptUsers) {

  public TwoFactorProperties {
    enabled = enabled == null || enabled;
    issuer = issuer == null || issuer.isBlank() ? "commune-workflow" : issuer;
    exemptUsers = exemptUsers == null ? List.of() : List.copyOf(exemptUsers);
  }
}
