package vn.gov.commune.organisation;

import vn.gov.commune.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: two communes with their units, one user per role in each (password = user
 * id, as in Camunda's own demo, exempt from the password policy), the administrator demo/demo and the portal's system account
 * portal/portal (used by the simulated DVCQG). Idempotent.
 */
@Component
@ConditionalOnProperty("app.demo.enabled")
@Order(IdentityBootstrap.ORDER + 10)
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  record DemoFile(List<DemoCommune> communes, DemoUser admin, DemoUser portal) {}

  record DemoCommune(
      String id, String name, String province, String agencyCode, List<DemoUnit> units, List<DemoUser> users) {}

  record DemoUnit(String code, String name) {}

  record DemoUser(String id, String firstName, String lastName, String role, String unit) {}

  private final IdentityService identity;
  private final CommuneRepository communes;
  private final TransactionTemplate transaction;

  public DemoData(IdentityService identity, CommuneRepository communes, TransactionTemplate transaction) {
    this.identity = identity;
    this.communes = communes;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    DemoFile demo;
    try (InputStream in = new ClassPathResource("organisation/demo-communes.json").getInputStream()) {
      demo = new ObjectMapper().readValue(in, DemoFile.class);
    }
    transaction.executeWithoutResult(status -> demo.communes().forEach(this::createCommune));
    createUser(demo.admin(), Roles.ADMIN);
    createUser(demo.portal(), Roles.PORTAL);
    LOG.info("Demo data ready: communes {}, the administrator demo/demo and the portal account portal/portal", demo.communes().stream().map(DemoCommune::id).toList());
  }

  private void createCommune(DemoCommune demo) {
    if (identity.createTenantQuery().tenantId(demo.id()).count() == 0) {
      Tenant tenant = identity.newTenant(demo.id());
      tenant.setName(demo.name());
      identity.saveTenant(tenant);
    }
    if (communes.existsById(demo.id())) {
      return;
    }
    Commune commune = new Commune(demo.id(), demo.name(), demo.province(), demo.agencyCode());
    for (DemoUnit unit : demo.units()) {
      OrgUnit orgUnit = commune.addUnit(unit.code(), unit.name());
      demo.users().stream().filter(u -> unit.code().equals(u.unit())).forEach(u -> orgUnit.getMembers().add(u.id()));
    }
    communes.save(commune);
    for (DemoUser user : demo.users()) {
      if (createUser(user, user.role())) {
        identity.createTenantUserMembership(demo.id(), user.id());
      }
    }
  }

  private boolean createUser(DemoUser demo, String role) {
    if (identity.createUserQuery().userId(demo.id()).count() > 0) {
      return false;
    }
    User user = identity.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setEmail(demo.id() + "@demo.invalid");
    user.setPassword(demo.id());
    // the demo's well-known passwords are exempt from the staff password policy (they exist only here)
    ((IdentityServiceImpl) identity).saveUser(user, true);
    identity.createMembership(demo.id(), role);
    return true;
  }
}
