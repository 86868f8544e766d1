package vn.gov.commune.organisation;

import vn.gov.commune.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Process definitions are shared by all communes; each process instance belongs to one commune
 * (its Camunda tenant), so that tenant checks keep every commune to its own instances and tasks.
 *
 * <p>The commune is, in order: for a call activity, the variable {@value #CALLED_COMMUNE_VARIABLE}
 * as the calling activity sees it (an input parameter in the model), else the tenant of the calling
 * process; the variable
 * {@value #COMMUNE_VARIABLE}, which the starting user must belong to; the only commune of the
 * starting user. A user of several communes must name one; a system start (message from the
 * portal, timer) must pass the variable.
 */
@Component
class CommuneTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  public static final String COMMUNE_VARIABLE = "communeId";
  public static final String CALLED_COMMUNE_VARIABLE = "calledCommuneId";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      // A call activity runs in the commune the model passes (the competent commune of a dossier
      // received elsewhere), else in the caller's.
      // (the called instance's own variables are not mapped yet: read the calling activity's)
      Object called = ctx.getSuperExecution().getVariable(CALLED_COMMUNE_VARIABLE);
      return called != null ? called.toString() : ctx.getSuperExecution().getTenantId();
    }
    Object requested = ctx.getVariables() == null ? null : ctx.getVariables().get(COMMUNE_VARIABLE);
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (requested != null) {
      String communeId = requested.toString();
      if (authentication != null && !isAdmin(authentication) && !tenants(authentication).contains(communeId)) {
        throw new AuthorizationException(
            "Người dùng '" + authentication.getUserId() + "' không thuộc xã/phường '" + communeId + "'.");
      }
      return communeId;
    }
    if (authentication != null && tenants(authentication).size() == 1) {
      return tenants(authentication).get(0);
    }
    throw new BadUserRequestException(
        "Không xác định được xã/phường của hồ sơ: truyền biến '" + COMMUNE_VARIABLE + "' khi khởi tạo quy trình.");
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  private static boolean isAdmin(Authentication authentication) {
    List<String> groups = authentication.getGroupIds();
    return groups != null && groups.contains(Roles.ADMIN);
  }

  private static List<String> tenants(Authentication authentication) {
    return authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds();
  }
}
