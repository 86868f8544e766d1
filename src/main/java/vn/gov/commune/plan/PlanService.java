package vn.gov.commune.plan;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.organisation.OrgUnit;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/** Plans, tasks and their history: lookups with the caller's commune checked, the log, notifications. */
@Service
public class PlanService {

  public static final String SYSTEM_ACTOR = "he-thong";
  public static final String REVIEW_PROCESS = "plan-review";
  public static final String TASK_PROCESS = "plan-task";

  private final PlanRepository plans;
  private final PlanTaskRepository tasks;
  private final PlanHistoryRepository history;
  private final PlanNotificationRepository notifications;
  private final CommuneRepository communes;
  private final IdentityService identity;

  public PlanService(
      PlanRepository plans,
      PlanTaskRepository tasks,
      PlanHistoryRepository history,
      PlanNotificationRepository notifications,
      CommuneRepository communes,
      IdentityService identity) {
    this.plans = plans;
    this.tasks = tasks;
    this.history = history;
    this.notifications = notifications;
    this.communes = communes;
    this.identity = identity;
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The user the engine acts for, or the system (timers). */
  public String actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM_ACTOR;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Plan plan(Long id) {
    return plans.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy kế hoạch số hiệu " + id + "."));
  }

  /** The plan if the user may see it; another commune's plan is "not found", as for dossiers. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Plan plan(Long id, CurrentUser user) {
    Plan plan = plan(id);
    if (!user.canSeeCommune(plan.getCommuneId())) {
      throw ApiException.notFound("Không tìm thấy kế hoạch số hiệu " + id + ".");
    }
    return plan;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public PlanTask task(Long id) {
    return tasks.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy nhiệm vụ số hiệu " + id + "."));
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public PlanTask task(Long id, CurrentUser user) {
    PlanTask task = task(id);
    if (!user.canSeeCommune(task.getPlan().getCommuneId())) {
      throw ApiException.notFound("Không tìm thấy nhiệm vụ số hiệu " + id + ".");
    }
    return task;
  }

  /**
   * The plan for its view and report: the caller's commune's own plan, or a parent plan (province
   * plan, 02-KH/BCĐTW) that one of the caller's communes implements (its plan names it as parent,
   * or one of its tasks is linked to a task of it). The report then shows only the caller's communes
   * under each parent task.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Plan planOrImplemented(Long id, CurrentUser user) {
    Plan plan = plan(id);
    if (user.canSeeCommune(plan.getCommuneId())) {
      return plan;
    }
    if (!user.tenantIds().isEmpty()
        && (plans.existsByParentIdAndCommuneIdIn(plan.getId(), user.tenantIds()) || tasks.implementsPlan(plan.getId(), user.tenantIds()))) {
      return plan;
    }
    throw ApiException.notFound("Không tìm thấy kế hoạch số hiệu " + id + ".");
  }

  /**
   * The plans this plan implements that are kept in the product and issued: its parent plan and the
   * issued plans whose numbers its "Căn cứ/Thực hiện" list names (02-KH/BCĐTW, 05-KH/TU…).
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<Plan> parentPlans(Plan plan) {
    java.util.Map<Long, Plan> found = new java.util.LinkedHashMap<>();
    // only issued plans: a draft's tasks are replaced at review, so nothing may point at them yet
    if (plan.getParent() != null && (plan.getParent().getStatus() == PlanStatus.ISSUED || plan.getParent().getStatus() == PlanStatus.CLOSED)) {
      found.put(plan.getParent().getId(), plan.getParent());
    }
    if (plan.getParentPlanNumbers() != null) {
      List<String> numbers = java.util.Arrays.stream(plan.getParentPlanNumbers().split(";")).map(String::trim).filter(n -> !n.isEmpty()).toList();
      if (!numbers.isEmpty()) {
        plans.findByNumberInAndStatusOrderById(numbers, PlanStatus.ISSUED).forEach(p -> found.putIfAbsent(p.getId(), p));
      }
    }
    found.remove(plan.getId());
    return List.copyOf(found.values());
  }

  /** The tasks a task of this plan may implement: those of its parent plans. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<PlanTask> parentTasks(Plan plan) {
    return parentPlans(plan).stream().flatMap(p -> tasks(p).stream()).toList();
  }

  /** The tasks of commune plans that implement these tasks of a parent plan. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<PlanTask> implementingTasks(java.util.Collection<Long> parentTaskIds) {
    return parentTaskIds.isEmpty() ? List.of() : tasks.findByParentTaskIdInOrderById(parentTaskIds);
  }

  /** A task by id, or null. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public PlanTask tasksById(Long id) {
    return tasks.findById(id).orElse(null);
  }

  public List<PlanTask> tasks(Plan plan) {
    return tasks.findByPlanIdOrderById(plan.getId());
  }

  public Plan save(Plan plan) {
    return plans.save(plan);
  }

  public PlanTask save(PlanTask task) {
    return tasks.save(task);
  }

  public void delete(PlanTask task) {
    tasks.delete(task);
  }

  public Commune commune(String id) {
    return communes.findById(id).orElseThrow(() -> ApiException.badRequest("Không có xã/phường '" + id + "'."));
  }

  public Optional<OrgUnit> unit(String communeId, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return commune(communeId).getUnits().stream().filter(u -> u.getCode().equalsIgnoreCase(code.trim())).findFirst();
  }

  /** The unit a text names: its code or its name (case and spacing ignored). */
  public Optional<OrgUnit> findUnit(String communeId, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = normalise(text);
    return commune(communeId).getUnits().stream()
        .filter(u -> normalise(u.getCode()).equals(wanted) || normalise(u.getName()).equals(wanted) || wanted.contains(normalise(u.getName())))
        .findFirst();
  }

  private static String normalise(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-–]+", " ").trim();
  }

  // ---- history and notifications ----------------------------------------------------------

  public void log(Plan plan, PlanTask task, String action, String message, String reason, String oldValue, String newValue) {
    history.save(
        new PlanHistoryEntry(plan.getId(), task == null ? null : task.getId(), now(), actor(), action, message, reason, oldValue, newValue));
  }

  public void changeStatus(PlanTask task, TaskStatus next, String message) {
    TaskStatus previous = task.getStatus();
    if (previous == next) {
      return;
    }
    task.setStatus(next);
    tasks.save(task);
    log(task.getPlan(), task, "STATUS", message, null, previous.label(), next.label());
  }

  public void notifyUser(PlanTask task, String userId, String type, String message) {
    notifications.save(new PlanNotification(task.getId(), task.getPlan().getCommuneId(), userId, null, type, message, now()));
    log(task.getPlan(), task, type.equals(PlanNotification.REMINDER) ? "REMINDER" : "ESCALATION", message, null, null, userId);
  }

  public void notifyGroup(PlanTask task, String groupId, String type, String message) {
    notifications.save(new PlanNotification(task.getId(), task.getPlan().getCommuneId(), null, groupId, type, message, now()));
    log(task.getPlan(), task, type.equals(PlanNotification.REMINDER) ? "REMINDER" : "ESCALATION", message, null, null, groupId);
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<PlanHistoryEntry> history(Plan plan) {
    return history.findByPlanIdOrderById(plan.getId());
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<PlanHistoryEntry> history(PlanTask task) {
    return history.findByTaskIdOrderById(task.getId());
  }

  /** Runs engine calls for the system: the product has checked what the caller may do. */
  public <T> T asSystem(Supplier<T> work) {
    return vn.gov.commune.engine.SystemCalls.asSystem(identity, work);
  }

  public static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
