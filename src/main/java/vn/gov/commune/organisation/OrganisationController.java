package vn.gov.commune.organisation;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/** The communes a user belongs to and their units; another commune's data is refused with 403. */
@RestController
@RequestMapping("/api/communes")
class OrganisationController {

  private final CommuneRepository communes;

  public OrganisationController(CommuneRepository communes) {
    this.communes = communes;
  }

  @GetMapping
  public List<Commune> communes(CurrentUser user) {
    return user.isAdmin() ? communes.findAllByOrderByName() : communes.findByIdInOrderByName(user.tenantIds());
  }

  @GetMapping("/{communeId}/units")
  @Transactional(readOnly = true)
  public List<OrgUnit> units(@PathVariable String communeId, CurrentUser user) {
    user.requireCommune(communeId);
    return communes
        .findById(communeId)
        .map(c -> List.copyOf(c.getUnits()))
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy xã/phường '" + communeId + "'."));
  }
}
