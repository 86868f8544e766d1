package vn.gov.commune.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.gov.commune.organisation.OrgUnit;
import vn.gov.commune.security.Roles;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.UntrustedText;

/**
 * The steps of processes/plan-review.bpmn and processes/plan-task.bpmn, called by expressions such
 * as {@code ${planSteps.openPeriod(execution)}}. A complete listener that refuses the input throws
 * with a Vietnamese message; the engine rolls the whole completion back.
 */
@Component("planSteps")
public class PlanSteps {

  static final String RESULT_PERIOD = "KET-QUA";
  static final String[] TIMERS = {"BoundaryEvent_Reminder7", "BoundaryEvent_Reminder3", "BoundaryEvent_Reminder1", "BoundaryEvent_Overdue"};

  private final PlanService service;
  private final PlanLifecycle lifecycle;
  private final PlanCalendar calendar;
  private final ProgressReportRepository reports;
  private final EvidenceRepository evidence;
  private final PlanFileStore files;
  private final IndicatorService indicators;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final ObjectMapper json;

  public PlanSteps(
      PlanService service,
      PlanLifecycle lifecycle,
      PlanCalendar calendar,
      ProgressReportRepository reports,
      EvidenceRepository evidence,
      PlanFileStore files,
      IndicatorService indicators,
      RuntimeService runtime,
      ManagementService management,
      ObjectMapper json) {
    this.service = service;
    this.lifecycle = lifecycle;
    this.calendar = calendar;
    this.reports = reports;
    this.evidence = evidence;
    this.files = files;
    this.indicators = indicators;
    this.runtime = runtime;
    this.management = management;
    this.json = json;
  }

  // ---- plan-review.bpmn ---------------------------------------------------------------------------

  /** Applies the reviewer's corrections; on "issue" every task must be complete. */
  public void applyReview(DelegateTask task) {
    Plan plan = plan(task);
    String decision = require(task, "reviewDecision", "Chọn ban hành hoặc hủy dự thảo.");
    if ("discard".equals(decision)) {
      require(task, "reviewNote", "Nhập lý do hủy dự thảo.");
      return;
    }
    if (!"issue".equals(decision)) {
      throw new ProcessEngineException("Quyết định rà soát không hợp lệ: " + decision + ".");
    }
    try {
      String title = require(task, "planTitle", "Nhập trích yếu của kế hoạch.");
      String number = require(task, "planNumber", "Nhập số, ký hiệu của kế hoạch.");
      LocalDate endsOn = DraftReader.date(require(task, "planEndsOn", "Nhập ngày kết thúc kế hoạch."), "ngày kết thúc kế hoạch");
      if (plan.getIssuedOn() != null && endsOn.isBefore(plan.getIssuedOn())) {
        throw ApiException.badRequest("Ngày kết thúc kế hoạch (" + endsOn + ") trước ngày ban hành (" + plan.getIssuedOn() + ").");
      }
      JsonNode tasks;
      try {
        tasks = json.readTree(draftTasks(task));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw ApiException.badRequest("Danh sách nhiệm vụ không đúng định dạng JSON: " + e.getOriginalMessage());
      }
      List<DraftReader.TaskInput> inputs = DraftReader.tasks(tasks);
      if (inputs.isEmpty()) {
        throw ApiException.badRequest("Kế hoạch chưa có nhiệm vụ nào.");
      }
      String before = plan.getNumber() + " | " + plan.getTitle() + " | " + plan.getEndsOn();
      plan.setTitle(title);
      plan.setNumber(number);
      plan.setEndsOn(endsOn);
      service.save(plan);
      lifecycle.replaceTasks(plan, inputs, true);
      service.log(plan, null, "REVIEW", "Rà soát, hiệu chỉnh dự thảo: " + inputs.size() + " nhiệm vụ.", string(task, "reviewNote"),
          before, plan.getNumber() + " | " + plan.getTitle() + " | " + plan.getEndsOn());
    } catch (ApiException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
  }

  /**
   * The corrected task list: the Json variable {@code draftTasks} (as the review form submits it), read
   * in its serialized form so that malformed JSON gets the Vietnamese message; a String is accepted too.
   */
  private static String draftTasks(DelegateTask task) {
    TypedValue value = task.getVariableTyped("draftTasks", false);
    String text = null;
    if (value instanceof SerializableValue serializable) {
      text = serializable.isDeserialized() && serializable.getValueSerialized() == null
          ? String.valueOf(serializable.getValue()) : serializable.getValueSerialized();
    } else if (value != null && value.getValue() != null) {
      text = value.getValue().toString();
    }
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest("Danh sách nhiệm vụ trống.");
    }
    return text;
  }

