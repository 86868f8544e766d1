package vn.gov.commune.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.security.Roles;

/**
 * Tasklist's filters, kept up to date at each start and every {@code app.tasklist.filter-sync}
 * (5 minutes by default):
 *
 * <ul>
 *   <li>"Việc của tôi" and "Việc của nhóm tôi" for every role, as before, now also showing the
 *       task's card (dossier code, applicant, procedure; plan number, task content: {@link TaskCards});
 *   <li>for each commune (Camunda tenant): "Sắp đến hạn" (due within one working day, not yet
 *       overdue), "Quá hạn", "Kế hoạch chuyển đổi số" and one filter per procedure of the catalogue,
 *       each limited to the commune's tasks and readable only by the commune's staff.
 * </ul>
 *
 * <p>A filter can only be granted to a user or a group, and a commune is a tenant: so each commune
 * has a group {@code staff.<commune>} ("Cán bộ <commune>") whose members are kept equal to the
 * commune's members (its tenant's users, directly or through a group). Staff are added to or removed
 * from the commune (tenant) in Camunda Admin, never to the staff group by hand: the next sync makes
 * the group follow the tenant.
 *
 * <p>The commune filters belong to the product: their name, query and properties are set back at each
 * sync, and the filters of a procedure or commune that no longer exists are removed. They carry
 * {@value #COMMUNE_PROPERTY} and {@value #KIND_PROPERTY} in their properties to be found again. The two
 * default filters keep what an administrator changed, except that their card variables are added.
 */
