package vn.gov.commune.security.login;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.gov.commune.security.Roles;

/**
 * Second factor of leaders and administrators: a TOTP code (RFC 6238) from an authenticator app
 * whose secret an administrator enrols. The webapps' login asks for it ({@link WebappLoginFilter});
 * other authentications can ask {@link #required} and {@link #verify} the same way.
 */
@Service
public class TwoFactorService {

  /** Accepted clock drift between the server and the user's phone, in 30-second steps. */
  private static final int DRIFT_STEPS = 1;

  /** The outcome of a code check. */
  public enum Check {
    ACCEPTED,
    NOT_ENROLLED,
    REFUSED
  }

  /** A new secret, shown once to the administrator who enrols the user. */
  public record Enrolment(String userId, String secret, String otpauthUri) {}

  private final TwoFactorProperties properties;
  private final TwoFactorRepository enrolments;
  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engine;
  private final Clock clock;
  private final Set<String> exempt;

  public TwoFactorService(
      TwoFactorProperties properties,
      TwoFactorRepository enrolments,
      IdentityService identity,
      ProcessEngineConfigurationImpl engine,
      Clock clock,
      @Value("${app.demo.enabled:false}") boolean demoData) {
    this.properties = properties;
    this.exempt = demoData ? Set.copyOf(properties.exemptUsers()) : Set.of();
    this.enrolments = enrolments;
    this.identity = identity;
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * Whether the user must give a code: two-step login is on, the user leads or administers, and is
   * not one of the demo users exempted while the demo data is on.
   */
  public boolean required(String userId) {
    return properties.enabled() && !exempt.contains(userId) && hasSecondFactorRole(userId);
  }

  /** Members of the leader and camunda-admin groups, whoever is signed in on this thread. */
  public boolean hasSecondFactorRole(String userId) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    return engine
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              context.disableAuthorizationCheck();
              return identity.createGroupQuery().groupMember(userId).groupIdIn(Roles.LEADER, Roles.ADMIN).count() > 0;
            });
  }

  public boolean enrolled(String userId) {
    return enrolments.findById(userId).isPresent();
  }

  public Optional<TwoFactorEnrolment> enrolment(String userId) {
    return enrolments.findById(userId);
  }

  /** A new secret for the user; any previous one stops working. */
  public Enrolment enrol(String userId, String administrator) {
    String secret = Totp.newSecret();
    enrolments.save(new TwoFactorEnrolment(userId, secret, clock.instant(), administrator));
    return new Enrolment(userId, secret, Totp.uri(properties.issuer(), userId, secret));
  }

  /** Forgets the user's secret: the user must be enrolled again before the next login. */
  public boolean reset(String userId) {
    return enrolments.deleteByUserId(userId) > 0;
  }

  /** Whether {@code code} is the user's current code (±1 step), not used before. */
  public boolean verify(String userId, String code) {
    return check(userId, code) == Check.ACCEPTED;
  }

  public Check check(String userId, String code) {
    Optional<TwoFactorEnrolment> enrolment = userId == null ? Optional.empty() : enrolments.findById(userId);
    if (enrolment.isEmpty()) {
      return Check.NOT_ENROLLED;
    }
    if (code == null || !code.strip().matches("\\d{" + Totp.DIGITS + "}")) {
      return Check.REFUSED;
    }
    String secret = enrolment.get().getSecret();
    byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
    long now = Totp.step(clock.instant());
    for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
      if (MessageDigest.isEqual(given, Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
        return enrolments.useStep(userId, secret, step) == 1 ? Check.ACCEPTED : Check.REFUSED;
      }
    }
    return Check.REFUSED;
  }
}
