package vn.gov.commune.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.organisation.OrgUnit;
import vn.gov.commune.security.Roles;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/**
 * What people do to plans outside Tasklist: create a plan from a draft (which starts its review),
 * reassign a task's officer, request a deadline extension. Every check runs before anything is
 * written, and each call is one transaction: a refused request leaves nothing half-created.
 */
@Service
public class PlanLifecycle {

  private final PlanService service;
  private final PlanRepository plans;
  private final PlanCalendar calendar;
  private final RuntimeService runtime;
  private final TaskService taskService;
  private final ObjectMapper json;

  private final vn.gov.commune.organisation.StaffDirectory staff;
  private final PlanIndicatorRepository indicators;

  public PlanLifecycle(
      PlanService service, PlanRepository plans, PlanCalendar calendar, RuntimeService runtime, TaskService taskService, ObjectMapper json,
      vn.gov.commune.organisation.StaffDirectory staff, PlanIndicatorRepository indicators) {
    this.staff = staff;
    this.indicators = indicators;
    this.service = service;
    this.plans = plans;
    this.calendar = calendar;
    this.runtime = runtime;
    this.taskService = taskService;
    this.json = json;
  }

  // ---- create from a draft --------------------------------------------------------------------

  /** Saves the draft as a plan in review and starts processes/plan-review.bpmn in the commune's tenant. */
  @Transactional
  public Plan create(JsonNode body, CurrentUser user) {
    JsonNode draft = body.has("draft") ? body.get("draft") : body;
    String communeId = DraftReader.text(body, "communeId");
    if (communeId == null) {
      if (user.tenantIds().size() != 1) {
        throw ApiException.badRequest("Chọn xã/phường của kế hoạch (communeId).");
      }
      communeId = user.tenantIds().get(0);
    }
    user.requireCommune(communeId);
    service.commune(communeId);
    String number = DraftReader.text(draft, "number");
    String title = DraftReader.text(draft, "title");
    if (number == null) {
      throw ApiException.badRequest("Thiếu số, ký hiệu của kế hoạch (number).");
    }
    if (title == null) {
      throw ApiException.badRequest("Thiếu trích yếu (tên) của kế hoạch (title).");
    }
    LocalDate issuedOn = DraftReader.date(draft, "issuedOn", "ngày ban hành kế hoạch");
    LocalDate endsOn = DraftReader.date(body, "endsOn", "ngày kết thúc kế hoạch");
    List<DraftReader.TaskInput> inputs = DraftReader.tasks(draft.get("tasks"));
    if (inputs.isEmpty()) {
      throw ApiException.badRequest("Kế hoạch chưa có nhiệm vụ nào.");
    }
    List<String> dateWarnings = checkDates(issuedOn, endsOn, inputs);
    List<DraftReader.ObjectiveInput> objectives = DraftReader.objectives(draft.get("objectives"));

    Plan plan = new Plan(number, title, DraftReader.text(draft, "issuingBody"), issuedOn, communeId, PlanService.now(), user.userId());
    plan.setEndsOn(endsOn != null ? endsOn : LocalDate.of((issuedOn != null ? issuedOn : calendar.today(PlanService.now())).getYear(), 12, 31));
    String parents = DraftReader.list(draft, "parentPlans");
    plan.setParentPlanNumbers(parents);
    if (parents != null) {
      String[] numbers = parents.split(";\\s*");
      plans.findFirstByNumberOrderByIdDesc(numbers[numbers.length - 1]).ifPresent(plan::setParent);
    }
    JsonNode reporting = draft.path("reporting");
    if (reporting.hasNonNull("monthlyDueDay")) {
      int day = reporting.get("monthlyDueDay").asInt();
      if (day < 2 || day > 28) {
        throw ApiException.badRequest("Ngày báo cáo định kỳ hằng tháng phải từ 2 đến 28.");
      }
      plan.setMonthlyDueDay(day);
    }
    service.save(plan);
    replaceTasks(plan, inputs, false);
    replaceObjectives(plan, objectives, false);
    service.log(plan, null, "CREATE", "Tạo dự thảo kế hoạch " + number + " từ " + inputs.size() + " nhiệm vụ"
        + (objectives.isEmpty() ? "" : ", " + objectives.size() + " mục tiêu đề xuất làm chỉ tiêu") + "; chờ rà soát.", null, null, PlanStatus.DRAFT.label());

    List<String> warnings = new ArrayList<>();
    draft.path("warnings").forEach(w -> warnings.add(w.asText()));
    warnings.addAll(dateWarnings);
    Map<String, Object> variables = PlanService.vars(
        PlanReviewVariables.COMMUNE_ID, communeId,
        PlanReviewVariables.PLAN_ID, plan.getId(),
        PlanReviewVariables.PLAN_NUMBER, number,
        PlanReviewVariables.PLAN_TITLE, title,
        PlanReviewVariables.PLAN_ENDS_ON, plan.getEndsOn().toString(),
        PlanReviewVariables.DRAFT_WARNINGS, SpinValues.jsonValue(toJson(json.valueToTree(warnings))).create(),
        PlanReviewVariables.DRAFT_TASKS, SpinValues.jsonValue(draftTasks(plan)).create(),
        PlanReviewVariables.DRAFT_OBJECTIVES, SpinValues.jsonValue(draftObjectives(plan)).create(),
        PlanReviewVariables.PARENT_TASK_CHOICES, SpinValues.jsonValue(parentTaskChoices(plan)).create());
    String instanceId = service.asSystem(() -> runtime.startProcessInstanceByKey(PlanService.REVIEW_PROCESS, number, variables).getId());
    plan.setReviewProcessInstanceId(instanceId);
    return service.save(plan);
  }

