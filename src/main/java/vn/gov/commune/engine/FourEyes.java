package vn.gov.commune.engine;

import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.commune.security.Roles;

/**
 * Four eyes: whoever reviews a request never approves and signs it, and the approver is a leader of
 * the commune the process instance belongs to. Checked in the engine (the approval task's complete
 * listener), so it holds for Tasklist, the engine's REST API and any other caller.
 *
 * <p>Who completed a task comes from Camunda's history (the user operation log records the
 * authenticated user of every completion), never from a process variable a person could set.
 */
@Component("fourEyes")
public class FourEyes {

  private final IdentityService identity;
  private final HistoryService history;

  public FourEyes(IdentityService identity, HistoryService history) {
    this.identity = identity;
    this.history = history;
  }

  /**
   * Refuses the completion of {@code approval} unless the authenticated user is a leader of the
   * task's commune who completed no {@code reviewTaskKey} task of the same process instance.
   *
   * @return the approver's user id
   */
  public String requireApprover(DelegateTask approval, String reviewTaskKey) {
    Authentication authentication = identity.getCurrentAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    if (user == null) {
      throw new AuthorizationException("Việc phê duyệt, ký phải do lãnh đạo đăng nhập thực hiện.");
    }
    String commune = approval.getTenantId();
    boolean leader = SystemCalls.asSystem(identity, () ->
        identity.createGroupQuery().groupMember(user).groupId(Roles.LEADER).count() > 0
            && identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).tenantId(commune).count() > 0);
    if (!leader) {
      throw new AuthorizationException(
          "Người dùng '" + user + "' không phải lãnh đạo của xã/phường '" + commune + "': không được phê duyệt, ký.");
    }
    if (completedBy(approval.getProcessInstanceId(), reviewTaskKey).contains(user)) {
      throw new AuthorizationException(
          "Người đã thẩm định, đối chiếu hồ sơ không được đồng thời phê duyệt, ký (nguyên tắc bốn mắt).");
    }
    return user;
  }

  /** The user who last completed a {@code taskKey} task of the process instance, or null. */
  public String lastCompleter(String processInstanceId, String taskKey) {
    List<String> users = completions(processInstanceId, taskKey);
    return users.isEmpty() ? null : users.get(users.size() - 1);
  }

  /** Every user who completed a {@code taskKey} task of the process instance. */
  public Set<String> completedBy(String processInstanceId, String taskKey) {
    return Set.copyOf(completions(processInstanceId, taskKey));
  }

  /** Users who completed the {@code taskKey} tasks of the instance, oldest first. */
  private List<String> completions(String processInstanceId, String taskKey) {
    return SystemCalls.asSystem(identity, () -> {
      Map<String, Date> ended = history.createHistoricTaskInstanceQuery()
          .processInstanceId(processInstanceId)
          .taskDefinitionKey(taskKey)
          .finished()
          .list()
          .stream()
          .collect(Collectors.toMap(HistoricTaskInstance::getId, HistoricTaskInstance::getEndTime));
      if (ended.isEmpty()) {
        return List.of();
      }
      Map<String, String> completer = new HashMap<>();
      for (UserOperationLogEntry entry : history.createUserOperationLogQuery()
          .processInstanceId(processInstanceId)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
          .list()) {
        if (ended.containsKey(entry.getTaskId()) && entry.getUserId() != null) {
          completer.put(entry.getTaskId(), entry.getUserId());
        }
      }
      return completer.keySet().stream()
          .sorted(Comparator.comparing(ended::get))
          .map(completer::get)
          .toList();
    });
  }
}
