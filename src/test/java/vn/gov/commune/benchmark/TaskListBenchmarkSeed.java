package vn.gov.commune.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.gov.commune.security.Roles;

/**
 * Open tasks in bulk, for {@link TaskListBenchmark} and the isolation tests: each task is the row of a
 * dossier step ("Tiếp nhận hồ sơ" for {@code clerk}, "Thẩm định hồ sơ" for {@code specialist}, "Phê
 * duyệt, ký số" for {@code leader}, in the ratio 5:3:2) of a commune, with its candidate-group identity
 * link and exactly the authorization rows the engine's {@code ResourceAuthorizationProvider} gives such a
 * task (asked once per step, so a change of the authorization design shows here too). Written with
 * batched SQL: a task belongs to the deployed process definition but to no process instance, so only
 * queries (lists, counts, filters, by id) and refused actions may touch it; {@link #remove} deletes them.
 * Task ids start with the given prefix.
 */
public final class TaskListBenchmarkSeed {

  /** A seeded task's step: its candidate group, process and activity. */
  public record Step(String group, String processKey, String activityId, String name) {}

  public static final List<Step> STEPS = List.of(
      new Step(Roles.CLERK, "dossier", "UserTask_ReceiveDossier", "Tiếp nhận hồ sơ"),
      new Step(Roles.SPECIALIST, "dossier-processing", "UserTask_ReviewDossier", "Thẩm định hồ sơ"),
      new Step(Roles.LEADER, "dossier-processing", "UserTask_ApproveDossier", "Phê duyệt, ký số"));

  private final DataSource dataSource;
  private final ProcessEngineConfigurationImpl engine;
  private final RepositoryService repository;

  public TaskListBenchmarkSeed(DataSource dataSource, ProcessEngineConfigurationImpl engine, RepositoryService repository) {
    this.dataSource = dataSource;
    this.engine = engine;
    this.repository = repository;
  }

  /** The step of the {@code n}-th task: of every 10 tasks of a commune 5 clerk, 3 specialist, 2 leader tasks. */
  public static Step step(int n, int communes) {
    int slot = (n / communes) % 10;
    return slot < 5 ? STEPS.get(0) : slot < 8 ? STEPS.get(1) : STEPS.get(2);
  }

  /** The authorization rows the engine gives a new task of the step (asked for a probe task, not stored). */
  List<AuthorizationEntity> authorizationsFor(Step step, String processDefinitionId) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity probe = new TaskEntity();
      probe.setId("probe-" + UUID.randomUUID());
      probe.setProcessDefinitionId(processDefinitionId);
      AuthorizationEntity[] rows = engine.getResourceAuthorizationProvider()
          .newTaskGroupIdentityLink(probe, step.group(), IdentityLinkType.CANDIDATE);
      return rows == null ? List.<AuthorizationEntity>of() : List.of(rows);
    });
  }

  /**
   * Adds the tasks number {@code from} to {@code to - 1}: task {@code n} belongs to commune
   * {@code tenants.get(n % tenants.size())}, was created {@code to - n} minutes ago and is due between
   * 10 days ago and 20 days ahead. Returns the ids, in order.
   */
  public List<String> seed(List<String> tenants, int from, int to, String idPrefix) throws SQLException {
    Map<String, String> definitions = new HashMap<>();
    Map<Step, List<AuthorizationEntity>> authorizations = new HashMap<>();
    for (Step step : STEPS) {
      ProcessDefinition definition = repository.createProcessDefinitionQuery()
          .processDefinitionKey(step.processKey()).withoutTenantId().latestVersion().singleResult();
      definitions.put(step.processKey(), definition.getId());
      authorizations.put(step, authorizationsFor(step, definition.getId()));
    }
    List<String> ids = new ArrayList<>();
    long now = ClockUtil.getCurrentTime().getTime();
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement task = c.prepareStatement(
              "insert into ACT_RU_TASK (ID_, REV_, NAME_, PROC_DEF_ID_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_,"
                  + " DUE_DATE_, SUSPENSION_STATE_, TENANT_ID_, TASK_STATE_) values (?, 1, ?, ?, ?, 50, ?, ?, ?, 1, ?, 'Created')");
          PreparedStatement link = c.prepareStatement(
              "insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_, TENANT_ID_) values (?, 1, ?, 'candidate', ?, ?)");
          PreparedStatement auth = c.prepareStatement(
              "insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                  + " values (?, 1, ?, ?, ?, ?, ?, ?)")) {
        int batch = 0;
        for (int n = from; n < to; n++) {
          String tenant = tenants.get(n % tenants.size());
          Step step = step(n, tenants.size());
          String id = idPrefix + UUID.randomUUID();
          ids.add(id);
          long created = now - (long) (to - n) * 60_000L;
          long due = created + ((n * 7L) % 30 - 10) * 86_400_000L;
          task.setString(1, id);
          task.setString(2, step.name());
          task.setString(3, definitions.get(step.processKey()));
          task.setString(4, step.activityId());
          task.setTimestamp(5, new Timestamp(created));
          task.setTimestamp(6, new Timestamp(created));
          task.setTimestamp(7, new Timestamp(due));
          task.setString(8, tenant);
          task.addBatch();
          link.setString(1, idPrefix + UUID.randomUUID());
          link.setString(2, step.group());
          link.setString(3, id);
          link.setString(4, tenant);
          link.addBatch();
          for (AuthorizationEntity row : authorizations.get(step)) {
            auth.setString(1, idPrefix + UUID.randomUUID());
            auth.setInt(2, row.getAuthorizationType());
            auth.setString(3, row.getGroupId());
            auth.setString(4, row.getUserId());
            auth.setInt(5, row.getResourceType());
            auth.setString(6, id);
            auth.setInt(7, row.getPermissions());
            auth.addBatch();
          }
          if (++batch == 1000) {
            flush(c, task, link, auth);
            batch = 0;
          }
        }
        flush(c, task, link, auth);
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
    return ids;
  }

  private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
    c.commit();
  }

  /** Deletes the seeded tasks whose ids start with {@code idPrefix}, with their links and authorizations. */
  public void remove(String idPrefix) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      // the product's pool hands out connections without auto-commit: commit, or the pool rolls it back
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (String sql : List.of(
            "delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = 7 and RESOURCE_ID_ like ?",
            "delete from ACT_RU_IDENTITYLINK where TASK_ID_ like ?",
            "delete from ACT_RU_TASK where ID_ like ?")) {
          try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setString(1, idPrefix + "%");
            delete.executeUpdate();
          }
        }
        c.commit();
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }
}