  /**
   * The tasks as the review form (forms/plan-review.html) shows them for correction: a Json variable
   * (Camunda Spin, stored as a byte array), since a real plan's list outgrows a String variable's 4000 characters.
   */
  String draftTasks(Plan plan) {
    ArrayNode array = json.createArrayNode();
    for (PlanTask task : service.tasks(plan)) {
      ObjectNode node = array.addObject();
      node.put("code", task.getCode());
      node.put("section", task.getSection());
      node.put("content", task.getContent());
      node.put("parentTaskRef", task.getParentTaskRef());
      if (task.getParentTaskId() != null) {
        node.put("parentTaskId", task.getParentTaskId());
      }
      node.put("leadUnit", task.getLeadUnitCode() != null ? task.getLeadUnitCode() : task.getLeadUnitText());
      node.put("coordinatingUnits", task.getCoordinatingUnits());
      node.put("deadline", task.getDeadline() == null ? null : task.getDeadline().toString());
      node.put("recurring", task.isRecurring());
      node.put("recurrenceEnd", task.getRecurrenceEnd() == null ? null : task.getRecurrenceEnd().toString());
      node.put("deadlineText", task.getDeadlineText());
      node.put("expectedResult", task.getExpectedResult());
      node.put("indicator", task.getIndicator() == null ? null : task.getIndicator().name());
      if (task.getIndicatorTarget() != null) {
        node.put("indicatorTarget", task.getIndicatorTarget());
      }
    }
    return toJson(array);
  }

  /** The proposed objectives as the review form shows them: sentence, target, the live measure or none, confirmed. */
  String draftObjectives(Plan plan) {
    ArrayNode array = json.createArrayNode();
    for (PlanIndicator objective : indicators.findByPlanIdOrderById(plan.getId())) {
      ObjectNode node = array.addObject();
      node.put("sentence", objective.getDescription());
      node.put("targetText", objective.getTargetText());
      if (objective.getTargetValue() != null) {
        node.put("target", objective.getTargetValue());
      }
      node.put("unit", objective.getTargetUnit());
      node.put("indicator", objective.getIndicator() == null ? null : objective.getIndicator().name());
      node.put("confirmed", objective.isConfirmed());
    }
    return toJson(array);
  }

  /**
   * The tasks of the plan's parent plans, as the review form's select offers them: [{value: 12,
   * label: "05-KH/TU — 2.1. Triển khai …"}]; the link is chosen, never typed.
   */
  String parentTaskChoices(Plan plan) {
    ArrayNode array = json.createArrayNode();
    for (PlanTask task : service.parentTasks(plan)) {
      String content = task.getContent().length() > 160 ? task.getContent().substring(0, 160) + "…" : task.getContent();
      array.addObject().put("value", task.getId()).put("label", task.getPlan().getNumber() + " — " + task.getCode() + ". " + content);
    }
    return toJson(array);
  }

