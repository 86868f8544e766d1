package vn.gov.commune.dossier;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.organisation.OrgUnit;
import vn.gov.commune.organisation.StaffDirectory;
import vn.gov.commune.security.Roles;

/**
 * Per-step deadlines (issue 14 point 2). Each step of a dossier (a Camunda user task) has its own due
 * date, the share of the legal time the models compute ({@code camunda:dueDate="${reviewDueAt}"}), which
 * Tasklist shows and which moves with supplements and pauses: that due date is the only truth. A
 * watcher (this class, every 5 minutes by default, {@code app.step-deadlines.check-cron}) finds the open
 * dossier tasks past their due date that have not been noticed yet and, per task, exactly once:
 *
 * <ul>
 *   <li>notifies the commune's supervisors (group {@code supervisor} of the task's commune);
 *   <li>notifies the unit head of the holder's unit (the members of that {@link OrgUnit} who are in
 *       group {@code unit-head}), addressed to that officer; when the task has no holder, the holder
 *       belongs to no unit or the unit has no head, the commune's leaders (group {@code leader}) instead;
 *   <li>writes the notice into the dossier's append-only history (action {@value #HISTORY_ACTION}).
 * </ul>
 *
 * <p>"Exactly once" is the unique {@code task_id} of {@link StepDeadlineNotice}: the notice row, the
 * notifications and the history entry are written in one transaction, and a second node (or a second
 * run) that tries the same task fails on the key and writes nothing.
 *
 * <p>Steps are those of a dossier's processes (business key = a dossier's code) and of certify-copy
 * requests (business key = the request's code from the same counter; a request has no dossier record,
 * so its notice goes into {@code dossier_history} under the request's code, without a status).
 *
 * <p>{@link #overdueSteps} answers the dashboard's "steps past their own due date", live from the engine.
 */
@Service
public class StepDeadlines {

  public static final String HISTORY_ACTION = "STEP_OVERDUE";
  /** The process of a certify-copy request (certification module), whose steps are watched as well. */
  static final String CERTIFY_COPY_PROCESS = "certify-copy";
  static final String CERTIFY_COPY_NAME = "Chứng thực bản sao từ bản chính";

  private static final Logger LOG = LoggerFactory.getLogger(StepDeadlines.class);
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /**
   * One open step of a dossier past its own due date, for the dashboard.
   *
   * @param holderId the officer who claimed the task; null when nobody has
   * @param holderName "Trần Văn Minh (Chuyên viên, Phòng Văn hóa - Xã hội)"; empty when nobody holds it
   * @param noticedAt when the supervisor and unit head were told; null when the watcher has not run yet
   */
  public record OverdueStep(
      String communeId,
      String dossierCode,
      String procedureName,
      String stepKey,
      String stepName,
      String holderId,
      String holderName,
      Instant dueAt,
      String processInstanceId,
      String taskId,
      Instant noticedAt) {}

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final HistoryRepository history;
  private final IdentityService identity;
  private final DossierRepository dossiers;
  private final StepDeadlineNoticeRepository notices;
  private final NotificationRepository notifications;
  private final DossierService service;
  private final StaffDirectory staff;
  private final CommuneRepository communes;
  private final WorkingDayCalendar calendar;
  private final TransactionTemplate eachNotice;

