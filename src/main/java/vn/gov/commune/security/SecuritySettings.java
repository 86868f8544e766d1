package vn.gov.commune.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of authentication and request checks (prefix {@code app.security}).
 *
 * @param openApiDocs whether /v3/api-docs and Swagger UI are open without login (the demo only)
 * @param allowedOrigins browser origins besides the product's own that may send state-changing
 *     requests to /api and /engine-rest (e.g. {@code https://dichvucong.example.vn}); none by default
 * @param maxTrackedClients how many client addresses (and users at an address) each limiter remembers;
 *     beyond that the least recently seen is forgotten, so memory stays bounded
 * @param loginThrottle how wrong passwords are slowed down
 * @param publicLookup how the citizens' public look-up is rate-limited
 */
@ConfigurationProperties("app.security")
public record SecuritySettings(
    boolean openApiDocs, List<String> allowedOrigins, Integer maxTrackedClients, LoginThrottle loginThrottle, PublicLookup publicLookup) {

  public SecuritySettings {
    allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().filter(o -> !o.isBlank()).map(String::strip).toList();
    maxTrackedClients = maxTrackedClients == null ? 10_000 : maxTrackedClients;
    loginThrottle = loginThrottle == null ? new LoginThrottle(null, null, null, null) : loginThrottle;
    publicLookup = publicLookup == null ? new PublicLookup(null, null, null) : publicLookup;
  }

  /**
   * Wrong passwords (Basic and the webapps' login form) are free up to an allowance, then allowed at
   * one per refill period; a request that has to wait is answered 429 without checking the password.
   *
   * @param sourceAllowance wrong passwords from one client address, whatever the user
   * @param sourceRefill one more wrong password allowed to that address per this period
   * @param userAllowance wrong passwords for one user from one client address
   * @param userRefill one more for that user from that address per this period
   */
  public record LoginThrottle(Integer sourceAllowance, Duration sourceRefill, Integer userAllowance, Duration userRefill) {
    public LoginThrottle {
      sourceAllowance = sourceAllowance == null ? 20 : sourceAllowance;
      sourceRefill = sourceRefill == null ? Duration.ofSeconds(30) : sourceRefill;
      userAllowance = userAllowance == null ? 5 : userAllowance;
      userRefill = userRefill == null ? Duration.ofSeconds(60) : userRefill;
    }
  }

  /**
   * Public look-ups per client address: a burst, then one per refill period; a look-up that finds
   * nothing (unknown code, wrong digits) costs {@code missCost} look-ups.
   */
  public record PublicLookup(Integer burst, Duration refill, Integer missCost) {
    public PublicLookup {
      burst = burst == null ? 20 : burst;
      refill = refill == null ? Duration.ofSeconds(1) : refill;
      missCost = missCost == null ? 5 : missCost;
    }
  }
}