  /** Issues the plan and starts one plan-task instance per task, in the commune's tenant. */
  public void issuePlan(DelegateExecution execution) {
    Plan plan = plan(execution);
    plan.setStatus(PlanStatus.ISSUED);
    service.save(plan);
    service.log(plan, null, "ISSUE", "Ban hành kế hoạch " + plan.getNumber() + ", giao " + service.tasks(plan).size() + " nhiệm vụ.", null,
        PlanStatus.DRAFT.label(), PlanStatus.ISSUED.label());
    for (PlanTask task : service.tasks(plan)) {
      Map<String, Object> variables = PlanService.vars(
          "communeId", plan.getCommuneId(),
          "planId", plan.getId(),
          "planTaskId", task.getId(),
          "planNumber", plan.getNumber(),
          "taskCode", task.getCode(),
          "taskContent", task.getContent(),
          "leadUnitCode", task.getLeadUnitCode(),
          "recurring", task.isRecurring(),
          "expectedResult", task.getExpectedResult(),
          "deadlineText", task.isRecurring() ? "Thường xuyên, báo cáo trước ngày " + plan.getMonthlyDueDay() + " hằng tháng" : String.valueOf(task.getDeadline()));
      String instanceId = service.asSystem(
          () -> runtime.startProcessInstanceByKey(PlanService.TASK_PROCESS, businessKey(plan, task), variables).getId());
      task.setProcessInstanceId(instanceId);
      service.save(task);
    }
  }

  public void discardDraft(DelegateExecution execution) {
    Plan plan = plan(execution);
    plan.setStatus(PlanStatus.DISCARDED);
    service.save(plan);
    service.log(plan, null, "DISCARD", "Hủy dự thảo kế hoạch.", string(execution, "reviewNote"), PlanStatus.DRAFT.label(), PlanStatus.DISCARDED.label());
  }

  static String businessKey(Plan plan, PlanTask task) {
    return plan.getNumber() + "#" + task.getCode();
  }

  // ---- plan-task.bpmn ---------------------------------------------------------------------------

  public void setDueDate(DelegateTask task) {
    Instant now = PlanService.now();
    Date due = switch (task.getTaskDefinitionKey()) {
      case "UserTask_SubmitResult" -> (Date) task.getVariable("deadlineAt");
      case "UserTask_ReviewDraft", "UserTask_AssignOfficer", "UserTask_ApproveExtension" -> calendar.workingDaysAfter(now, 2);
      default -> calendar.workingDaysAfter(now, 3);
    };
    task.setDueDate(due);
  }

