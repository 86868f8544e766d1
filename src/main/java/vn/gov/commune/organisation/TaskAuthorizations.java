package vn.gov.commune.organisation;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.commune.security.Roles;

/**
 * Who may read and who may work on a task, designed for many open tasks (issue 15: a clerk's task list
 * stays fast with 100,000 open tasks across 100 communes).
 *
 * <ul>
 *   <li><b>Commune:</b> every task belongs to its commune's tenant; Camunda's tenant check keeps every
 *       query and action to the caller's communes, as before.
 *   <li><b>Reading:</b> a role reads the tasks of the process definitions it has steps in ({@code
 *       READ_TASK}, granted per role and process key by {@link IdentityBootstrap#grantTaskRights}).
 *   <li><b>Working</b> (claim, complete, submit a form, delegate, resolve, BPMN error or escalation):
 *       the role's {@code TASK_WORK} on those process definitions, narrowed by {@link Guard} to the
 *       task's own candidates: its assignee, a candidate user, or a member of a candidate group.
 * </ul>
 *
 * <p>Camunda's default provider instead writes one authorization row per task and candidate group
 * (READ and TASK_WORK), and every task query joins the caller's rows with {@code AUTH.RESOURCE_ID_ =
 * RES.ID_ OR … = D.KEY_ OR … = '*'}, which MariaDB can only answer by comparing every task of the
 * commune with every such row of the caller's groups, in all communes: the cost grew with the square of
 * the open tasks (38 s for one clerk's list at 100,000). Without those rows the join holds a handful of
 * group grants. Assignees, owners and candidate users keep Camunda's own per-task row.
 */
@Component
public class TaskAuthorizations extends AbstractProcessEnginePlugin {

  /** What Camunda's provider gave a candidate group on its task (READ | TASK_WORK); removed at start. */
  static final int OLD_GROUP_TASK_PERMISSIONS = 2 | 16384;

  /** The commands that work on a task, all with a field {@code taskId}. */
  static final Set<String> TASK_WORK_COMMANDS = Set.of(
      "ClaimTaskCmd", "CompleteTaskCmd", "SubmitTaskFormCmd", "DelegateTaskCmd", "ResolveTaskCmd",
      "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Guard());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Camunda's provider, without the per-task rows of candidate groups. */
  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      return null;
    }
  }

  /** Refuses work on a task to a person who is not one of its candidates (nor its assignee). */
  static class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (TASK_WORK_COMMANDS.contains(command.getClass().getSimpleName())) {
        check(command);
      } else if (command instanceof VariableInstanceQueryImpl query && isCardQuery(query)) {
        return cards(query, command);
      }
      return next.execute(command);
    }

    /** Tasklist's list asks for the card variables of the listed tasks (and their process instances). */
    private static boolean isCardQuery(VariableInstanceQueryImpl query) {
      String[] names = query.getVariableNames();
      return names != null && names.length > 0 && query.getTaskIds() == null && query.getVariableScopeIds() != null
          && TaskCards.SOURCES.keySet().containsAll(List.of(names));
    }

    /**
     * The task cards ({@link TaskCards}) of the tasks the person may read: reading a task variable needs
     * READ on that very task, which the roles no longer hold per task. The scopes are cut down to the
     * tasks the person's own task query returns (role and commune checks), then only the card variables
     * of those tasks are read; the tenant check still applies.
     */
    private <T> T cards(VariableInstanceQueryImpl query, Command<T> command) {
      CommandContext context = Context.getCommandContext();
      Authentication authentication = context == null ? null : context.getAuthentication();
      if (authentication == null || authentication.getUserId() == null || !context.isAuthorizationCheckEnabled()) {
        return next.execute(command);
      }
      List<String> readable = new ArrayList<>();
      context.getProcessEngineConfiguration().getTaskService().createTaskQuery()
          .taskIdIn(query.getVariableScopeIds()).list().forEach(task -> readable.add(task.getId()));
      query.variableScopeIdIn(readable.isEmpty() ? new String[] {"-"} : readable.toArray(String[]::new));
      context.disableAuthorizationCheck();
      try {
        return next.execute(command);
      } finally {
        context.enableAuthorizationCheck();
      }
    }

    private void check(Command<?> command) {
      CommandContext context = Context.getCommandContext();
      Authentication authentication = context == null ? null : context.getAuthentication();
      if (authentication == null || authentication.getUserId() == null || !context.isAuthorizationCheckEnabled()) {
        return; // the product itself (jobs, listeners, services without a person)
      }
      List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
      if (groups.contains(Roles.ADMIN)) {
        return;
      }
      String taskId = taskId(command);
      if (taskId == null) {
        return;
      }
      TaskEntity task = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
      if (task == null || task.getProcessDefinitionId() == null
          || (task.getTenantId() != null && (authentication.getTenantIds() == null || !authentication.getTenantIds().contains(task.getTenantId())))) {
        return; // unknown, standalone (its own per-task rows apply) or another commune's: the command refuses it as before
      }
      String userId = authentication.getUserId();
      if (userId.equals(task.getAssignee())) {
        return;
      }
      for (IdentityLinkEntity link : task.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())
            && (userId.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId())))) {
          return;
        }
      }
      throw new AuthorizationException(
          "Người dùng '" + userId + "' không được xử lý công việc này: công việc được giao cho nhóm hoặc người khác.");
    }

    private static String taskId(Command<?> command) {
      for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
        try {
          Field field = type.getDeclaredField("taskId");
          field.setAccessible(true);
          Object value = field.get(command);
          return value == null ? null : value.toString();
        } catch (NoSuchFieldException e) {
          // look in the superclass
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
      throw new IllegalStateException("no taskId in " + command.getClass().getName());
    }
  }
}
