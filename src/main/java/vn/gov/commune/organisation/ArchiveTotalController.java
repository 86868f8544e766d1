package vn.gov.commune.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/**
 * The number of archive documents a commune declared it holds (the base of the digitised share the
 * Cockpit "Giám sát" page shows against the 30% target): {@code GET} and
 * {@code PUT {"declaredTotal": 12000}} on {@code /api/admin/communes/{communeId}/archive-total}.
 * Administrators only, like every {@code /api/admin/**} path.
 */
@RestController
@RequestMapping("/api/admin/communes/{communeId}/archive-total")
class ArchiveTotalController {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveTotalController.class);
  /** More documents than any commune archive holds: a typing error. */
  static final long MAX_TOTAL = 100_000_000L;

  private final CommuneRepository communes;

  ArchiveTotalController(CommuneRepository communes) {
    this.communes = communes;
  }

  public record ArchiveTotal(String communeId, String communeName, Long declaredTotal) {}

  public record ArchiveTotalChange(Long declaredTotal) {}

  @GetMapping
  @Transactional(readOnly = true)
  public ArchiveTotal get(@PathVariable String communeId) {
    Commune commune = commune(communeId);
    return new ArchiveTotal(commune.getId(), commune.getName(), commune.getArchiveDeclaredTotal());
  }

  @PutMapping
  @Transactional
  public ArchiveTotal set(@PathVariable String communeId, @RequestBody(required = false) ArchiveTotalChange change, CurrentUser user) {
    Commune commune = commune(communeId);
    Long total = change == null ? null : change.declaredTotal();
    if (total == null) {
      throw ApiException.badRequest("Nhập tổng số hồ sơ, tài liệu lưu trữ xã/phường đang quản lý (declaredTotal, một số nguyên dương).");
    }
    if (total < 1 || total > MAX_TOTAL) {
      throw ApiException.badRequest("Tổng số hồ sơ, tài liệu lưu trữ phải từ 1 đến " + MAX_TOTAL + " (nhận được " + total + ").");
    }
    Long before = commune.getArchiveDeclaredTotal();
    commune.setArchiveDeclaredTotal(total);
    communes.save(commune);
    LOG.info("Archive total of {} set from {} to {} by {}", commune.getId(), before, total, user.userId());
    return new ArchiveTotal(commune.getId(), commune.getName(), total);
  }

  private Commune commune(String communeId) {
    return communes.findById(communeId)
        .orElseThrow(() -> ApiException.notFound("Không có xã/phường '" + abbreviate(communeId) + "'."));
  }

  private static String abbreviate(String text) {
    String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
    return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
  }
}