  /** The unit head of the lead unit names an officer of the unit. */
  public void assignOfficer(DelegateTask delegate) {
    PlanTask task = task(delegate);
    String officerId = require(delegate, "officerId", "Chọn cán bộ thực hiện nhiệm vụ.").trim();
    OrgUnit unit = requireLeadUnitHead(task, "phân công");
    try {
      PlanLifecycle.requireMember(unit, officerId);
    } catch (ApiException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
    delegate.setVariable("officerId", officerId);
    task.setOfficerId(officerId);
    service.save(task);
    service.log(task.getPlan(), task, "ASSIGN", "Phân công " + officerId + " thực hiện nhiệm vụ " + task.getCode() + ".",
        string(delegate, "assignNote"), null, officerId);
    service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Nhiệm vụ " + task.getCode() + " bắt đầu thực hiện.");
  }

  /**
   * Sets the due date of the next period and its reminder dates: the deadline of a one-off task, or
   * the next monthly report (last working day before the plan's monthly due day) of a recurring one.
   */
  public void openPeriod(DelegateExecution execution) {
    PlanTask task = task(execution);
    LocalDate due;
    String period;
    if (task.isRecurring()) {
      YearMonth month = task.getCurrentPeriod() == null
          ? firstMonth(task, calendar.today(PlanService.now()))
          : YearMonth.parse(task.getCurrentPeriod()).plusMonths(1);
      period = month.toString();
      due = calendar.monthlyDueDay(month, task.getPlan().getMonthlyDueDay());
      task.setCurrentPeriod(period);
      task.setDeadline(due);
      service.save(task);
      service.log(task.getPlan(), task, "PERIOD", "Kỳ báo cáo tháng " + month.getMonthValue() + "/" + month.getYear() + ": hạn " + due + ".", null, null, period);
    } else {
      period = RESULT_PERIOD;
      due = calendar.dueDay(task.getDeadline());
    }
    execution.setVariable("period", period);
    execution.setVariable("periodLabel", RESULT_PERIOD.equals(period)
        ? "Kết quả thực hiện nhiệm vụ"
        : "Báo cáo tháng " + YearMonth.parse(period).getMonthValue() + "/" + YearMonth.parse(period).getYear());
    setDeadlineVariables(execution, due);
    if (task.getStatus() != TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
      service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Nhiệm vụ " + task.getCode() + " đang thực hiện.");
    }
  }

  private YearMonth firstMonth(PlanTask task, LocalDate today) {
    YearMonth month = YearMonth.from(today);
    // the first report is the first one still due after today
    while (!calendar.monthlyDueDay(month, task.getPlan().getMonthlyDueDay()).isAfter(today)) {
      month = month.plusMonths(1);
    }
    return month;
  }

  private void setDeadlineVariables(VariableScope scope, LocalDate due) {
    scope.setVariable("deadlineDay", due.toString());
    scope.setVariable("deadlineAt", Date.from(calendar.endOf(due)));
    scope.setVariable("reminder7At", calendar.reminderAt(due, 7));
    scope.setVariable("reminder3At", calendar.reminderAt(due, 3));
    scope.setVariable("reminder1At", calendar.reminderAt(due, 1));
  }

  /** A staged reminder; skipped when it fires late, after the next stage's time (e.g. a task assigned 2 days before its deadline). */
  public void remind(DelegateExecution execution, int workingDaysBefore) {
    PlanTask task = task(execution);
    Instant now = PlanService.now();
    Date next = switch (workingDaysBefore) {
      case 7 -> (Date) execution.getVariable("reminder3At");
      case 3 -> (Date) execution.getVariable("reminder1At");
      default -> (Date) execution.getVariable("deadlineAt");
    };
    if (!now.isBefore(next.toInstant())) {
      return;
    }
    String message = "Nhắc việc: nhiệm vụ " + task.getCode() + " của Kế hoạch " + task.getPlan().getNumber() + " còn "
        + workingDaysBefore + " ngày làm việc đến hạn " + (task.isRecurring() ? "báo cáo tháng " + task.getCurrentPeriod() + " " : "")
        + "(" + execution.getVariable("deadlineDay") + ").";
    service.notifyUser(task, task.getOfficerId(), PlanNotification.REMINDER, message);
  }

  /** Past the deadline: the task is overdue and the BCĐ office is told. */
  public void escalateOverdue(DelegateExecution execution) {
    PlanTask task = task(execution);
    service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_QUA_HAN, "Nhiệm vụ " + task.getCode() + " quá hạn (" + execution.getVariable("deadlineDay") + ").");
    service.notifyGroup(task, Roles.STEERING_OFFICE, PlanNotification.OVERDUE_ESCALATION,
        "Nhiệm vụ " + task.getCode() + " của Kế hoạch " + task.getPlan().getNumber() + " (" + task.getLeadUnitCode() + ", cán bộ "
            + task.getOfficerId() + ") đã quá hạn " + (task.isRecurring() ? "báo cáo tháng " + task.getCurrentPeriod() + " " : "")
            + "(" + execution.getVariable("deadlineDay") + ") mà chưa có kết quả.");
  }

