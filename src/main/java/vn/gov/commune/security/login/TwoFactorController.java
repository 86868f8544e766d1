package vn.gov.commune.security.login;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/**
 * Administrators enrol leaders and administrators for two-step login and reset them when a phone
 * is lost. The secret is answered once, on enrolment, and never shown again.
 */
@RestController
@RequestMapping("/api/admin/two-factor")
class TwoFactorController {

  private final TwoFactorService twoFactor;
  private final IdentityService identity;

  public TwoFactorController(TwoFactorService twoFactor, IdentityService identity) {
    this.twoFactor = twoFactor;
    this.identity = identity;
  }

  /** Whether the user needs a second factor and since when it is enrolled (no secret). */
  public record Status(String userId, boolean required, boolean enrolled, Instant enrolledAt, String enrolledBy) {}

  @GetMapping("/{userId}")
  public Status status(@PathVariable String userId) {
    requireUser(userId);
    var enrolment = twoFactor.enrolment(userId);
    return new Status(
        userId,
        twoFactor.required(userId),
        enrolment.isPresent(),
        enrolment.map(TwoFactorEnrolment::getEnrolledAt).orElse(null),
        enrolment.map(TwoFactorEnrolment::getEnrolledBy).orElse(null));
  }

  /** A new secret (base32 and otpauth:// link for a QR code); a previous one stops working. */
  @PostMapping("/{userId}")
  public ResponseEntity<TwoFactorService.Enrolment> enrol(@PathVariable String userId, CurrentUser user) {
    requireUser(userId);
    if (!twoFactor.hasSecondFactorRole(userId)) {
      throw ApiException.badRequest(
          "Người dùng '" + userId + "' không thuộc nhóm lãnh đạo hoặc quản trị hệ thống nên không dùng đăng nhập hai bước.");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .cacheControl(CacheControl.noStore())
        .body(twoFactor.enrol(userId, user.userId()));
  }

  /** Forgets the secret (lost phone): the user cannot log in to the webapps until enrolled again. */
  @DeleteMapping("/{userId}")
  public ResponseEntity<Void> reset(@PathVariable String userId) {
    requireUser(userId);
    twoFactor.reset(userId);
    return ResponseEntity.noContent().build();
  }

  private void requireUser(String userId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      throw ApiException.notFound("Không có người dùng '" + userId + "'.");
    }
  }
}
