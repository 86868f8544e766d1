package vn.gov.commune.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.Downloads;

/** Plans of the caller's communes: create from a draft, read, history, reports, reassign, extension. */
@RestController
@RequestMapping("/api/plans")
public class PlanController {

  public record TaskView(
      Long id, String code, String section, String content, String parentTaskRef, String leadUnitCode, String leadUnitText,
      String coordinatingUnits, String officerId, LocalDate deadline, LocalDate originalDeadline, boolean recurring,
      LocalDate recurrenceEnd, String currentPeriod, String expectedResult, Indicator indicator, Double indicatorTarget,
      String status, String statusLabel, String processInstanceId, Long parentTaskId) {}

  /** An objective of the plan: proposed from the document ({@code confirmed} false) or confirmed at review. */
  public record ObjectiveView(
      Long id, String description, Indicator indicator, Double target, String unit, String targetText, boolean confirmed) {}

  public record PlanView(
      Long id, String number, String title, String issuingBody, LocalDate issuedOn, LocalDate endsOn, String communeId,
      String parentPlanNumbers, Long parentPlanId, String status, String statusLabel, List<TaskView> tasks,
      List<ObjectiveView> objectives) {}

  /** A task of a parent plan that a task of this plan may implement. */
  public record ParentTaskView(Long taskId, Long planId, String planNumber, String planTitle, String code, String section, String content) {}

  public record ParentLinkRequest(Long parentTaskId, String reason) {}

  public record HistoryView(Long id, Long taskId, java.time.Instant at, String actor, String action, String message, String reason, String oldValue, String newValue) {}

  public record ReassignRequest(String officerId, String reason) {}

  public record ExtensionRequest(String newDeadline, String reason) {}

  public record EvidenceView(Long id, Long reportId, String fileName, String contentType, long size, String uploadedBy, java.time.Instant uploadedAt) {}

  public record NotificationView(Long taskId, String communeId, String userId, String groupId, String type, String message, java.time.Instant createdAt) {}

  private final PlanService service;
  private final PlanLifecycle lifecycle;
  private final PlanReports reports;
  private final PlanRepository plans;
  private final EvidenceRepository evidence;
  private final PlanFileStore files;
  private final PlanNotificationRepository notifications;
  private final PlanIndicatorRepository objectives;

  public PlanController(
      PlanService service,
      PlanLifecycle lifecycle,
      PlanReports reports,
      PlanRepository plans,
      EvidenceRepository evidence,
      PlanFileStore files,
      PlanNotificationRepository notifications,
      PlanIndicatorRepository objectives) {
    this.objectives = objectives;
    this.service = service;
    this.lifecycle = lifecycle;
    this.reports = reports;
    this.plans = plans;
    this.evidence = evidence;
    this.files = files;
    this.notifications = notifications;
  }

  /** The evidence files of a task's reports (tài liệu minh chứng). */
  @GetMapping("/tasks/{taskId}/evidence")
  public List<EvidenceView> evidence(@PathVariable Long taskId, CurrentUser user) {
    PlanTask task = service.task(taskId, user);
    return evidence.findByTaskIdOrderById(task.getId()).stream()
        .map(e -> new EvidenceView(e.getId(), e.getReportId(), e.getFileName(), e.getContentType(), e.getSize(), e.getUploadedBy(), e.getUploadedAt()))
        .toList();
  }

  @GetMapping("/tasks/{taskId}/evidence/{evidenceId}")
  public ResponseEntity<byte[]> evidenceFile(@PathVariable Long taskId, @PathVariable Long evidenceId, CurrentUser user) {
    PlanTask task = service.task(taskId, user);
    Evidence file = evidence.findById(evidenceId)
        .filter(e -> e.getTaskId().equals(task.getId()))
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy tài liệu minh chứng " + evidenceId + " của nhiệm vụ này."));
    return Downloads.attachment(files.read(file.getStoredAs()), file.getFileName(), file.getContentType());
  }

  /** Reminders and escalations for the current user: their own, and their groups' in their communes. */
  @GetMapping("/notifications")
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public List<NotificationView> notifications(CurrentUser user) {
    List<String> groups = user.groupIds().isEmpty() ? List.of("-") : user.groupIds();
    List<String> communes = user.tenantIds().isEmpty() ? List.of("-") : user.tenantIds();
    return notifications.findFor(user.userId(), groups, communes).stream()
        .limit(200)
        .map(n -> new NotificationView(n.getTaskId(), n.getCommuneId(), n.getUserId(), n.getGroupId(), n.getType(), n.getMessage(), n.getCreatedAt()))
        .toList();
  }

  @PostMapping
  public ResponseEntity<PlanView> create(@RequestBody JsonNode body, CurrentUser user) {
    Plan plan = lifecycle.create(body, user);
    return ResponseEntity.status(HttpStatus.CREATED).body(view(plan));
  }

  @GetMapping
  public List<PlanView> list(CurrentUser user) {
    List<Plan> found = user.isAdmin() ? plans.findAll() : plans.findByCommuneIdInOrderByIdDesc(user.tenantIds());
    return found.stream().map(p -> new PlanView(p.getId(), p.getNumber(), p.getTitle(), p.getIssuingBody(), p.getIssuedOn(), p.getEndsOn(),
        p.getCommuneId(), p.getParentPlanNumbers(), null, p.getStatus().name(), p.getStatus().label(), List.of(), List.of())).toList();
  }