  /** The officer's report with its evidence files (variables evidence_1, evidence_2, …). */
  public void submitResult(DelegateTask delegate) {
    PlanTask task = task(delegate);
    String text = require(delegate, "resultText", "Nhập kết quả thực hiện (rõ kết quả).");
    List<String> names = new ArrayList<>();
    for (String name : delegate.getVariableNames()) {
      if (name.startsWith("evidence_")) {
        names.add(name);
      }
    }
    names.sort(null);
    List<Object[]> checked = new ArrayList<>();
    for (String name : names) {
      FileValue file = delegate.getVariableTyped(name);
      if (file == null || file.getValue() == null) {
        continue;
      }
      byte[] content;
      try (var in = file.getValue()) {
        content = in.readAllBytes();
      } catch (IOException e) {
        throw new ProcessEngineException("Không đọc được tệp minh chứng " + file.getFilename() + ".", e);
      }
      if (content.length == 0 && (file.getFilename() == null || file.getFilename().isBlank())) {
        continue; // a file field left empty: Tasklist's Forms SDK still submits it, nameless and empty
      }
      try {
        String fileName = UntrustedText.uploadedFileName(file.getFilename(), name);
        checked.add(new Object[] {fileName, files.check(fileName, content), content});
      } catch (ApiException e) {
        throw new ProcessEngineException(e.getMessage(), e);
      }
    }
    boolean hadEvidence = !reports.findByTaskIdOrderById(task.getId()).isEmpty()
        && !evidence.findByTaskIdOrderById(task.getId()).isEmpty();
    if (checked.isEmpty() && !task.isRecurring() && !hadEvidence) {
      throw new ProcessEngineException("Đính kèm ít nhất một tài liệu minh chứng (PDF, DOCX, ODT, XLSX, JPEG, PNG).");
    }
    Double value = task.getIndicator() == null ? null : indicators.value(task.getIndicator(), task.getPlan().getCommuneId());
    ProgressReport report = reports.save(new ProgressReport(task.getId(), string(delegate, "period"), text, value, service.actor(), PlanService.now()));
    for (Object[] file : checked) {
      byte[] content = (byte[]) file[2];
      evidence.save(new Evidence(report.getId(), task.getId(), (String) file[0], (String) file[1], content.length, files.store((String) file[0], (String) file[1], content), service.actor(), PlanService.now()));
    }
    names.forEach(delegate.getExecution()::removeVariable);
    delegate.setVariable("reportId", report.getId());
    delegate.setVariable("indicatorText", IndicatorService.describe(task.getIndicator(), task.getIndicatorTarget(), value));
    service.log(task.getPlan(), task, "SUBMIT", "Báo cáo " + (task.isRecurring() ? "tháng " + report.getPeriod() : "kết quả") + " nhiệm vụ "
        + task.getCode() + " với " + checked.size() + " tài liệu minh chứng.", null, null, text);
  }

  /**
   * The unit-head group spans every unit of the commune; only the head of the task's lead unit may
   * assign it or accept its results.
   */
  private OrgUnit requireLeadUnitHead(PlanTask task, String action) {
    OrgUnit unit = service.unit(task.getPlan().getCommuneId(), task.getLeadUnitCode()).orElseThrow();
    String actor = service.actor();
    if (!PlanService.SYSTEM_ACTOR.equals(actor) && !unit.getMembers().contains(actor) && !isAdmin()) {
      throw new ProcessEngineException("Chỉ trưởng " + unit.getName() + " (đơn vị chủ trì) được " + action + " nhiệm vụ " + task.getCode() + ".");
    }
    return unit;
  }

