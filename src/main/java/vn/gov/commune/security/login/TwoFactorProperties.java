package vn.gov.commune.security.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Two-step login (prefix {@code app.security.two-factor}).
 *
 * @param enabled whether leaders and administrators must give a TOTP code at the webapps' login
 *     (default true; false only in the demo profile)
 * @param issuer the name authenticator apps show next to the account
 */
@ConfigurationProperties("app.security.two-factor")
public record TwoFactorProperties(Boolean enabled, String issuer) {

  public TwoFactorProperties {
    enabled = enabled == null || enabled;
    issuer = issuer == null || issuer.isBlank() ? "commune-workflow" : issuer;
  }
}
