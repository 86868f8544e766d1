package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.digitisation.DigitisationController.RecordView;
import vn.gov.commune.digitisation.DigitisationService;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/**
 * Dossiers found through their digitised components: the search by the text of the components, and
 * the digitisation records of one dossier. Here rather than in {@code digitisation}, because who may
 * see which dossier is the dossier module's rule ({@link DossierActions#canSee}); digitisation does
 * not know dossiers.
 */
@RestController
class DossierSearchController {

  private final DossierSearch search;
  private final DigitisationService digitisation;
  private final DossierRepository dossiers;

  DossierSearchController(DossierSearch search, DigitisationService digitisation, DossierRepository dossiers) {
    this.search = search;
    this.digitisation = digitisation;
    this.dossiers = dossiers;
  }

  @GetMapping("/api/search/dossiers")
  public List<DossierSearch.Hit> searchDossiers(
      @RequestParam("q") String q, @RequestParam(name = "limit", defaultValue = "50") int limit, CurrentUser user) {
    if (q.strip().length() < 2) {
      throw ApiException.badRequest("Nhập ít nhất 2 ký tự để tìm kiếm.");
    }
    return search.search(user, q, Math.max(1, Math.min(limit, 200)));
  }

  @GetMapping("/api/digitisation/dossiers/{code}")
  public List<RecordView> dossierRecords(@PathVariable String code, CurrentUser user) {
    dossiers.findByCode(code).filter(d -> DossierActions.canSee(user, d))
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy hồ sơ có mã " + code + "."));
    return digitisation.records(code).stream().map(RecordView::of).toList();
  }
}