  public void reviewResult(DelegateTask delegate) {
    requireLeadUnitHead(task(delegate), "xem xét kết quả");
    decide(delegate, "unitHeadDecision", ProgressReport.UNIT_ACCEPTED, "Trưởng đơn vị");
  }

  public void confirmResult(DelegateTask delegate) {
    decide(delegate, "steeringDecision", ProgressReport.ACCEPTED, "Thường trực Ban Chỉ đạo");
  }

  private void decide(DelegateTask delegate, String variable, String accepted, String who) {
    PlanTask task = task(delegate);
    String decision = require(delegate, variable, "Chọn chấp nhận hoặc trả lại.");
    ProgressReport report = reports.findById(((Number) delegate.getVariable("reportId")).longValue()).orElseThrow();
    if ("return".equals(decision)) {
      String reason = require(delegate, "returnReason", "Nhập lý do trả lại báo cáo.");
      report.decide(ProgressReport.RETURNED, reason, service.actor(), PlanService.now());
      reports.save(report);
      service.log(task.getPlan(), task, "DECISION", who + " trả lại báo cáo nhiệm vụ " + task.getCode() + ".", reason, null, ProgressReport.RETURNED);
    } else if ("accept".equals(decision)) {
      report.decide(accepted, string(delegate, "decisionNote"), service.actor(), PlanService.now());
      reports.save(report);
      delegate.setVariable("returnReason", null);
      service.log(task.getPlan(), task, "DECISION", who + " chấp nhận báo cáo nhiệm vụ " + task.getCode() + ".", string(delegate, "decisionNote"), null, accepted);
    } else {
      throw new ProcessEngineException("Quyết định không hợp lệ: " + decision + ".");
    }
  }

  /** The accepted report ends the period: on time when submitted by the deadline. */
  public void closePeriod(DelegateExecution execution) {
    PlanTask task = task(execution);
    ProgressReport report = reports.findById(((Number) execution.getVariable("reportId")).longValue()).orElseThrow();
    boolean late = report.getSubmittedAt().isAfter(((Date) execution.getVariable("deadlineAt")).toInstant());
    if (late) {
      task.setLatePeriods(task.getLatePeriods() + 1);
    }
    boolean more = false;
    if (task.isRecurring()) {
      LocalDate end = task.getRecurrenceEnd() != null ? task.getRecurrenceEnd() : task.getPlan().getEndsOn();
      YearMonth next = YearMonth.parse(task.getCurrentPeriod()).plusMonths(1);
      more = !calendar.monthlyDueDay(next, task.getPlan().getMonthlyDueDay()).isAfter(end);
      if (task.getStatus() == TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
        service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Đã có báo cáo tháng " + task.getCurrentPeriod() + ".");
      }
    }
    service.save(task);
    service.log(task.getPlan(), task, "PERIOD_CLOSED", "Kết thúc kỳ " + report.getPeriod() + (late ? " (báo cáo quá hạn)." : " (đúng hạn)."), null, null, report.getPeriod());
    execution.setVariable("morePeriods", more);
  }

  public void completeTask(DelegateExecution execution) {
    PlanTask task = task(execution);
    task.setCompletedAt(PlanService.now());
    service.save(task);
    TaskStatus status = task.getLatePeriods() > 0 ? TaskStatus.HOAN_THANH_QUA_HAN : TaskStatus.HOAN_THANH_DUNG_HAN;
    service.changeStatus(task, status, "Nhiệm vụ " + task.getCode() + ": " + status.label().toLowerCase() + ".");
    execution.setVariable("taskOutcome", status.name());
    Plan plan = task.getPlan();
    if (service.tasks(plan).stream().allMatch(t -> t.getStatus().finished())) {
      plan.setStatus(PlanStatus.CLOSED);
      service.save(plan);
      service.log(plan, null, "CLOSE", "Mọi nhiệm vụ của kế hoạch đã hoàn thành.", null, PlanStatus.ISSUED.label(), PlanStatus.CLOSED.label());
    }
  }

