package vn.gov.commune.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.web.ApiException;

/** Citizens look a dossier up by its code, without login: status and dates, nothing personal. */
@RestController
@Tag(name = "Tra cứu hồ sơ (công khai)")
public class PublicDossierController {

  private final DossierRepository dossiers;

  public PublicDossierController(DossierRepository dossiers) {
    this.dossiers = dossiers;
  }

  @Operation(summary = "Tra cứu tình trạng hồ sơ theo mã (không cần đăng nhập)")
  @GetMapping("/api/public/dossiers/{code}")
  @Transactional(readOnly = true)
  public DossierViews.PublicView lookUp(@PathVariable String code) {
    return dossiers
        .findByCode(code)
        .map(DossierViews.PublicView::of)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy hồ sơ có mã " + code + "."));
  }
}
