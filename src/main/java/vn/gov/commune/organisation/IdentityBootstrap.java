package vn.gov.commune.organisation;

import vn.gov.commune.security.Roles;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;

/**
 * Creates what every installation needs, idempotently, at each start: the role groups, their
 * Camunda authorizations and the first administrator (the Tasklist filters: {@link TaskFilterBootstrap}). The administrator's
 * id and password come from ADMIN_USER / ADMIN_PASSWORD; without a password a random one is
 * generated and logged once. No fixed password exists outside the demo profile.
 */
@Component
@Order(IdentityBootstrap.ORDER)
public class IdentityBootstrap implements ApplicationRunner {

  static final int ORDER = 10;
  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);
  /** The processes a person may start (clerks): a dossier at the counter and the certification of copies. */
  static final List<String> CLERK_STARTS = List.of("dossier", "certify-copy");
  /** The roles that work in Tasklist. */
  static final List<String> TASK_ROLES =
      List.of(Roles.CLERK, Roles.SPECIALIST, Roles.LEADER, Roles.UNIT_HEAD, Roles.STEERING_OFFICE, Roles.SUPERVISOR);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final RepositoryService repository;
  private final ProcedureCatalogue catalogue;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final String adminUserId;
  private final String adminPassword;

  public IdentityBootstrap(
      IdentityService identity,
      AuthorizationService authorizations,
      RepositoryService repository,
      ProcedureCatalogue catalogue,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      @Value("${app.admin.user-id:admin}") String adminUserId,
      @Value("${app.admin.password:}") String adminPassword) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.repository = repository;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.adminUserId = adminUserId;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    createRoleGroups();
    grantRoles();
    deleteGroupTaskRows();
  }

  void createRoleGroups() {
    Roles.NAMES.forEach(
        (id, name) -> {
          if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(id.equals(Roles.ADMIN) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
          }
        });
  }

  /**
   * What each role may do, and nothing more: each grant below is set to exactly its permissions, so
   * a database set up by an older version converges at the next start (the clerks' former
   * CREATE_INSTANCE on every process definition is withdrawn). A role reads and works on the tasks of
   * the process definitions it has steps in ({@link #grantTaskRights}), working only on the tasks it
   * is a candidate of ({@link TaskAuthorizations}); tenant checks keep everyone to their commune.
   *
   * <p>People start only the processes of {@link #CLERK_STARTS}; the product starts the others itself
   * (their start events refuse a person, see {@code engine.SystemStartOnly}). Supervisors read
   * everything of their commune and retry its failed jobs (the incidents of Cockpit), no more.
   */
  void grantRoles() {
    for (Resource resource : Resources.values()) {
      grant(Roles.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    for (String role : TASK_ROLES) {
      grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      if (!role.equals(Roles.SUPERVISOR)) { // the supervisor's definition grants below include READ
        grant(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        grant(role, Resources.DECISION_DEFINITION, "*", Permissions.READ);
      }
    }
    grantTaskRights();
    grant(Roles.CLERK, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(Roles.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        Roles.SUPERVISOR,
        Resources.PROCESS_DEFINITION,
        "*",
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.RETRY_JOB);
    grant(Roles.SUPERVISOR, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(Roles.SUPERVISOR, Resources.TASK, "*", Permissions.READ);
    grant(Roles.SUPERVISOR, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(Roles.SUPERVISOR, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
  }

  /**
   * Each role may read ({@code READ_TASK}) and work on ({@code TASK_WORK}) the tasks of the process
   * definitions where it is a candidate group of a user task, as the deployed models say: a fixed group ({@code candidateGroups="clerk"})
   * or, for an expression, the groups the catalogue and the routing decision can name (every
   * procedure's {@code processingGroup}, and {@code leader} for the approval). The clerks also start
   * {@link #CLERK_STARTS} ({@code CREATE_INSTANCE}, on the same row). Run at every start and filter
   * sync ({@link TaskFilterBootstrap}), so a processing model added with the catalogue is covered.
   * Reading is per process, not per step: a role reads the other roles' open tasks of a process it
   * has steps in (in its own commune); working on a task needs to be its candidate
   * ({@link TaskAuthorizations.Guard}).
   */
  public void grantTaskRights() {
    Map<String, Map<String, Set<Permission>>> grants = new TreeMap<>();
    for (String process : CLERK_STARTS) {
      add(grants, Roles.CLERK, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    Set<String> dynamic = new LinkedHashSet<>();
    for (Procedure procedure : catalogue.currentAll()) {
      if (procedure.getProcessingGroup() != null && !procedure.getProcessingGroup().isBlank()) {
        dynamic.add(procedure.getProcessingGroup());
      }
    }
    dynamic.add(Roles.LEADER);
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        String candidates = task.getCamundaCandidateGroups();
        if (candidates == null || candidates.isBlank()) {
          continue;
        }
        if (candidates.contains("${") || candidates.contains("#{")) {
          dynamic.forEach(group -> addTaskRights(grants, group, definition.getKey()));
          continue;
        }
        for (String group : candidates.split(",")) {
          addTaskRights(grants, group.strip(), definition.getKey());
        }
      }
    }
    grants.forEach((group, byKey) -> byKey.forEach((key, permissions) ->
        grant(group, Resources.PROCESS_DEFINITION, key, permissions.toArray(Permission[]::new))));
  }

  private static void addTaskRights(Map<String, Map<String, Set<Permission>>> grants, String group, String key) {
    add(grants, group, key, ProcessDefinitionPermissions.READ_TASK);
    add(grants, group, key, ProcessDefinitionPermissions.TASK_WORK);
  }

  private static void add(Map<String, Map<String, Set<Permission>>> grants, String group, String key, Permission permission) {
    if (group.isEmpty() || key.equals(Authorization.ANY)) {
      return;
    }
    grants.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(key, k -> new LinkedHashSet<>()).add(permission);
  }

  /**
   * Tasks created by an older version carry one row per candidate group (READ and TASK_WORK on that
   * task); they are deleted, since the role's grants and {@link TaskAuthorizations} now decide, so that
   * task queries stop comparing every task with them. Only rows exactly as Camunda's provider wrote them.
   */
  void deleteGroupTaskRows() {
    // in a transaction: connections come without auto-commit (spring.datasource.hikari.auto-commit)
    int deleted = transaction.execute(status -> jdbc.update(
        "delete from ACT_RU_AUTHORIZATION where TYPE_ = ? and RESOURCE_TYPE_ = ? and GROUP_ID_ is not null"
            + " and RESOURCE_ID_ <> '*' and PERMS_ = ?",
        AUTH_TYPE_GRANT, Resources.TASK.resourceType(), TaskAuthorizations.OLD_GROUP_TASK_PERMISSIONS));
    if (deleted > 0) {
      LOG.info("Open tasks: removed {} per-task candidate-group authorizations (the roles' grants decide now)", deleted);
    }
  }

  /**
   * The first administrator, if the installation has none. Runs after the demo data, which brings
   * its own administrator.
   */
  @Component
  @Order(IdentityBootstrap.ORDER + 20)
  static class FirstAdministrator implements ApplicationRunner {

    private final IdentityBootstrap bootstrap;

    FirstAdministrator(IdentityBootstrap bootstrap) {
      this.bootstrap = bootstrap;
    }

    @Override
    public void run(ApplicationArguments args) {
      bootstrap.createFirstAdministrator();
    }
  }

  void createFirstAdministrator() {
    if (identity.createUserQuery().memberOfGroup(Roles.ADMIN).count() > 0) {
      return;
    }
    boolean generated = adminPassword == null || adminPassword.isBlank();
    String password = generated ? randomPassword() : adminPassword;
    User user = identity.newUser(adminUserId);
    user.setFirstName("Quản trị");
    user.setLastName("hệ thống");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(adminUserId, Roles.ADMIN);
    if (generated) {
      LOG.warn(
          "Created the administrator '{}' with the generated password: {} (shown once; change it in Camunda Admin,"
              + " or set ADMIN_PASSWORD before the first start)",
          adminUserId,
          password);
    } else {
      LOG.info("Created the administrator '{}' with the password from ADMIN_PASSWORD", adminUserId);
    }
  }

  /** Grants {@code groupId} exactly {@code permissions} on the resource: missing ones are added, others withdrawn. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (((AuthorizationEntity) existing).getPermissions() == mask(permissions)) {
      return;
    }
    authorization.setPermissions(permissions);
    authorizations.saveAuthorization(authorization);
  }

  private static int mask(Permission... permissions) {
    int mask = 0;
    for (Permission permission : permissions) {
      mask |= permission.getValue();
    }
    return mask;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