  // ---- extension --------------------------------------------------------------------------------

  public void decideExtension(DelegateTask delegate) {
    String decision = require(delegate, "extensionDecision", "Chọn đồng ý hoặc không đồng ý gia hạn.");
    if ("refuse".equals(decision)) {
      require(delegate, "extensionRefusalReason", "Nhập lý do không đồng ý gia hạn.");
    } else if (!"approve".equals(decision)) {
      throw new ProcessEngineException("Quyết định không hợp lệ: " + decision + ".");
    }
  }

  /** Moves the deadline and the timers of the running period. */
  public void applyExtension(DelegateExecution execution) {
    PlanTask task = task(execution);
    LocalDate previous = task.getDeadline();
    LocalDate requested = LocalDate.parse(string(execution, "requestedDeadline"));
    task.setDeadline(requested);
    service.save(task);
    service.log(task.getPlan(), task, "EXTENSION", "Gia hạn nhiệm vụ " + task.getCode() + " đến " + requested + " (Thường trực BCĐ đồng ý).",
        string(execution, "extensionReason"), String.valueOf(previous), requested.toString());
    if (execution.getVariable("deadlineAt") != null) {
      LocalDate due = calendar.dueDay(requested);
      setDeadlineVariables(execution, due);
      Map<String, Date> dates = Map.of(
          "BoundaryEvent_Reminder7", (Date) execution.getVariable("reminder7At"),
          "BoundaryEvent_Reminder3", (Date) execution.getVariable("reminder3At"),
          "BoundaryEvent_Reminder1", (Date) execution.getVariable("reminder1At"),
          "BoundaryEvent_Overdue", (Date) execution.getVariable("deadlineAt"));
      for (String activity : TIMERS) {
        for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(activity).list()) {
          management.setJobDuedate(job.getId(), dates.get(activity));
        }
      }
      if (task.getStatus() == TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
        service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Gia hạn đến " + requested + ".");
      }
    }
  }

  public void recordExtensionRefused(DelegateExecution execution) {
    PlanTask task = task(execution);
    service.log(task.getPlan(), task, "EXTENSION_REFUSED", "Không đồng ý gia hạn nhiệm vụ " + task.getCode() + ".",
        string(execution, "extensionRefusalReason"), String.valueOf(task.getDeadline()), string(execution, "requestedDeadline"));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private boolean isAdmin() {
    var auth = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication();
    return auth != null && auth.getGroupIds() != null && auth.getGroupIds().contains(Roles.ADMIN);
  }

  /** The plan under review: the instance's business key, in the instance's commune (never another's by a variable). */
  private Plan plan(VariableScope scope) {
    Plan plan = service.plan(((Number) scope.getVariable("planId")).longValue());
    requireOwn(scope, plan, plan.getNumber());
    return plan;
  }

  /** The plan task of the instance: its business key, in the instance's commune (never another's by a variable). */
  private PlanTask task(VariableScope scope) {
    PlanTask task = service.task(((Number) scope.getVariable("planTaskId")).longValue());
    requireOwn(scope, task.getPlan(), businessKey(task.getPlan(), task));
    return task;
  }

  private static void requireOwn(VariableScope scope, Plan plan, String businessKey) {
    DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) scope;
    if (!plan.getCommuneId().equals(execution.getTenantId()) || !businessKey.equals(execution.getProcessBusinessKey())) {
      throw new AuthorizationException("Kế hoạch, nhiệm vụ " + businessKey + " không thuộc quy trình này.");
    }
  }

  private PlanTask task(DelegateTask delegate) {
    return task((VariableScope) delegate);
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  static String require(VariableScope scope, String name, String message) {
    String value = string(scope, name);
    if (value == null) {
      throw new ProcessEngineException(message);
    }
    return value;
  }
}