  /**
   * Replaces the plan's objectives: while drafting, all proposed ones (unconfirmed as read);
   * {@code confirmedOnly} (at issue) keeps only those the reviewer confirmed, which become the plan's indicators.
   */
  public List<PlanIndicator> replaceObjectives(Plan plan, List<DraftReader.ObjectiveInput> inputs, boolean confirmedOnly) {
    indicators.deleteAll(indicators.findByPlanIdOrderById(plan.getId()));
    indicators.flush();
    List<PlanIndicator> saved = new ArrayList<>();
    for (DraftReader.ObjectiveInput input : inputs) {
      if (confirmedOnly && !input.confirmed()) {
        continue;
      }
      saved.add(indicators.save(new PlanIndicator(plan.getId(), input.indicator(), input.description(), input.target(), input.unit(),
          input.targetText(), input.confirmed())));
    }
    return saved;
  }

  private String toJson(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An end before the issue date is an error. A task deadline before the issue date is only a
   * warning for the reviewer: real plans carry targets that had already passed when they were issued
   * (seed 002, issued in September 2025, repeats "đến ngày 30 tháng 6 năm 2025" from its parent plan).
   */
  private static List<String> checkDates(LocalDate issuedOn, LocalDate endsOn, List<DraftReader.TaskInput> inputs) {
    if (issuedOn != null && endsOn != null && endsOn.isBefore(issuedOn)) {
      throw ApiException.badRequest("Ngày kết thúc kế hoạch (" + PlanCalendar.day(endsOn) + ") trước ngày ban hành (" + PlanCalendar.day(issuedOn) + ").");
    }
    List<String> warnings = new ArrayList<>();
    for (DraftReader.TaskInput input : inputs) {
      if (issuedOn != null && input.deadline() != null && input.deadline().isBefore(issuedOn)) {
        warnings.add("Thời hạn của nhiệm vụ " + input.code() + " (" + PlanCalendar.day(input.deadline()) + ") trước ngày ban hành kế hoạch; đề nghị rà soát.");
      }
    }
    return warnings;
  }

  /** Replaces the draft's tasks; {@code strict} (at issue) requires everything a task needs to start. */
  public void replaceTasks(Plan plan, List<DraftReader.TaskInput> inputs, boolean strict) {
    List<String> problems = new ArrayList<>();
    java.util.Set<String> codes = new java.util.HashSet<>();
    List<PlanTask> created = new ArrayList<>();
    java.util.Map<Long, PlanTask> parentTasks = new java.util.LinkedHashMap<>();
    if (inputs.stream().anyMatch(i -> i.parentTaskId() != null)) {
      service.parentTasks(plan).forEach(t -> parentTasks.put(t.getId(), t));
    }
    java.util.Set<Integer> rows = new java.util.TreeSet<>();
    int row = 0;
    for (DraftReader.TaskInput input : inputs) {
      row++;
      String what = "Dòng " + row + " (nhiệm vụ " + input.code() + ")";
      int before = problems.size();
      if (!codes.add(input.code())) {
        problems.add(what + ": trùng số thứ tự với nhiệm vụ khác.");
      }
      if (input.content() == null) {
        problems.add(what + ": thiếu nội dung (rõ việc).");
      }
      OrgUnit unit = service.findUnit(plan.getCommuneId(), input.leadUnit()).orElse(null);
      if (strict && unit == null) {
        problems.add(input.leadUnit() == null
            ? what + ": chưa ghi đơn vị chủ trì (dùng mã: " + unitCodes(plan) + ")."
            : what + ": đơn vị chủ trì '" + input.leadUnit() + "' không có trong xã/phường (dùng mã: " + unitCodes(plan) + ").");
      }
      if (strict && !input.recurring() && input.deadline() == null) {
        problems.add(what + ": thiếu thời hạn hoàn thành (hoặc đánh dấu nhiệm vụ thường xuyên).");
      }
      LocalDate end = input.recurrenceEnd() != null ? input.recurrenceEnd() : plan.getEndsOn();
      if (strict && input.recurring() && end == null) {
        problems.add(what + ": nhiệm vụ thường xuyên cần ngày kết thúc kế hoạch.");
      }
      if (input.recurring() && input.recurrenceEnd() != null && plan.getEndsOn() != null && input.recurrenceEnd().isAfter(plan.getEndsOn())) {
        problems.add(what + ": ngày kết thúc (" + PlanCalendar.day(input.recurrenceEnd()) + ") sau ngày kết thúc kế hoạch (" + PlanCalendar.day(plan.getEndsOn()) + ").");
      }
      if (input.indicatorTarget() != null && input.indicator() == null) {
        problems.add(what + ": có mục tiêu nhưng chưa chọn chỉ tiêu.");
      }
      if (input.parentTaskId() != null && !parentTasks.containsKey(input.parentTaskId())) {
        problems.add(what + ": nhiệm vụ cấp trên số hiệu " + input.parentTaskId() + " không thuộc kế hoạch cấp trên nào của kế hoạch này"
            + (plan.getParentPlanNumbers() == null ? "" : " (" + plan.getParentPlanNumbers() + ")") + "; chọn trong danh sách nhiệm vụ của kế hoạch cấp trên.");
      }
      if (problems.size() > before) {
        rows.add(row);
      }
      PlanTask task = new PlanTask(plan, input.code());
      task.setSection(input.section());
      task.setContent(input.content());
      task.setParentTaskRef(input.parentTaskRef());
      task.setParentTaskId(input.parentTaskId());
      task.setLeadUnitCode(unit == null ? null : unit.getCode());
      task.setLeadUnitText(input.leadUnit());
      task.setCoordinatingUnits(input.coordinatingUnits());
      task.setDeadline(input.recurring() ? null : input.deadline());
      task.setOriginalDeadline(task.getDeadline());
      task.setRecurring(input.recurring());
      task.setRecurrenceEnd(input.recurrenceEnd());
      task.setDeadlineText(input.deadlineText());
      task.setExpectedResult(input.expectedResult());
      task.setIndicator(input.indicator());
      task.setIndicatorTarget(input.indicatorTarget());
      created.add(task);
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest(
          (strict ? "Chưa ban hành được kế hoạch: " : "Dự thảo chưa lưu được: ") + rows.size() + " dòng cần sửa (dòng "
              + String.join(", ", rows.stream().map(String::valueOf).toList()) + "). " + String.join(" ", problems));
    }
    java.util.Map<String, Long> linksBefore = new java.util.HashMap<>();
    for (PlanTask old : service.tasks(plan)) {
      if (old.getParentTaskId() != null) {
        linksBefore.put(old.getCode(), old.getParentTaskId());
      }
      service.delete(old);
    }
    created.forEach(service::save);
    for (PlanTask task : created) {
      Long before = linksBefore.get(task.getCode());
      if (!java.util.Objects.equals(before, task.getParentTaskId())) {
        logLink(task, before == null ? null : parentTasks.getOrDefault(before, null), before,
            task.getParentTaskId() == null ? null : parentTasks.get(task.getParentTaskId()), null);
      }
    }
  }

  /** The append-only record of a link to a parent task being set, changed or removed. */
  private void logLink(PlanTask task, PlanTask oldParent, Long oldId, PlanTask newParent, String reason) {
    String message = newParent == null
        ? "Bỏ liên kết nhiệm vụ " + task.getCode() + " với nhiệm vụ của kế hoạch cấp trên."
        : "Nhiệm vụ " + task.getCode() + " thực hiện nhiệm vụ " + newParent.getCode() + " của Kế hoạch " + newParent.getPlan().getNumber() + ".";
    service.log(task.getPlan(), task, "PARENT_LINK", message, reason,
        oldId == null ? null : describeLink(oldParent, oldId), newParent == null ? null : describeLink(newParent, newParent.getId()));
  }

  private static String describeLink(PlanTask parent, Long id) {
    return parent == null ? "nhiệm vụ số hiệu " + id : parent.getPlan().getNumber() + " — " + parent.getCode() + " (số hiệu " + id + ")";
  }

  /**
   * Links an issued (or draft) task to the task of a parent plan it implements, or removes the link
   * ({@code parentTaskId} null). BCĐ office and administrators; the parent task must belong to a parent
   * plan of the task's plan; the change is written to the plan's history.
   */
  @Transactional
  public PlanTask linkParentTask(Long taskId, Long parentTaskId, String reason, CurrentUser user) {
    PlanTask task = service.task(taskId, user);
    if (!user.isAdmin() && !user.groupIds().contains(Roles.STEERING_OFFICE)) {
      throw ApiException.forbidden("Chỉ Thường trực Ban Chỉ đạo hoặc quản trị viên được liên kết nhiệm vụ với kế hoạch cấp trên.");
    }
    PlanTask parent = null;
    if (parentTaskId != null) {
      parent = service.parentTasks(task.getPlan()).stream().filter(t -> t.getId().equals(parentTaskId)).findFirst()
          .orElseThrow(() -> ApiException.badRequest("Nhiệm vụ cấp trên số hiệu " + parentTaskId + " không thuộc kế hoạch cấp trên nào của Kế hoạch "
              + task.getPlan().getNumber() + (task.getPlan().getParentPlanNumbers() == null ? "" : " (" + task.getPlan().getParentPlanNumbers() + ")")
              + "; chọn trong danh sách nhiệm vụ của kế hoạch cấp trên."));
    }
    if (java.util.Objects.equals(task.getParentTaskId(), parentTaskId)) {
      throw ApiException.badRequest(parentTaskId == null
          ? "Nhiệm vụ " + task.getCode() + " chưa liên kết với nhiệm vụ cấp trên nào."
          : "Nhiệm vụ " + task.getCode() + " đã liên kết với nhiệm vụ cấp trên này.");
    }
    Long before = task.getParentTaskId();
    PlanTask oldParent = before == null ? null : service.tasksById(before);
    task.setParentTaskId(parentTaskId);
    service.save(task);
    logLink(task, oldParent, before, parent, reason == null || reason.isBlank() ? null : reason.trim());
    return task;
  }

  private String unitCodes(Plan plan) {
    return String.join(", ", service.commune(plan.getCommuneId()).getUnits().stream().map(OrgUnit::getCode).toList());
  }

  // ---- reassignment and extension -------------------------------------------------------------

  /** Names another officer of the lead unit; the open task moves to them. Unit head of the lead unit, BCĐ office, admin. */
  @Transactional
  public PlanTask reassign(Long taskId, String officerId, String reason, CurrentUser user) {
    PlanTask task = service.task(taskId, user);
    OrgUnit unit = service.unit(task.getPlan().getCommuneId(), task.getLeadUnitCode()).orElseThrow();
    boolean unitHead = user.groupIds().contains(Roles.UNIT_HEAD) && unit.getMembers().contains(user.userId());
    if (!user.isAdmin() && !unitHead && !user.groupIds().contains(Roles.STEERING_OFFICE)) {
      throw ApiException.forbidden("Chỉ trưởng đơn vị chủ trì hoặc Thường trực Ban Chỉ đạo được giao lại nhiệm vụ.");
    }
    if (task.getStatus().finished() || task.getOfficerId() == null) {
      throw ApiException.conflict("Nhiệm vụ " + task.getCode() + " chưa được phân công hoặc đã hoàn thành: không giao lại được.");
    }
    if (reason == null || reason.isBlank()) {
      throw ApiException.badRequest("Nhập lý do giao lại nhiệm vụ.");
    }
    requireMember(unit, officerId);
    if (officerId.equals(task.getOfficerId())) {
      throw ApiException.badRequest("Cán bộ " + officerId + " đang được giao nhiệm vụ này.");
    }
    String previous = task.getOfficerId();
    task.setOfficerId(officerId);
    service.save(task);
    service.asSystem(() -> {
      runtime.setVariable(task.getProcessInstanceId(), PlanTaskVariables.OFFICER_ID, officerId);
      runtime.setVariable(task.getProcessInstanceId(), PlanTaskVariables.OFFICER_NAME, staff.nameAndPosition(officerId));
      for (Task open : taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskAssignee(previous).list()) {
        taskService.setAssignee(open.getId(), officerId);
      }
      return null;
    });
    service.log(task.getPlan(), task, "REASSIGN", "Giao lại nhiệm vụ " + task.getCode() + " cho " + officerId + ".", reason.trim(), previous, officerId);
    return task;
  }

  public static void requireMember(OrgUnit unit, String officerId) {
    if (officerId == null || officerId.isBlank()) {
      throw ApiException.badRequest("Chọn cán bộ thực hiện nhiệm vụ.");
    }
    if (!unit.getMembers().contains(officerId.trim())) {
      throw ApiException.badRequest(
          "Cán bộ '" + officerId + "' không thuộc đơn vị chủ trì " + unit.getName() + " (" + unit.getCode() + "): chỉ giao cho cán bộ của đơn vị chủ trì.");
    }
  }

  /** Asks the BCĐ office for a later deadline; the approval is a task of processes/plan-task.bpmn. */
  @Transactional
  public PlanTask requestExtension(Long taskId, String newDeadline, String reason, CurrentUser user) {
    PlanTask task = service.task(taskId, user);
    OrgUnit unit = service.unit(task.getPlan().getCommuneId(), task.getLeadUnitCode()).orElseThrow();
    if (!user.isAdmin() && !unit.getMembers().contains(user.userId())) {
      throw ApiException.forbidden("Chỉ cán bộ của đơn vị chủ trì được đề nghị gia hạn nhiệm vụ.");
    }
    if (reason == null || reason.isBlank()) {
      throw ApiException.badRequest("Đề nghị gia hạn phải nêu lý do.");
    }
    LocalDate date = DraftReader.date(newDeadline, "thời hạn đề nghị gia hạn");
    if (date == null) {
      throw ApiException.badRequest("Nhập thời hạn mới đề nghị gia hạn.");
    }
    if (task.isRecurring()) {
      throw ApiException.badRequest("Nhiệm vụ thường xuyên báo cáo theo tháng, không gia hạn.");
    }
    if (task.getStatus().finished() || task.getProcessInstanceId() == null) {
      throw ApiException.conflict("Nhiệm vụ " + task.getCode() + " chưa bắt đầu hoặc đã hoàn thành: không gia hạn được.");
    }
    if (!date.isAfter(task.getDeadline())) {
      throw ApiException.badRequest("Thời hạn mới (" + PlanCalendar.day(date) + ") phải sau thời hạn hiện tại (" + PlanCalendar.day(task.getDeadline()) + ").");
    }
    if (task.getPlan().getEndsOn() != null && date.isAfter(task.getPlan().getEndsOn())) {
      throw ApiException.badRequest("Thời hạn mới (" + PlanCalendar.day(date) + ") sau ngày kết thúc kế hoạch (" + PlanCalendar.day(task.getPlan().getEndsOn()) + ").");
    }
    boolean pending = service.asSystem(() -> taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey("UserTask_ApproveExtension").count() > 0);
    if (pending) {
      throw ApiException.conflict("Nhiệm vụ " + task.getCode() + " đang có đề nghị gia hạn chờ xem xét.");
    }
    service.log(task.getPlan(), task, "EXTENSION_REQUEST", "Đề nghị gia hạn nhiệm vụ " + task.getCode() + " đến " + PlanCalendar.day(date) + ".",
        reason.trim(), String.valueOf(task.getDeadline()), date.toString());
    service.asSystem(() -> runtime.createMessageCorrelation("Message_PlanTaskExtensionRequested")
        .processInstanceId(task.getProcessInstanceId())
        .setVariable(PlanTaskVariables.REQUESTED_DEADLINE, date.toString())
        .setVariable(PlanTaskVariables.REQUESTED_DEADLINE_TEXT, PlanCalendar.day(date))
        .setVariable(PlanTaskVariables.EXTENSION_REASON, reason.trim())
        .setVariable(PlanTaskVariables.EXTENSION_REQUESTED_BY, user.userId())
        .correlateWithResult());
    return task;
  }
}