  public StepDeadlines(
      TaskService tasks,
      RuntimeService runtime,
      RepositoryService repository,
      HistoryRepository history,
      IdentityService identity,
      DossierRepository dossiers,
      StepDeadlineNoticeRepository notices,
      NotificationRepository notifications,
      DossierService service,
      StaffDirectory staff,
      CommuneRepository communes,
      WorkingDayCalendar calendar,
      PlatformTransactionManager transactions) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.history = history;
    this.identity = identity;
    this.dossiers = dossiers;
    this.notices = notices;
    this.notifications = notifications;
    this.service = service;
    this.staff = staff;
    this.communes = communes;
    this.calendar = calendar;
    this.eachNotice = new TransactionTemplate(transactions);
    this.eachNotice.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The watcher; off with {@code app.step-deadlines.check-cron: "-"} (the tests call {@link #noticeOverdueSteps}). */
  @Scheduled(cron = "${app.step-deadlines.check-cron:0 */5 * * * *}", zone = "Asia/Ho_Chi_Minh")
  public void watch() {
    int sent = noticeOverdueSteps();
    if (sent > 0) {
      LOG.info("{} step(s) past their own due date noticed", sent);
    }
  }

  /**
   * Notices every open dossier step past its due date (engine clock) that has not been noticed.
   *
   * @return how many steps were noticed by this call
   */
  public int noticeOverdueSteps() {
    return noticeOverdueSteps(true);
  }

  /**
   * @param skipNoticed false: act as a node that listed the steps just before another node's notice
   *     was committed (only the unique task id then keeps the notice single); for tests
   */
  int noticeOverdueSteps(boolean skipNoticed) {
    Instant now = DossierService.now();
    List<Step> due = SystemCalls.asSystem(identity, () -> openDossierSteps(tasks.createTaskQuery().dueBefore(Date.from(now))));
    if (due.isEmpty()) {
      return 0;
    }
    Set<String> noticed =
        skipNoticed ? new HashSet<>(notices.noticedTaskIds(due.stream().map(s -> s.task().getId()).toList())) : Set.of();
    int sent = 0;
    for (Step step : due) {
      if (noticed.contains(step.task().getId())) {
        continue;
      }
      try {
        eachNotice.executeWithoutResult(status -> notice(step, now));
        sent++;
      } catch (DataIntegrityViolationException e) {
        // another node (or run) noticed this task at the same moment: its notice counts
        LOG.debug("step {} already noticed elsewhere", step.task().getId());
      }
    }
    return sent;
  }

  /**
   * The open steps of dossiers past their own due date (engine clock), the earliest due first.
   *
   * @param communeIds the communes whose steps to list (the task's commune); null for every commune.
   *     The caller checks that the user may see them ({@code CurrentUser.requireCommune}).
   */
  public List<OverdueStep> overdueSteps(Collection<String> communeIds) {
    if (communeIds != null && communeIds.isEmpty()) {
      return List.of();
    }
    Instant now = DossierService.now();
    List<Step> due = SystemCalls.asSystem(identity, () -> {
      TaskQuery query = tasks.createTaskQuery().dueBefore(Date.from(now));
      if (communeIds != null) {
        query.tenantIdIn(communeIds.toArray(String[]::new));
      }
      return openDossierSteps(query.orderByDueDate().asc());
    });
    Map<String, Instant> noticedAt =
        due.isEmpty()
            ? Map.of()
            : notices.findByTaskIdIn(due.stream().map(s -> s.task().getId()).toList()).stream()
                .collect(Collectors.toMap(StepDeadlineNotice::getTaskId, StepDeadlineNotice::getNoticedAt));
    List<OverdueStep> steps = new ArrayList<>();
    for (Step step : due) {
      Task task = step.task();
      steps.add(new OverdueStep(
          task.getTenantId(), step.code(), step.procedureName(), task.getTaskDefinitionKey(),
          task.getName(), task.getAssignee(), task.getAssignee() == null ? "" : holderName(task.getAssignee()),
          task.getDueDate().toInstant(), task.getProcessInstanceId(), task.getId(), noticedAt.get(task.getId())));
    }
    return steps;
  }

  /** The notice text, e.g. "Bước «Thẩm định hồ sơ» của hồ sơ … quá hạn bước (hạn 05/12/2026 17:00), đang do … xử lý." */
  String message(String stepName, String dossierCode, Instant dueAt, String holderId) {
    String holder = holderId == null ? "chưa có cán bộ nhận xử lý." : "đang do " + holderName(holderId) + " xử lý.";
    return "Bước «" + stepName + "» của hồ sơ " + dossierCode + " quá hạn bước (hạn "
        + DUE.format(dueAt.atZone(calendar.properties().zone())) + "), " + holder;
  }

  /** A task of a dossier ({@code dossier} set) or of a certify-copy request ({@code dossier} null). */
  private record Step(Task task, String code, String procedureName, Dossier dossier) {}

  /** The tasks of the query that belong to a dossier's process or a certify-copy request. */
  private List<Step> openDossierSteps(TaskQuery query) {
    List<Task> found = query.list();
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, String> businessKeys = new HashMap<>();
    Set<String> requests = new HashSet<>();
    Set<String> instanceIds = new LinkedHashSet<>();
    found.forEach(t -> instanceIds.add(t.getProcessInstanceId()));
    instanceIds.remove(null);
    if (!instanceIds.isEmpty()) {
      Map<String, String> keys = new HashMap<>();
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
        businessKeys.put(instance.getId(), instance.getBusinessKey());
        String key = keys.computeIfAbsent(instance.getProcessDefinitionId(), id -> repository.getProcessDefinition(id).getKey());
        if (CERTIFY_COPY_PROCESS.equals(key)) {
          requests.add(instance.getId());
        }
      }
    }
    Map<String, Optional<Dossier>> byCode = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (Task task : found) {
      String code = businessKeys.get(task.getProcessInstanceId());
      if (code == null || task.getDueDate() == null || task.getTenantId() == null) {
        continue;
      }
      if (requests.contains(task.getProcessInstanceId())) {
        steps.add(new Step(task, code, CERTIFY_COPY_NAME, null));
        continue;
      }
      byCode.computeIfAbsent(code, dossiers::findByCode)
          .ifPresent(dossier -> steps.add(new Step(task, code, dossier.getProcedureName(), dossier)));
    }
    return steps;
  }

  private void notice(Step step, Instant now) {
    Task task = step.task();
    String code = step.code();
    String commune = task.getTenantId();
    String holder = task.getAssignee();
    Instant dueAt = task.getDueDate().toInstant();
    notices.saveAndFlush(new StepDeadlineNotice(
        task.getId(), commune, code, task.getProcessInstanceId(), task.getTaskDefinitionKey(),
        task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), holder, dueAt, now));
    String message = message(task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), code, dueAt, holder);