  /** A plan of the caller's commune, or a parent plan their commune implements (see {@link PlanService#planOrImplemented}). */
  @GetMapping("/{id}")
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public PlanView get(@PathVariable Long id, CurrentUser user) {
    return view(service.planOrImplemented(id, user));
  }

  /** The tasks of the plan's parent plans kept in the product: what a task of this plan may be linked to. */
  @GetMapping("/{id}/parent-tasks")
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public List<ParentTaskView> parentTasks(@PathVariable Long id, CurrentUser user) {
    return service.parentTasks(service.plan(id, user)).stream()
        .map(t -> new ParentTaskView(t.getId(), t.getPlan().getId(), t.getPlan().getNumber(), t.getPlan().getTitle(), t.getCode(), t.getSection(),
            t.getContent()))
        .toList();
  }

  /** Links a task to the parent plan's task it implements ({@code parentTaskId} null removes the link); written to the history. */
  @PutMapping("/tasks/{taskId}/parent-task")
  public TaskView linkParentTask(@PathVariable Long taskId, @RequestBody ParentLinkRequest request, CurrentUser user) {
    return view(lifecycle.linkParentTask(taskId, request.parentTaskId(), request.reason(), user));
  }

  @GetMapping("/{id}/history")
  public List<HistoryView> history(@PathVariable Long id, CurrentUser user) {
    return service.history(service.plan(id, user)).stream().map(PlanController::view).toList();
  }

  @GetMapping("/tasks/{taskId}/history")
  public List<HistoryView> taskHistory(@PathVariable Long taskId, CurrentUser user) {
    return service.history(service.task(taskId, user)).stream().map(PlanController::view).toList();
  }

  @PostMapping("/tasks/{taskId}/reassign")
  public TaskView reassign(@PathVariable Long taskId, @RequestBody ReassignRequest request, CurrentUser user) {
    return view(lifecycle.reassign(taskId, request.officerId(), request.reason(), user));
  }

  @PostMapping("/tasks/{taskId}/extension")
  public ResponseEntity<Map<String, Object>> extension(@PathVariable Long taskId, @RequestBody ExtensionRequest request, CurrentUser user) {
    PlanTask task = lifecycle.requestExtension(taskId, request.newDeadline(), request.reason(), user);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of(
        "taskId", task.getId(), "message", "Đã gửi đề nghị gia hạn đến Thường trực Ban Chỉ đạo."));
  }

  @GetMapping("/{id}/report")
  public PlanReports.Report report(@PathVariable Long id, @RequestParam String month, CurrentUser user) {
    return reports.report(service.planOrImplemented(id, user), month(month), user::canSeeCommune);
  }

  @GetMapping("/{id}/report.docx")
  public ResponseEntity<byte[]> reportDocx(@PathVariable Long id, @RequestParam String month, CurrentUser user) {
    PlanReports.Report report = reports.report(service.planOrImplemented(id, user), month(month), user::canSeeCommune);
    return docx(reports.docx(report), "bao-cao-ke-hoach-" + id + "-" + month + ".docx");
  }

  @GetMapping("/{id}/summary")
  public PlanReports.Report summary(@PathVariable Long id, CurrentUser user) {
    return reports.report(service.planOrImplemented(id, user), null, user::canSeeCommune);
  }

  @GetMapping("/{id}/summary.docx")
  public ResponseEntity<byte[]> summaryDocx(@PathVariable Long id, CurrentUser user) {
    return docx(reports.docx(reports.report(service.planOrImplemented(id, user), null, user::canSeeCommune)),
        "bao-cao-tong-ket-ke-hoach-" + id + ".docx");
  }

  private static ResponseEntity<byte[]> docx(byte[] content, String name) {
    return Downloads.attachment(content, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  private static YearMonth month(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("Tháng '" + month + "' không hợp lệ; nhập theo dạng 2026-01.");
    }
  }

  private PlanView view(Plan p) {
    return new PlanView(p.getId(), p.getNumber(), p.getTitle(), p.getIssuingBody(), p.getIssuedOn(), p.getEndsOn(), p.getCommuneId(),
        p.getParentPlanNumbers(), p.getParent() == null ? null : p.getParent().getId(), p.getStatus().name(), p.getStatus().label(),
        service.tasks(p).stream().map(this::view).toList(),
        objectives.findByPlanIdOrderById(p.getId()).stream()
            .map(o -> new ObjectiveView(o.getId(), o.getDescription(), o.getIndicator(), o.getTargetValue(), o.getTargetUnit(), o.getTargetText(),
                o.isConfirmed()))
            .toList());
  }

  private TaskView view(PlanTask t) {
    TaskStatus status = reports.effectiveStatus(t);
    return new TaskView(t.getId(), t.getCode(), t.getSection(), t.getContent(), t.getParentTaskRef(), t.getLeadUnitCode(), t.getLeadUnitText(),
        t.getCoordinatingUnits(), t.getOfficerId(), t.getDeadline(), t.getOriginalDeadline(), t.isRecurring(), t.getRecurrenceEnd(),
        t.getCurrentPeriod(), t.getExpectedResult(), t.getIndicator(), t.getIndicatorTarget(), status.name(), status.label(), t.getProcessInstanceId(),
        t.getParentTaskId());
  }

  private static HistoryView view(PlanHistoryEntry e) {
    return new HistoryView(e.getId(), e.getTaskId(), e.getAt(), e.getActor(), e.getAction(), e.getMessage(), e.getReason(), e.getOldValue(), e.getNewValue());
  }
}
