package vn.gov.commune.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.engine.ProductJobs;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/**
 * The lists of the Cockpit page "Giám sát" ({@link Supervision}): what is late and who holds it, the
 * plans' progress, the archives digitised. Supervisors, leaders and administrators (ApiRoleRules,
 * /api/reports/**); staff see their own commune only (another commune → 403), an administrator names
 * one commune or, without communeId, gets every commune side by side. The Cockpit page calls them
 * with the webapp's login session (WebappSessionDownloads), scripts with HTTP Basic.
 */
@RestController
@RequestMapping("/api/reports")
class SupervisionController {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final Supervision supervision;
  private final CommuneRepository communes;
  private final ProductJobs productJobs;

  SupervisionController(Supervision supervision, CommuneRepository communes, ProductJobs productJobs) {
    this.supervision = supervision;
    this.communes = communes;
    this.productJobs = productJobs;
  }

  /** Dossiers needing attention now, per commune; {@code nearDueUntil}: due by then counts as near due. */
  public record Attention(Instant asOf, Instant nearDueUntil, List<Supervision.CommuneAttention> communes) {}

  public record Plans(Instant asOf, List<Supervision.CommunePlans> communes) {}

  public record Archives(Instant asOf, List<Supervision.CommuneArchives> communes) {}

  /** One commune's failed automatic jobs ({@code more}: there are more than the list shows). */
  public record CommuneFailedJobs(String communeId, String communeName, List<ProductJobs.FailedJob> jobs, boolean more) {}

  public record FailedJobs(Instant asOf, List<CommuneFailedJobs> communes) {}

  /**
   * The open dossiers overdue or due within one working day: counts by procedure, step and holder,
   * the {@code limit} most urgent one by one (default 50, at most 200; {@code moreDossiers} says
   * whether there are more), and the open steps past their own due date.
   */
  @GetMapping("/dossiers/attention")
  @Transactional(readOnly = true)
  public Attention attention(
      @RequestParam(name = "communeId", required = false) String communeId,
      @RequestParam(name = "limit", required = false) String limit,
      CurrentUser user) {
    int rows = limit(limit);
    List<Commune> chosen = communes(communeId, user);
    Instant now = DossierService.now();
    return new Attention(now, supervision.nearDueUntil(now), supervision.attention(chosen, rows));
  }

  @GetMapping("/plans")
  @Transactional(readOnly = true)
  public Plans plans(@RequestParam(name = "communeId", required = false) String communeId, CurrentUser user) {
    List<Commune> chosen = communes(communeId, user);
    return new Plans(DossierService.now(), chosen.stream().map(supervision::plans).toList());
  }

  @GetMapping("/archives")
  @Transactional(readOnly = true)
  public Archives archives(@RequestParam(name = "communeId", required = false) String communeId, CurrentUser user) {
    List<Commune> chosen = communes(communeId, user);
    return new Archives(DossierService.now(), chosen.stream().map(supervision::archives).toList());
  }

  /**
   * The product's automatic jobs (status syncs to DVCQG, OCR of scans, notices to citizens) whose
   * retries are spent, per commune, most recent failure first: what each was doing, for which dossier
   * and the last error. They have no process instance, so Cockpit's own views do not list them; the
   * page "Giám sát" does, with a retry through Cockpit's engine API (the engine checks RETRY_JOB).
   */
  @GetMapping("/failed-jobs")
  public FailedJobs failedJobs(
      @RequestParam(name = "communeId", required = false) String communeId,
      @RequestParam(name = "limit", required = false) String limit,
      CurrentUser user) {
    int rows = limit(limit, "Số việc hiển thị");
    List<Commune> chosen = communes(communeId, user);
    // one query for all the communes asked for (the province: every commune); at most rows + 1 kept per commune
    Map<String, List<ProductJobs.FailedJob>> byCommune = productJobs
        .failed(chosen.stream().map(Commune::getId).toList(), Math.min(chosen.size() * (rows + 1), 2_000))
        .stream()
        .collect(Collectors.groupingBy(ProductJobs.FailedJob::tenantId));
    List<CommuneFailedJobs> result = chosen.stream().map(c -> {
      List<ProductJobs.FailedJob> jobs = byCommune.getOrDefault(c.getId(), List.of());
      return new CommuneFailedJobs(c.getId(), c.getName(), jobs.size() > rows ? jobs.subList(0, rows) : jobs, jobs.size() > rows);
    }).toList();
    return new FailedJobs(DossierService.now(), result);
  }

  /** The commune asked for (the caller's own only), else the caller's one commune, else every commune for an administrator. */
  private List<Commune> communes(String communeId, CurrentUser user) {
    String id = communeId == null || communeId.isBlank() ? null : communeId.strip();
    if (id != null) {
      user.requireCommune(id);
      return List.of(communes.findById(id)
          .orElseThrow(() -> ApiException.notFound("Không có xã/phường '" + abbreviate(id) + "'.")));
    }
    if (user.isAdmin()) {
      return communes.findAllByOrderByName();
    }
    if (user.tenantIds().size() == 1) {
      return communes.findById(user.tenantIds().get(0)).map(List::of)
          .orElseThrow(() -> ApiException.notFound("Không có xã/phường '" + user.tenantIds().get(0) + "'."));
    }
    throw ApiException.badRequest("Chọn xã/phường cần xem (tham số communeId).");
  }

  private static int limit(String text) {
    return limit(text, "Số hồ sơ hiển thị");
  }

  private static int limit(String text, String what) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest(what + " (tham số limit) phải là số nguyên từ 1 đến " + MAX_LIMIT
        + ", nhận được \"" + abbreviate(text) + "\".");
  }

  private static String abbreviate(String text) {
    String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
    return clean.length() > 20 ? clean.substring(0, 20) + "…" : clean;
  }
}