    List<String> told = new ArrayList<>();
    notifications.save(new DossierNotification(
        code, commune, Roles.SUPERVISOR, null, DossierNotification.STEP_OVERDUE, message, now));
    told.add("nhóm " + Roles.NAMES.get(Roles.SUPERVISOR));
    List<String> heads = unitHeads(commune, holder);
    for (String head : heads) {
      notifications.save(new DossierNotification(
          code, commune, Roles.UNIT_HEAD, head, DossierNotification.STEP_OVERDUE, message, now));
      told.add(Roles.NAMES.get(Roles.UNIT_HEAD) + " " + staff.fullName(head));
    }
    if (heads.isEmpty()) {
      notifications.save(new DossierNotification(
          code, commune, Roles.LEADER, null, DossierNotification.STEP_OVERDUE, message, now));
      told.add("nhóm Lãnh đạo (không xác định được trưởng đơn vị của người xử lý)");
    }
    String reason = "Đã báo: " + String.join("; ", told) + ".";
    if (step.dossier() != null) {
      service.log(step.dossier(), HISTORY_ACTION, task.getTaskDefinitionKey(), message, reason);
    } else {
      history.save(new DossierHistoryEntry(
          code, now, DossierService.SYSTEM_ACTOR, HISTORY_ACTION, null, null, task.getTaskDefinitionKey(), message, reason));
    }
  }

  /** The unit heads of the holder's unit in the commune, or none (no holder, no unit, no head). */
  private List<String> unitHeads(String communeId, String holder) {
    if (holder == null) {
      return List.of();
    }
    Set<String> unitMembers = communes.findById(communeId).map(c -> c.getUnits().stream()
            .filter(u -> u.getMembers().contains(holder))
            .flatMap(u -> u.getMembers().stream())
            .collect(Collectors.toCollection(LinkedHashSet::new)))
        .orElseGet(LinkedHashSet::new);
    if (unitMembers.isEmpty()) {
      return List.of();
    }
    return SystemCalls.asSystem(identity, () -> identity.createUserQuery().memberOfGroup(Roles.UNIT_HEAD).memberOfTenant(communeId).list())
        .stream()
        .map(User::getId)
        .filter(unitMembers::contains)
        .sorted()
        .toList();
  }

  private String holderName(String userId) {
    return staff.find(userId)
        .map(s -> s.position().isEmpty() ? s.fullName() : s.fullName() + " (" + s.position() + ")")
        .orElse(userId);
  }
}
