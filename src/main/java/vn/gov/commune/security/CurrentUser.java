package vn.gov.commune.security;

import java.util.List;
import vn.gov.commune.web.ApiException;

/**
 * The Camunda user behind an API request, with the role groups and communes (tenants) it belongs
 * to. Controllers take it as a parameter; it is the principal that
 * {@link CamundaUserAuthenticationProvider} makes once the credentials are checked.
 */
public record CurrentUser(String userId, List<String> groupIds, List<String> tenantIds) {

  public CurrentUser {
    groupIds = List.copyOf(groupIds);
    tenantIds = List.copyOf(tenantIds);
  }

  /** System administrators (group camunda-admin) see every commune. */
  public boolean isAdmin() {
    return groupIds.contains(Roles.ADMIN);
  }

  public boolean canSeeCommune(String communeId) {
    return isAdmin() || tenantIds.contains(communeId);
  }

  public void requireCommune(String communeId) {
    if (!canSeeCommune(communeId)) {
      throw ApiException.forbidden("Bạn không có quyền truy cập dữ liệu của xã/phường này.");
    }
  }
}