@Component
@Order(IdentityBootstrap.ORDER + 30)
public class TaskFilterBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilterBootstrap.class);

  public static final String STAFF_GROUP_PREFIX = "staff.";
  static final String STAFF_GROUP_TYPE = "commune";
  static final String COMMUNE_PROPERTY = "communeId";
  static final String KIND_PROPERTY = "filterKind";
  static final String VARIABLES_PROPERTY = "variables";
  static final String DUE_SOON = "due-soon";
  static final String OVERDUE = "overdue";
  static final String PLAN = "plan";
  static final String PROCEDURE_PREFIX = "procedure:";
  /** A procedure's filter name is cut here (the full name is in its description, shown on hover). */
  static final int MAX_NAME = 60;

  private final IdentityService identity;
  private final FilterService filters;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ProcedureCatalogue catalogue;
  private final IdentityBootstrap grants;

  public TaskFilterBootstrap(
      IdentityService identity,
      FilterService filters,
      TaskService tasks,
      RuntimeService runtime,
      ProcedureCatalogue catalogue,
      IdentityBootstrap grants) {
    this.identity = identity;
    this.filters = filters;
    this.tasks = tasks;
    this.runtime = runtime;
    this.catalogue = catalogue;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    sync();
    labelOpenTasks();
  }

  @Scheduled(initialDelayString = "${app.tasklist.filter-sync:PT5M}", fixedDelayString = "${app.tasklist.filter-sync:PT5M}")
  void scheduledSync() {
    try {
      sync();
    } catch (RuntimeException e) {
      LOG.warn("Tasklist filters not brought up to date (retried at the next sync): {}", e.toString());
    }
  }

  /** The staff groups and every filter, as they should be now. */
  public synchronized void sync() {
    grants.grantTaskRights();
    defaultFilters();
    List<Procedure> procedures = catalogue.currentAll();
    Set<String> communes = new HashSet<>();
    for (Tenant tenant : identity.createTenantQuery().list()) {
      communes.add(tenant.getId());
      String group = staffGroup(tenant);
      communeFilters(tenant, group, procedures);
    }
    for (Filter filter : productFilters()) {
      if (!communes.contains(property(filter, COMMUNE_PROPERTY))) {
        filters.deleteFilter(filter.getId());
      }
    }
  }

  // ---- the two default filters ----------------------------------------------------------------

  private void defaultFilters() {
    defaultFilter(
        "Việc của tôi", "Công việc đang giao cho tôi", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    defaultFilter(
        "Việc của nhóm tôi",
        "Công việc chờ nhóm của tôi nhận xử lý",
        -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
  }

  private void defaultFilter(String name, String description, int priority, TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
    if (existing == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put(VARIABLES_PROPERTY, TaskCards.filterVariables());
      Filter filter = filters.newTaskFilter(name).setOwner(Roles.ADMIN).setProperties(properties).setQuery(query);
      filters.saveFilter(filter);
      for (String role : IdentityBootstrap.TASK_ROLES) {
        grants.grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    } else {
      Map<String, Object> properties = new LinkedHashMap<>(existing.getProperties() == null ? Map.of() : existing.getProperties());
      if (!sameJson(properties.get(VARIABLES_PROPERTY), TaskCards.filterVariables())) {
        properties.put(VARIABLES_PROPERTY, TaskCards.filterVariables());
        filters.saveFilter(existing.setProperties(properties));
      }
    }
  }

  // ---- a commune's staff group ----------------------------------------------------------------

  /** The commune's staff group, created if missing, its members made equal to the commune's. */
  String staffGroup(Tenant tenant) {
    String groupId = STAFF_GROUP_PREFIX + tenant.getId();
    String name = "Cán bộ " + (tenant.getName() == null ? tenant.getId() : tenant.getName());
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identity.newGroup(groupId);
      group.setName(name);
      group.setType(STAFF_GROUP_TYPE);
      identity.saveGroup(group);
    } else if (!name.equals(group.getName())) {
      group.setName(name);
      identity.saveGroup(group);
    }
    Set<String> wanted = communeMembers(tenant.getId());
    Set<String> present = new HashSet<>();
    for (User user : identity.createUserQuery().memberOfGroup(groupId).unlimitedList()) {
      present.add(user.getId());
      if (!wanted.contains(user.getId())) {
        identity.deleteMembership(user.getId(), groupId);
      }
    }
    for (String userId : wanted) {
      if (!present.contains(userId)) {
        identity.createMembership(userId, groupId);
      }
    }
    return groupId;
  }

  /** The users of the commune: its tenant's members, and the members of groups that are (not the staff groups). */
  private Set<String> communeMembers(String tenantId) {
    Set<String> members = new LinkedHashSet<>();
    identity.createUserQuery().memberOfTenant(tenantId).unlimitedList().forEach(u -> members.add(u.getId()));
    for (Group group : identity.createGroupQuery().memberOfTenant(tenantId).unlimitedList()) {
      if (!group.getId().startsWith(STAFF_GROUP_PREFIX)) {
        identity.createUserQuery().memberOfGroup(group.getId()).unlimitedList().forEach(u -> members.add(u.getId()));
      }
    }
    return members;
  }

  // ---- a commune's filters --------------------------------------------------------------------

  private record Wanted(String kind, String name, String description, int priority, String color, TaskQuery query) {}

  private void communeFilters(Tenant tenant, String group, List<Procedure> procedures) {
    String commune = tenant.getId();
    String communeName = tenant.getName() == null ? commune : tenant.getName();
    List<Wanted> wanted = new ArrayList<>();
    wanted.add(new Wanted(
        DUE_SOON,
        "Sắp đến hạn",
        "Việc của " + communeName + " đến hạn trong 1 ngày làm việc (hôm nay hoặc ngày làm việc tiếp theo), chưa quá hạn",
        1,
        "#f0ad4e",
        communeTasks(commune).dueAfterExpression("${now()}").dueBeforeExpression("${" + TaskFilterDates.BEAN + ".dueSoonBefore()}")));
    wanted.add(new Wanted(
        OVERDUE, "Quá hạn", "Việc của " + communeName + " đã quá hạn xử lý", 2, "#d9534f",
        communeTasks(commune).dueBeforeExpression("${now()}")));
    wanted.add(new Wanted(
        PLAN, "Kế hoạch chuyển đổi số", "Rà soát kế hoạch, phân công, báo cáo và xác nhận nhiệm vụ của " + communeName, 3, null,
        communeTasks(commune).processDefinitionKeyIn("plan-review", "plan-task")));
    int priority = 10;
    for (Procedure procedure : procedures) {
      wanted.add(new Wanted(
          PROCEDURE_PREFIX + procedure.getCode(),
          shortName(procedure.getName()),
          "Hồ sơ thủ tục " + procedure.getName() + " (mã " + procedure.getCode() + ") của " + communeName,
          priority++,
          null,
          communeTasks(commune).processVariableValueEquals("procedureCode", procedure.getCode())));
    }

    Map<String, Filter> existing = new LinkedHashMap<>();
    for (Filter filter : productFilters()) {
      if (commune.equals(property(filter, COMMUNE_PROPERTY))) {
        Filter duplicate = existing.put(property(filter, KIND_PROPERTY), filter);
        if (duplicate != null) { // two nodes started at once: keep one
          filters.deleteFilter(duplicate.getId());
        }
      }
    }
    for (Wanted want : wanted) {
      Filter filter = existing.remove(want.kind());
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put(COMMUNE_PROPERTY, commune);
      properties.put(KIND_PROPERTY, want.kind());
      properties.put("description", want.description());
      properties.put("priority", want.priority());
      properties.put("refresh", true);
      if (want.color() != null) {
        properties.put("color", want.color());
      }
      properties.put(VARIABLES_PROPERTY, TaskCards.filterVariables());
      if (filter == null) {
        filter = filters.newTaskFilter(want.name()).setOwner(Roles.ADMIN).setProperties(properties).setQuery(want.query());
        filters.saveFilter(filter);
      } else if (!same(filter, want.name(), properties, want.query())) {
        filters.saveFilter(filter.setName(want.name()).setProperties(properties).setQuery(want.query()));
      }
      grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
    existing.values().forEach(stale -> filters.deleteFilter(stale.getId()));
  }

  private TaskQuery communeTasks(String commune) {
    return tasks.createTaskQuery().tenantIdIn(commune);
  }

  private List<Filter> productFilters() {
    return filters.createTaskFilterQuery().list().stream().filter(f -> property(f, KIND_PROPERTY) != null).toList();
  }

  private static String property(Filter filter, String name) {
    Object value = filter.getProperties() == null ? null : filter.getProperties().get(name);
    return value == null ? null : value.toString();
  }

  private boolean same(Filter filter, String name, Map<String, Object> properties, TaskQuery query) {
    FilterEntity wanted = (FilterEntity) filters.newTaskFilter(name).setProperties(properties).setQuery(query);
    FilterEntity present = (FilterEntity) filter;
    return Objects.equals(filter.getName(), name)
        && JsonUtil.asObject(present.getPropertiesInternal()).equals(JsonUtil.asObject(wanted.getPropertiesInternal()))
        && JsonUtil.asObject(present.getQueryInternal()).equals(JsonUtil.asObject(wanted.getQueryInternal()));
  }

  private static boolean sameJson(Object present, Object wanted) {
    return present != null && JsonUtil.asString(present).equals(JsonUtil.asString(wanted));
  }

  static String shortName(String name) {
    String clean = name.strip().replaceAll("\\s+", " ");
    if (clean.length() <= MAX_NAME) {
      return clean;
    }
    String cut = clean.substring(0, MAX_NAME - 1);
    int space = cut.lastIndexOf(' ');
    return (space > MAX_NAME / 2 ? cut.substring(0, space) : cut).replaceAll("[,;:\\s]+$", "") + "…";
  }

  // ---- tasks opened before this version --------------------------------------------------------

  /** Gives the open tasks without a card (created before this version) their card. */
  void labelOpenTasks() {
    Set<String> labelled = new HashSet<>();
    runtime.createVariableInstanceQuery().variableNameIn(TaskCards.SOURCES.keySet().toArray(String[]::new)).unlimitedList()
        .forEach(v -> labelled.add(v.getTaskId()));
    int count = 0;
    for (Task task : tasks.createTaskQuery().unlimitedList()) {
      if (task.getExecutionId() == null || labelled.contains(task.getId())) {
        continue;
      }
      Map<String, Object> process = runtime.getVariables(task.getExecutionId(), List.copyOf(TaskCards.SOURCES.values()));
      Map<String, Object> cards = TaskCards.cards(process::get);
      if (!cards.isEmpty()) {
        tasks.setVariablesLocal(task.getId(), cards);
        count++;
      }
    }
    if (count > 0) {
      LOG.info("Gave {} open tasks their task-list card (dossier code, applicant, procedure, plan)", count);
    }
  }
}
