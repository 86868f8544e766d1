package vn.gov.commune.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.web.ApiException;

/**
 * Citizens look a dossier up by its code and the last four digits of the applicant's phone number or
 * personal ID, without login: status, dates in Vietnam time and the status changes so far, nothing
 * personal. A wrong or missing {@code last4} is answered exactly like an unknown code. Rate-limited
 * per client (PublicLookupRateLimit). The citizens' page {@code /tra-cuu} ({@link PublicLookupPage})
 * uses the same look-up.
 */
@RestController
@Tag(name = "Tra cứu hồ sơ (công khai)")
public class PublicDossierController {

  private final DossierRepository dossiers;
  private final HistoryRepository history;
  private final ZoneId zone;

  public PublicDossierController(DossierRepository dossiers, HistoryRepository history, WorkingDayCalendar calendar) {
    this.dossiers = dossiers;
    this.history = history;
    this.zone = calendar.properties().zone();
  }

  @Operation(summary = "Tra cứu tình trạng hồ sơ theo mã và 4 số cuối điện thoại hoặc số định danh của người nộp (không cần đăng nhập)")
  @GetMapping("/api/public/dossiers/{code}")
  @Transactional(readOnly = true)
  public DossierViews.PublicView lookUp(
      @PathVariable String code,
      @Parameter(description = "4 chữ số cuối của số điện thoại hoặc số định danh cá nhân của người nộp hồ sơ")
          @RequestParam(name = "last4", required = false) String last4) {
    return find(code, last4).orElseThrow(() -> ApiException.notFound(notFound(code)));
  }

  /** The dossier as the public sees it, when the code exists and the four digits are the applicant's. */
  @Transactional(readOnly = true)
  Optional<DossierViews.PublicView> find(String code, String last4) {
    return dossiers
        .findByCode(code)
        .filter(dossier -> heldByApplicant(dossier, last4))
        .map(dossier -> DossierViews.PublicView.of(dossier, history.findByDossierCodeOrderById(dossier.getCode()), zone));
  }

  /** The one answer for an unknown code and for wrong digits. */
  static String notFound(String code) {
    return "Không tìm thấy hồ sơ có mã " + code + " với 4 số cuối đã nhập.";
  }

  private static boolean heldByApplicant(Dossier dossier, String last4) {
    if (last4 == null || !last4.matches("\\d{4}")) {
      return false;
    }
    return endsWith(dossier.getApplicantPhone(), last4) || endsWith(dossier.getApplicantPersonalId(), last4);
  }

  private static boolean endsWith(String number, String last4) {
    return number != null && number.replaceAll("\\D", "").endsWith(last4);
  }
}
