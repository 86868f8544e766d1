package vn.gov.commune.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.IntegrationTest;

/** Every path of processes/plan-review.bpmn and plan-task.bpmn through the REST API, Tasklist-like completion and time travel. */
@IntegrationTest
class PlanProcessTest {

  /** Evidence is checked like any digitised document: a real one-page PDF. */
  static final byte[] PDF = vn.gov.commune.digitisation.TestFiles.pdf("Biên bản họp rà soát quy trình giải quyết hồ sơ");

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired PlanRepository plans;
  @Autowired PlanTaskRepository tasks;
  @Autowired PlanHistoryRepository historyEntries;
  @Autowired PlanNotificationRepository notifications;
  @Autowired ProgressReportRepository reports;
  @Autowired EvidenceRepository evidenceFiles;
  @Autowired org.camunda.bpm.engine.HistoryService engineHistory;
  @Autowired vn.gov.commune.calendar.CalendarAdministration calendarAdministration;

  static int counter;

  @BeforeEach
  void setUp() {
    at("2026-03-02T09:00:00+07:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionKey("plan-task").list()) {
      runtime.deleteProcessInstance(p.getId(), "test cleanup");
    }
    for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionKey("plan-review").list()) {
      runtime.deleteProcessInstance(p.getId(), "test cleanup");
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------

  static void at(String iso) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(iso).toInstant()));
  }

  static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  <T> ResponseEntity<T> post(String user, String url, Object body, Class<T> type) {
    return rest.exchange(url, HttpMethod.POST, new HttpEntity<>(body, basic(user)), type);
  }

  <T> ResponseEntity<T> get(String user, String url, Class<T> type) {
    return rest.exchange(url, HttpMethod.GET, new HttpEntity<>(basic(user)), type);
  }

  static String draft(String number, String taskList) {
    return """
        {"communeId":"sa-thay","draft":{"number":"%s","title":"Kế hoạch chuyển đổi số năm 2026","issuingBody":"Ủy ban nhân dân xã Sa Thầy",
         "issuedOn":"2026-03-02","parentPlans":["02-KH/BCĐTW","05-KH/TU"],"reporting":{"monthlyDueDay":13},
         "tasks":%s,"warnings":["Kiểm tra đơn vị chủ trì"]}}
        """.formatted(number, taskList);
  }

  static String oneTask(String deadline) {
    return """
        [{"section":"1. Hiện đại hóa dịch vụ công","content":"Nâng tỷ lệ hồ sơ giải quyết đúng hạn","leadUnit":"Phòng Văn hóa - Xã hội",
          "coordinatingUnits":["VP"],"deadline":"%s","recurring":false,"expectedResult":"Báo cáo kết quả","indicator":"ON_TIME_SHARE","indicatorTarget":80}]
        """.formatted(deadline);
  }

  String uniqueNumber() {
    return (++counter) + "-" + System.nanoTime() % 100000 + "/KH-UBND";
  }

  Long createPlan(String number, String taskList) {
    ResponseEntity<Map> created = post("sathay.steering", "/api/plans", draft(number, taskList), Map.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    return ((Number) created.getBody().get("id")).longValue();
  }

  Task openTask(String processInstanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  void complete(Task task, String user, String group, Map<String, Object> variables) {
    assertThat(task).isNotNull();
    identity.setAuthentication(user, List.of(group), List.of("sa-thay"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runJobs();
  }

  void runJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Creates, reviews (as is) and issues a plan; returns its tasks. */
  List<PlanTask> issue(String number, String taskList) {
    Long planId = createPlan(number, taskList);
    Plan plan = plans.findById(planId).orElseThrow();
    Task review = openTask(plan.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    complete(review, "sathay.steering", "steering-office", vars(
        "reviewDecision", "issue", "planNumber", number, "planTitle", plan.getTitle(), "planEndsOn", String.valueOf(plan.getEndsOn()),
        "draftTasks", taskService.getVariableTyped(review.getId(), "draftTasks")));
    assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.ISSUED);
    return tasks.findByPlanIdOrderById(planId);
  }

  PlanTask reload(PlanTask task) {
    return tasks.findById(task.getId()).orElseThrow();
  }

  void assign(PlanTask task) {
    complete(openTask(task.getProcessInstanceId(), "UserTask_AssignOfficer"), "sathay.unithead", "unit-head", vars("officerId", "sathay.specialist"));
  }

  void submit(PlanTask task, String officer, String text) {
    complete(openTask(task.getProcessInstanceId(), "UserTask_SubmitResult"), officer, "specialist", vars(
        "resultText", text,
        "evidence_1", Variables.fileValue("bien-ban-hop.pdf").file(PDF).mimeType("application/pdf").create(),
        // the form's unused file fields: Tasklist submits them nameless and empty
        "evidence_2", Variables.fileValue("").file(new byte[0]).create()));
  }

  void accept(PlanTask task) {
    complete(openTask(task.getProcessInstanceId(), "UserTask_ReviewResult"), "sathay.unithead", "unit-head", vars("unitHeadDecision", "accept"));
    complete(openTask(task.getProcessInstanceId(), "UserTask_ConfirmResult"), "sathay.steering", "steering-office", vars("steeringDecision", "accept"));
  }

  List<String> actions(PlanTask task) {
    return historyEntries.findByTaskIdOrderById(task.getId()).stream().map(PlanHistoryEntry::getAction).toList();
  }

  // ---- paths --------------------------------------------------------------------------------------

  /**
   * "Ban hành" with rows that cannot start says which rows and why, all at once; nothing is issued.
   * Once issued, the unit head picks the officer from the lead unit's members (the assignment form's
   * select reads them from officerChoices), and the task list shows the plan number and the task.
   */
  @Test
  void issuingNamesEveryUnresolvedRowAndTheAssignmentOffersTheLeadUnitsMembers() throws Exception {
    String number = uniqueNumber();
    Long planId = createPlan(number, """
        [{"code":"1","content":"Số hóa kết quả giải quyết TTHC","leadUnit":"VHXH","deadline":"2026-06-30"},
         {"code":"2","content":"Rà soát quy trình nội bộ","deadline":"2026-06-30"},
         {"code":"3","content":"Tập huấn kỹ năng số","leadUnit":"Ban không rõ"}]
        """);
    Plan plan = plans.findById(planId).orElseThrow();
    Task review = openTask(plan.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    assertThat(taskService.getVariablesLocal(review.getId())).containsEntry("cardPlanNumber", number);
    Map<String, Object> issue = vars("reviewDecision", "issue", "planNumber", number, "planTitle", plan.getTitle(), "planEndsOn", "2026-12-31",
        "draftTasks", taskService.getVariableTyped(review.getId(), "draftTasks"));
    assertThatThrownBy(() -> complete(review, "sathay.steering", "steering-office", issue))
        .hasMessageContaining("Chưa ban hành được kế hoạch: 2 dòng cần sửa (dòng 2, 3)")
        .hasMessageContaining("Dòng 2 (nhiệm vụ 2): chưa ghi đơn vị chủ trì")
        .hasMessageContaining("Dòng 3 (nhiệm vụ 3): đơn vị chủ trì 'Ban không rõ' không có trong xã/phường")
        .hasMessageContaining("Dòng 3 (nhiệm vụ 3): thiếu thời hạn hoàn thành")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Dòng 1 "));
    assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);

    issue.put("draftTasks", SpinValues.jsonValue("""
        [{"code":"1","content":"Số hóa kết quả giải quyết TTHC","leadUnit":"VHXH","deadline":"2026-06-30"}]
        """).create());
    complete(review, "sathay.steering", "steering-office", issue);
    PlanTask task = tasks.findByPlanIdOrderById(planId).get(0);
    Task assign = openTask(task.getProcessInstanceId(), "UserTask_AssignOfficer");
    String choices = ((org.camunda.spin.plugin.variable.value.JsonValue) taskService.getVariableTyped(assign.getId(), "officerChoices")).getValueSerialized();
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(choices).toString()).isEqualTo(
        "[{\"label\":\"Phạm Thị Hương (sathay.unithead)\",\"value\":\"sathay.unithead\"},"
            + "{\"label\":\"Trần Văn Minh (sathay.specialist)\",\"value\":\"sathay.specialist\"}]");
    String form = java.nio.file.Files.readString(java.nio.file.Path.of("forms/plan-assign.form"));
    assertThat(form).containsPattern("\"type\": \"select\",\\s*\"id\": \"Field_officerId\",\\s*\"key\": \"officerId\"")
        .contains("\"valuesKey\": \"" + PlanTaskVariables.OFFICER_CHOICES + "\"");
    assertThat(taskService.getVariablesLocal(assign.getId()))
        .containsEntry("cardPlanNumber", number).containsEntry("cardTaskContent", "Số hóa kết quả giải quyết TTHC");

    complete(assign, "sathay.unithead", "unit-head", vars("officerId", "sathay.specialist"));
    assertThat(reload(task).getOfficerId()).isEqualTo("sathay.specialist");
  }

  @Test
  void taskCompletedOnTimeWithStagedRemindersAndTheReportDocumentReadsBack() throws Exception {
    PlanTask task = issue(uniqueNumber(), oneTask("2026-03-20")).get(0);
    assertThat(task.getLeadUnitCode()).isEqualTo("VHXH");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getTenantId()).isEqualTo("sa-thay");
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.CHUA_THUC_HIEN);
    assign(task);
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_TRONG_HAN);
    assertThat(openTask(task.getProcessInstanceId(), "UserTask_SubmitResult").getAssignee()).isEqualTo("sathay.specialist");

    at("2026-03-11T09:00:00+07:00"); // 7 working days before Friday 20/3
    runJobs();
    at("2026-03-17T09:00:00+07:00"); // 3 working days before
    runJobs();
    at("2026-03-19T09:00:00+07:00"); // 1 working day before
    runJobs();
    List<PlanNotification> sent = notifications.findByTaskIdOrderById(task.getId());
    assertThat(sent).extracting(PlanNotification::getType).containsExactly("REMINDER", "REMINDER", "REMINDER");
    assertThat(sent.get(0).getMessage()).contains("còn 7 ngày làm việc");
    assertThat(sent.get(2).getUserId()).isEqualTo("sathay.specialist");

    ResponseEntity<List> mine = get("sathay.specialist", "/api/plans/notifications", List.class);
    assertThat(mine.getStatusCode().value()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) mine.getBody())
        .filteredOn(n -> ((Number) n.get("taskId")).longValue() == task.getId())
        .extracting(n -> n.get("type")).containsExactly("REMINDER", "REMINDER", "REMINDER");
    assertThat((List<Map<String, Object>>) get("kontum.specialist", "/api/plans/notifications", List.class).getBody())
        .noneMatch(n -> ((Number) n.get("taskId")).longValue() == task.getId());

    submit(task, "sathay.specialist", "Đã rà soát quy trình, tỷ lệ đúng hạn đạt yêu cầu");
    accept(task);
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.HOAN_THANH_DUNG_HAN);

    ResponseEntity<List> evidence = get("sathay.unithead", "/api/plans/tasks/" + task.getId() + "/evidence", List.class);
    assertThat(evidence.getStatusCode().value()).isEqualTo(200);
    Map<String, Object> file = (Map<String, Object>) evidence.getBody().get(0);
    assertThat(file).containsEntry("fileName", "bien-ban-hop.pdf").containsEntry("contentType", "application/pdf");
    ResponseEntity<byte[]> download = get("sathay.unithead", "/api/plans/tasks/" + task.getId() + "/evidence/" + file.get("id"), byte[].class);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(download.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(download.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"bien-ban-hop.pdf\"");
    assertThat(get("kontum.unithead", "/api/plans/tasks/" + task.getId() + "/evidence/" + file.get("id"), Map.class).getStatusCode().value()).isEqualTo(404);
    assertThat(get("sathay.unithead", "/api/plans/tasks/" + task.getId() + "/evidence/999999", Map.class).getStatusCode().value()).isEqualTo(404);
    assertThat(plans.findById(task.getPlan().getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.CLOSED);
    assertThat(actions(task)).contains("ASSIGN", "REMINDER", "SUBMIT", "DECISION", "PERIOD_CLOSED", "STATUS");

    ResponseEntity<Map> json = get("sathay.supervisor", "/api/plans/" + task.getPlan().getId() + "/report?month=2026-03", Map.class);
    assertThat(json.getStatusCode().value()).isEqualTo(200);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) json.getBody().get("rows");
    assertThat(rows.get(0)).containsEntry("statusLabel", "Hoàn thành đúng hạn").containsEntry("evidence", List.of("bien-ban-hop.pdf"));
    assertThat((String) rows.get(0).get("indicator")).startsWith("Tỷ lệ hồ sơ giải quyết đúng hạn");

    ResponseEntity<byte[]> docx = get("sathay.steering", "/api/plans/" + task.getPlan().getId() + "/report.docx?month=2026-03", byte[].class);
    assertThat(docx.getStatusCode().value()).isEqualTo(200);
    String xml = documentXml(docx.getBody());
    assertThat(xml).contains("ỦY BAN NHÂN DÂN", "XÃ SA THẦY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch số " + task.getPlan().getNumber() + " tháng 3 năm 2026",
        "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Kết quả/Sản phẩm", "Minh chứng",
        "Hoàn thành đúng hạn", "bien-ban-hop.pdf", "20/03/2026");
    ResponseEntity<Map> summary = get("sathay.steering", "/api/plans/" + task.getPlan().getId() + "/summary", Map.class);
    assertThat(((Map<String, Object>) summary.getBody().get("countByStatus"))).containsEntry("Hoàn thành đúng hạn", 1);
  }

  /** The steps that used to hide in task listeners are service tasks of the model; each happens, visibly, where it is drawn. */
  @Test
  void theDrawnStepsStoreTheResultItsEvidenceAndIndicatorRecordDecisionsAndRemindWithTheChosenDayCount() {
    PlanTask task = issue(uniqueNumber(), oneTask("2026-03-20")).get(0);
    String instance = task.getProcessInstanceId();
    assertThat(finished(plans.findById(task.getPlan().getId()).orElseThrow().getReviewProcessInstanceId(), "ServiceTask_ReviseDraft")).isEqualTo(1);
    // Monday 2/3 09:00: the unit head's task is due at the end of the 2nd working day (camunda:dueDate of the model)
    assertThat(openTask(instance, "UserTask_AssignOfficer").getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-04T17:00:00+07:00").toInstant());
    assign(task);
    assertThat(finished(instance, "ServiceTask_RecordAssignment")).isEqualTo(1);
    assertThat(reload(task).getOfficerId()).isEqualTo("sathay.specialist");
    // the officer's task is due when the overdue timer fires: deadlineAt, set by "Xác định hạn, lịch nhắc của kỳ"
    Job overdue = management.createJobQuery().processInstanceId(instance).activityId("BoundaryEvent_Overdue").singleResult();
    assertThat(openTask(instance, "UserTask_SubmitResult").getDueDate()).isEqualTo(overdue.getDuedate())
        .isEqualTo(runtime.getVariable(instance, PlanTaskVariables.DEADLINE_AT));

    // each reminder step says the number of working days its template input names
    at("2026-03-11T09:00:00+07:00");
    runJobs();
    at("2026-03-17T09:00:00+07:00");
    runJobs();
    at("2026-03-19T09:00:00+07:00");
    runJobs();
    assertThat(notifications.findByTaskIdOrderById(task.getId())).extracting(PlanNotification::getMessage)
        .satisfiesExactly(m -> assertThat(m).contains("còn 7 ngày làm việc"), m -> assertThat(m).contains("còn 3 ngày làm việc"),
            m -> assertThat(m).contains("còn 1 ngày làm việc"));
    assertThat(engineHistory.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(vn.gov.commune.plan.steps.RemindTaskDeadline.WORKING_DAYS_BEFORE).list())
        .extracting(v -> v.getValue()).containsExactlyInAnyOrder("7", "3", "1");

    Task submit = openTask(instance, "UserTask_SubmitResult");
    // guards refuse the completion; a file of another type is refused by "Lưu kết quả và minh chứng": nothing half-saved
    assertThatThrownBy(() -> complete(submit, "sathay.specialist", "specialist", vars("resultText", " ")))
        .hasMessageContaining("Nhập kết quả thực hiện");
    assertThatThrownBy(() -> complete(submit, "sathay.specialist", "specialist", vars("resultText", "Đã làm")))
        .hasMessageContaining("Đính kèm ít nhất một tài liệu minh chứng");
    assertThatThrownBy(() -> complete(submit, "sathay.specialist", "specialist", vars("resultText", "Đã làm",
        "evidence_1", Variables.fileValue("bien-ban.pdf").file("không phải PDF".getBytes(StandardCharsets.UTF_8)).create())))
        .hasMessageContaining("Tệp \"bien-ban.pdf\"").hasMessageContaining("nội dung thực là");
    assertThat(reports.findByTaskIdOrderById(task.getId())).isEmpty();
    assertThat(evidenceFiles.findByTaskIdOrderById(task.getId())).isEmpty();
    assertThat(openTask(instance, "UserTask_SubmitResult")).isNotNull();

    submit(task, "sathay.specialist", "Đã rà soát quy trình");
    assertThat(finished(instance, "ServiceTask_SaveResult")).isEqualTo(1);
    assertThat(finished(instance, "ServiceTask_UpdateIndicator")).isEqualTo(1);
    ProgressReport report = reports.findByTaskIdOrderById(task.getId()).get(0);
    assertThat(report.getText()).isEqualTo("Đã rà soát quy trình");
    assertThat(report.getPeriod()).isEqualTo(PlanTaskVariables.RESULT_PERIOD);
    assertThat(evidenceFiles.findByReportIdOrderById(report.getId())).extracting(Evidence::getFileName).containsExactly("bien-ban-hop.pdf");
    assertThat(runtime.getVariable(instance, PlanTaskVariables.REPORT_ID)).isEqualTo(report.getId());
    assertThat(runtime.getVariables(instance).keySet()).noneMatch(name -> name.startsWith(PlanTaskVariables.EVIDENCE_PREFIX));
    // the indicator (share of dossiers settled on time) is computed by "Cập nhật chỉ tiêu" and shown to the reviewers
    assertThat((String) runtime.getVariable(instance, PlanTaskVariables.INDICATOR_TEXT)).startsWith("Tỷ lệ hồ sơ giải quyết đúng hạn");
    // the reviewers read the officer and the lead unit by name, not by login id and unit code
    assertThat(task.getLeadUnitCode()).isEqualTo("VHXH");
    assertThat((String) runtime.getVariable(instance, PlanTaskVariables.LEAD_UNIT_NAME)).isEqualTo("Phòng Văn hóa - Xã hội");
    assertThat((String) runtime.getVariable(instance, PlanTaskVariables.OFFICER_NAME)).startsWith("Trần Văn Minh — ").doesNotContain("sathay.");
    assertThat(openTask(instance, "UserTask_ReviewResult").getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-24T17:00:00+07:00").toInstant());

    // each decision is recorded on the report by "Ghi nhận ý kiến …" with the decider its template input names
    complete(openTask(instance, "UserTask_ReviewResult"), "sathay.unithead", "unit-head", vars("unitHeadDecision", "accept"));
    assertThat(finished(instance, "ServiceTask_RecordUnitHeadDecision")).isEqualTo(1);
    assertThat(reports.findById(report.getId()).orElseThrow().getDecision()).isEqualTo(ProgressReport.UNIT_ACCEPTED);
    assertThat(reports.findById(report.getId()).orElseThrow().getDecidedBy()).isEqualTo("sathay.unithead");
    complete(openTask(instance, "UserTask_ConfirmResult"), "sathay.steering", "steering-office",
        vars("steeringDecision", "accept", "decisionNote", "Đạt"));
    assertThat(finished(instance, "ServiceTask_RecordSteeringDecision")).isEqualTo(1);
    ProgressReport accepted = reports.findById(report.getId()).orElseThrow();
    assertThat(accepted.getDecision()).isEqualTo(ProgressReport.ACCEPTED);
    assertThat(accepted.getDecisionReason()).isEqualTo("Đạt");
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.HOAN_THANH_DUNG_HAN);
  }

  long finished(String processInstanceId, String activityId) {
    return engineHistory.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId).finished().count();
  }

  @Test
  void lateTaskIsEscalatedSentBackWithAReasonAndClosedLate() {
    PlanTask task = issue(uniqueNumber(), oneTask("2026-03-06")).get(0);
    assign(task);
    at("2026-03-06T17:30:00+07:00");
    runJobs();
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_QUA_HAN);
    PlanNotification escalation = notifications.findByTaskIdOrderById(task.getId()).stream()
        .filter(n -> n.getType().equals(PlanNotification.OVERDUE_ESCALATION)).findFirst().orElseThrow();
    assertThat(escalation.getGroupId()).isEqualTo("steering-office");
    assertThat(escalation.getMessage()).contains("quá hạn");

    at("2026-03-09T09:00:00+07:00");
    // evidence goes through the digitisation checks: a disguised file and a document stamped TỐI MẬT are refused
    Task submitTask = openTask(task.getProcessInstanceId(), "UserTask_SubmitResult");
    assertThatThrownBy(() -> complete(submitTask, "sathay.specialist", "specialist", vars("resultText", "Kết quả",
        "evidence_1", Variables.fileValue("bien-ban.pdf").file("MZ\0\0not a pdf".getBytes(StandardCharsets.US_ASCII)).create())))
        .hasMessageContaining("nội dung thực là");
    assertThatThrownBy(() -> complete(submitTask, "sathay.specialist", "specialist", vars("resultText", "Kết quả",
        "evidence_1", Variables.fileValue("bao-cao.pdf").file(vn.gov.commune.digitisation.TestFiles.pdf("TỐI MẬT\nBáo cáo an ninh thôn")).create())))
        .hasMessageContaining("bí mật nhà nước");
    assertThat(openTask(task.getProcessInstanceId(), "UserTask_SubmitResult")).as("the task stays open").isNotNull();
    submit(task, "sathay.specialist", "Bản nháp kết quả");
    Task review = openTask(task.getProcessInstanceId(), "UserTask_ReviewResult");
    assertThatThrownBy(() -> complete(review, "sathay.unithead", "unit-head", vars("unitHeadDecision", "return")))
        .hasMessageContaining("Nhập lý do trả lại");
    // the head of another unit of the same commune is in the unit-head group but may not decide
    assertThatThrownBy(() -> complete(review, "sathay.unithead.kt", "unit-head", vars("unitHeadDecision", "accept")))
        .hasMessageContaining("Chỉ trưởng Phòng Văn hóa - Xã hội");
    complete(review, "sathay.unithead", "unit-head", vars("unitHeadDecision", "return", "returnReason", "Thiếu số liệu tháng 2"));
    assertThat(openTask(task.getProcessInstanceId(), "UserTask_SubmitResult")).isNotNull();
    submit(task, "sathay.specialist", "Kết quả đầy đủ, có số liệu tháng 2");
    accept(task);
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.HOAN_THANH_QUA_HAN);
    assertThat(historyEntries.findByTaskIdOrderById(task.getId())).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("DECISION");
      assertThat(e.getReason()).isEqualTo("Thiếu số liệu tháng 2");
    });
  }

  @Test
  void extensionNeedsAReasonAndApprovalAndReassignmentStaysInTheLeadUnit() {
    PlanTask task = issue(uniqueNumber(), oneTask("2026-03-20")).get(0);
    assign(task);
    int before = historyEntries.findByTaskIdOrderById(task.getId()).size();
    String url = "/api/plans/tasks/" + task.getId();

    ResponseEntity<Map> noReason = post("sathay.specialist", url + "/extension", Map.of("newDeadline", "2026-04-10", "reason", " "), Map.class);
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat((String) noReason.getBody().get("detail")).contains("lý do");
    ResponseEntity<Map> badDate = post("sathay.specialist", url + "/extension", Map.of("newDeadline", "31/04/2026", "reason", "Chờ kinh phí"), Map.class);
    assertThat(badDate.getStatusCode().value()).isEqualTo(400);
    assertThat((String) badDate.getBody().get("detail")).contains("không tồn tại");
    assertThat(historyEntries.findByTaskIdOrderById(task.getId())).hasSize(before);
    assertThat(taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskDefinitionKey("UserTask_ApproveExtension").count()).isZero();

    ResponseEntity<Map> requested = post("sathay.specialist", url + "/extension", Map.of("newDeadline", "2026-04-10", "reason", "Chờ kinh phí mua thiết bị"), Map.class);
    assertThat(requested.getStatusCode().value()).as(String.valueOf(requested.getBody())).isEqualTo(202);
    complete(openTask(task.getProcessInstanceId(), "UserTask_ApproveExtension"), "sathay.steering", "steering-office", vars("extensionDecision", "approve"));
    assertThat(reload(task).getDeadline()).hasToString("2026-04-10");
    assertThat(reload(task).getOriginalDeadline()).hasToString("2026-03-20");
    Job overdue = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).activityId("BoundaryEvent_Overdue").singleResult();
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-04-10T17:00:00+07:00").toInstant());
    at("2026-03-21T09:00:00+07:00");
    runJobs();
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_TRONG_HAN);

    ResponseEntity<Map> outside = post("sathay.unithead", url + "/reassign", Map.of("officerId", "sathay.clerk", "reason", "Điều động"), Map.class);
    assertThat(outside.getStatusCode().value()).isEqualTo(400);
    assertThat((String) outside.getBody().get("detail")).contains("không thuộc đơn vị chủ trì");
    assertThat(reload(task).getOfficerId()).isEqualTo("sathay.specialist");
    ResponseEntity<Map> reassigned = post("sathay.unithead", url + "/reassign", Map.of("officerId", "sathay.unithead", "reason", "Cán bộ nghỉ phép"), Map.class);
    assertThat(reassigned.getStatusCode().value()).as(String.valueOf(reassigned.getBody())).isEqualTo(200);
    assertThat(openTask(task.getProcessInstanceId(), "UserTask_SubmitResult").getAssignee()).isEqualTo("sathay.unithead");
    assertThat(historyEntries.findByTaskIdOrderById(task.getId())).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("REASSIGN");
      assertThat(e.getOldValue()).isEqualTo("sathay.specialist");
      assertThat(e.getNewValue()).isEqualTo("sathay.unithead");
      assertThat(e.getReason()).isEqualTo("Cán bộ nghỉ phép");
    });
    assertThat(actions(task)).contains("EXTENSION_REQUEST", "EXTENSION");
    submit(task, "sathay.unithead", "Hoàn thành sau gia hạn");
    accept(task);
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.HOAN_THANH_DUNG_HAN);
  }

  /** Dates people read (the task's deadline on its forms, the requested new deadline, reminders) are dd/MM/yyyy, never ISO. */
  @Test
  void deadlinesAreShownToPeopleAsDayMonthYear() {
    PlanTask task = issue(uniqueNumber(), oneTask("2026-03-20")).get(0);
    String instance = task.getProcessInstanceId();
    assertThat(runtime.getVariable(instance, PlanTaskVariables.DEADLINE_TEXT)).isEqualTo("20/03/2026");
    assign(task);
    // the officer's result form shows "Hạn báo cáo" from deadlineDay
    assertThat(runtime.getVariable(instance, PlanTaskVariables.DEADLINE_DAY)).isEqualTo("20/03/2026");
    ResponseEntity<Map> requested = post("sathay.specialist", "/api/plans/tasks/" + task.getId() + "/extension",
        Map.of("newDeadline", "2026-04-10", "reason", "Chờ kinh phí mua thiết bị"), Map.class);
    assertThat(requested.getStatusCode().value()).isEqualTo(202);
    Task approve = openTask(instance, "UserTask_ApproveExtension");
    // the steering office's form shows the current and the requested deadline
    assertThat(taskService.getVariables(approve.getId()))
        .containsEntry(PlanTaskVariables.DEADLINE_DAY, "20/03/2026")
        .containsEntry(PlanTaskVariables.REQUESTED_DEADLINE_TEXT, "10/04/2026");
    assertThat(historyEntries.findByTaskIdOrderById(task.getId())).filteredOn(e -> e.getAction().equals("EXTENSION_REQUEST"))
        .singleElement().satisfies(e -> assertThat(e.getMessage()).endsWith("đến 10/04/2026."));
    complete(approve, "sathay.steering", "steering-office", vars("extensionDecision", "approve"));
    assertThat(runtime.getVariable(instance, PlanTaskVariables.DEADLINE_DAY)).isEqualTo("10/04/2026");
    assertThat(historyEntries.findByTaskIdOrderById(task.getId())).filteredOn(e -> e.getAction().equals("EXTENSION"))
        .singleElement().satisfies(e -> assertThat(e.getMessage()).contains("đến 10/04/2026 "));
    ResponseEntity<Map> notLater = post("sathay.specialist", "/api/plans/tasks/" + task.getId() + "/extension",
        Map.of("newDeadline", "2026-04-01", "reason", "Chờ kinh phí"), Map.class);
    assertThat(notLater.getStatusCode().value()).isEqualTo(400);
    assertThat((String) notLater.getBody().get("detail"))
        .isEqualTo("Thời hạn mới (01/04/2026) phải sau thời hạn hiện tại (10/04/2026).");
  }

  // ---- issue 12, defect 3: an approved extension is what Tasklist and the reminders go by --------

  private void extend(PlanTask task, String newDeadline) {
    ResponseEntity<Map> requested = post("sathay.specialist", "/api/plans/tasks/" + task.getId() + "/extension",
        Map.of("newDeadline", newDeadline, "reason", "Chờ kinh phí mua thiết bị"), Map.class);
    assertThat(requested.getStatusCode().value()).as(String.valueOf(requested.getBody())).isEqualTo(202);
    complete(openTask(task.getProcessInstanceId(), "UserTask_ApproveExtension"), "sathay.steering", "steering-office", vars("extensionDecision", "approve"));
  }

  private List<String> reminders(PlanTask task) {
    return notifications.findByTaskIdOrderById(task.getId()).stream()
        .filter(n -> n.getType().equals("REMINDER")).map(PlanNotification::getMessage).toList();
  }

  /** The officer's "Hạn xử lý" in Tasklist, as the engine REST API answers the officer. */
  private java.time.Instant dueInTasklist(PlanTask task, String officer) {
    ResponseEntity<List> mine = get(officer, "/engine-rest/task?processInstanceId=" + task.getProcessInstanceId()
        + "&taskDefinitionKey=UserTask_SubmitResult", List.class);
    assertThat(mine.getStatusCode().value()).isEqualTo(200);
    assertThat(mine.getBody()).hasSize(1);
    String due = (String) ((Map<?, ?>) mine.getBody().get(0)).get("due");
    return java.time.OffsetDateTime.parse(due, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
  }

  @Test
  void anExtensionBeforeTheRemindersMovesTheDueDateInTasklistAndTheSevenDayReminder() {
    PlanTask task = issue(uniqueNumber(), oneTask("2026-03-20")).get(0);
    assign(task);
    assertThat(dueInTasklist(task, "sathay.specialist")).isEqualTo(OffsetDateTime.parse("2026-03-20T17:00:00+07:00").toInstant());
    extend(task, "2026-04-10");
    assertThat(dueInTasklist(task, "sathay.specialist")).isEqualTo(OffsetDateTime.parse("2026-04-10T17:00:00+07:00").toInstant());

    at("2026-03-11T09:00:00+07:00"); // 7 working days before the old deadline (Friday 20/3)
    runJobs();
    assertThat(reminders(task)).isEmpty();
    at("2026-03-31T09:00:00+07:00"); // 8 working days before the new one
    runJobs();
    assertThat(reminders(task)).isEmpty();
    at("2026-04-01T09:00:00+07:00"); // 7 working days before Friday 10/4
    runJobs();
    assertThat(reminders(task)).singleElement().satisfies(m -> assertThat(m).contains("còn 7 ngày làm việc", "(10/04/2026)"));
  }

  @Test
  void anExtensionAfterTheReminderAndTheOverdueFiredArmsThemAgainForTheNewDeadline() {
    PlanTask task = issue(uniqueNumber(), oneTask("2026-03-06")).get(0);
    assign(task); // Monday 2/3: the 7-day reminder is already past, the 3-day one is due now
    at("2026-03-06T17:30:00+07:00");
    runJobs();
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_QUA_HAN);
    int remindersBefore = reminders(task).size();
    assertThat(management.createJobQuery().processInstanceId(task.getProcessInstanceId()).activityId("BoundaryEvent_Reminder7").count())
        .as("the 7-day reminder has fired").isZero();

    at("2026-03-09T09:00:00+07:00");
    extend(task, "2026-03-27");
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_TRONG_HAN);
    assertThat(dueInTasklist(task, "sathay.specialist")).isEqualTo(OffsetDateTime.parse("2026-03-27T17:00:00+07:00").toInstant());
    assertThat(historyEntries.findByTaskIdOrderById(task.getId())).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("EXTENSION");
      assertThat(e.getNewValue()).isEqualTo("2026-03-27");
    });

    at("2026-03-17T09:00:00+07:00"); // 8 working days before Friday 27/3
    runJobs();
    assertThat(reminders(task)).hasSize(remindersBefore);
    at("2026-03-18T09:00:00+07:00"); // 7 working days before
    runJobs();
    assertThat(reminders(task)).hasSize(remindersBefore + 1);
    assertThat(reminders(task).get(remindersBefore)).contains("còn 7 ngày làm việc", "(27/03/2026)");
    at("2026-03-24T09:00:00+07:00"); // 3 working days before
    runJobs();
    assertThat(reminders(task)).hasSize(remindersBefore + 2);
    assertThat(reminders(task).get(remindersBefore + 1)).contains("còn 3 ngày làm việc", "(27/03/2026)");
    at("2026-03-27T16:00:00+07:00");
    runJobs();
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_TRONG_HAN);
    at("2026-03-27T17:30:00+07:00"); // the new deadline has passed: overdue again, escalated again
    runJobs();
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_QUA_HAN);
    assertThat(notifications.findByTaskIdOrderById(task.getId()))
        .filteredOn(n -> n.getType().equals(PlanNotification.OVERDUE_ESCALATION)).hasSize(2);
  }

  @Test
  void recurringTaskReportsMonthlyBeforeThe13thInWorkingDaysUntilThePlanEnds() {
    at("2025-12-15T09:00:00+07:00");
    String number = uniqueNumber();
    String recurring = """
        [{"content":"Cập nhật dữ liệu dân cư, báo cáo định kỳ","leadUnit":"VHXH","recurring":true,"deadlineText":"Nhiệm vụ thường xuyên"}]
        """;
    Long planId = createPlan(number, recurring);
    Plan plan = plans.findById(planId).orElseThrow();
    Task review = openTask(plan.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    complete(review, "sathay.steering", "steering-office", vars("reviewDecision", "issue", "planNumber", number, "planTitle", plan.getTitle(),
        "planEndsOn", "30/04/2026", "draftTasks", taskService.getVariableTyped(review.getId(), "draftTasks")));
    PlanTask task = tasks.findByPlanIdOrderById(planId).get(0);
    assign(task);
    // January: due Monday 12/01; 7 working days before crosses Tết Dương lịch (1-2/01) and the worked Saturday 10/01
    assertThat(reload(task).getCurrentPeriod()).isEqualTo("2026-01");
    assertThat(reload(task).getDeadline()).hasToString("2026-01-12");
    assertThat(((Date) runtime.getVariable(task.getProcessInstanceId(), "reminder7At")).toInstant())
        .isEqualTo(OffsetDateTime.parse("2025-12-31T08:00:00+07:00").toInstant());
    at("2025-12-31T09:00:00+07:00");
    runJobs();
    assertThat(notifications.findByTaskIdOrderById(task.getId())).hasSize(1);

    // the administrator declares Thursday 12/03/2026 a day off (the calendar is data): March's report is due Wednesday 11/03
    calendarAdministration.setDay(java.time.LocalDate.of(2026, 3, 12), false, "Nghỉ lễ (dữ liệu thử nghiệm)", "demo");
    try {
      String[][] months = {
          {"2026-01", "2026-01-09T10:00:00+07:00", "2026-01-12"},
          {"2026-02", "2026-02-10T10:00:00+07:00", "2026-02-12"},
          {"2026-03", "2026-03-11T10:00:00+07:00", "2026-03-11"}};
      for (String[] month : months) {
        assertThat(reload(task).getCurrentPeriod()).isEqualTo(month[0]);
        assertThat(reload(task).getDeadline()).hasToString(month[2]);
        at(month[1]);
        runJobs();
        submit(task, "sathay.specialist", "Báo cáo tháng " + month[0]);
        accept(task);
      }
    } finally {
      calendarAdministration.removeOverride(java.time.LocalDate.of(2026, 3, 12), "Hết thử nghiệm", "demo");
    }
    // April: the 12th is a Sunday (and the 11th a Saturday): due Friday 10/04
    assertThat(reload(task).getCurrentPeriod()).isEqualTo("2026-04");
    assertThat(reload(task).getDeadline()).hasToString("2026-04-10");
    at("2026-04-10T17:30:00+07:00");
    runJobs();
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.DANG_THUC_HIEN_QUA_HAN);
    at("2026-04-13T09:00:00+07:00");
    submit(task, "sathay.specialist", "Báo cáo tháng 4 (chậm)");
    accept(task);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
    assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.HOAN_THANH_QUA_HAN);
    assertThat(reload(task).getLatePeriods()).isEqualTo(1);
    assertThat(historyEntries.findByTaskIdOrderById(task.getId()).stream().filter(e -> e.getAction().equals("PERIOD")).map(PlanHistoryEntry::getNewValue))
        .containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
  }

  @Test
  void draftIsCorrectedInReviewBadInputIsRefusedAndOtherCommunesSeeNothing() {
    long plansBefore = plans.count();
    ResponseEntity<Map> badDate = post("sathay.steering", "/api/plans", draft(uniqueNumber(), oneTask("2026-02-30")), Map.class);
    assertThat(badDate.getStatusCode().value()).isEqualTo(400);
    assertThat((String) badDate.getBody().get("detail")).contains("2026-02-30", "không tồn tại");
    assertThat(plans.count()).isEqualTo(plansBefore);
    assertThat(post("sathay.specialist", "/api/plans", draft(uniqueNumber(), oneTask("2026-03-20")), Map.class).getStatusCode().value()).isEqualTo(403);

    String number = uniqueNumber();
    String unknownUnit = """
        [{"content":"Nội dung đọc sai","leadUnit":"Ban không rõ","deadline":"2026-03-20"}]
        """;
    Long planId = createPlan(number, unknownUnit);
    Plan plan = plans.findById(planId).orElseThrow();
    assertThat(tasks.findByPlanIdOrderById(planId).get(0).getLeadUnitCode()).isNull();
    Task review = openTask(plan.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    assertThat(review.getTenantId()).isEqualTo("sa-thay");
    Map<String, Object> issue = vars("reviewDecision", "issue", "planNumber", number, "planTitle", "Kế hoạch đã hiệu chỉnh", "planEndsOn", "2026-12-31",
        "draftTasks", taskService.getVariableTyped(review.getId(), "draftTasks"));
    assertThatThrownBy(() -> complete(review, "sathay.steering", "steering-office", issue)).hasMessageContaining("đơn vị chủ trì");
    assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
    issue.put("draftTasks", SpinValues.jsonValue("""
        [{"code":"1","content":"Nội dung đã sửa","leadUnit":"VHXH","deadline":"2026-02-30"}]
        """).create());
    assertThatThrownBy(() -> complete(review, "sathay.steering", "steering-office", issue)).hasMessageContaining("2026-02-30").hasMessageContaining("không tồn tại");
    issue.put("draftTasks", SpinValues.jsonValue("[{\"code\":\"1\",\"content\":").create());
    assertThatThrownBy(() -> complete(review, "sathay.steering", "steering-office", issue)).hasMessageContaining("không đúng định dạng JSON");
    assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
    assertThat(tasks.findByPlanIdOrderById(planId)).extracting(PlanTask::getContent).containsExactly("Nội dung đọc sai");
    issue.put("draftTasks", SpinValues.jsonValue("""
        [{"code":"1","content":"Nội dung đã sửa","leadUnit":"VHXH","deadline":"20/03/2026","parentTaskRef":"02-KH/BCĐTW mục IV.2"},
         {"code":"2","content":"Nhiệm vụ bổ sung","leadUnit":"VHXH","deadline":"2026-03-27"}]
        """).create());
    complete(review, "sathay.steering", "steering-office", issue);
    Plan issued = plans.findById(planId).orElseThrow();
    assertThat(issued.getStatus()).isEqualTo(PlanStatus.ISSUED);
    assertThat(issued.getTitle()).isEqualTo("Kế hoạch đã hiệu chỉnh");
    assertThat(tasks.findByPlanIdOrderById(planId)).extracting(PlanTask::getContent).containsExactly("Nội dung đã sửa", "Nhiệm vụ bổ sung");
    assertThat(tasks.findByPlanIdOrderById(planId)).allSatisfy(t -> assertThat(t.getProcessInstanceId()).isNotNull());

    PlanTask first = tasks.findByPlanIdOrderById(planId).get(0);
    Task assignTask = openTask(first.getProcessInstanceId(), "UserTask_AssignOfficer");
    assertThatThrownBy(() -> complete(assignTask, "sathay.unithead", "unit-head", vars("officerId", "sathay.clerk")))
        .hasMessageContaining("không thuộc đơn vị chủ trì");

    assertThat(get("kontum.steering", "/api/plans/" + planId, Map.class).getStatusCode().value()).isEqualTo(404);
    assertThat(get("kontum.steering", "/api/plans/" + planId + "/report?month=2026-03", Map.class).getStatusCode().value()).isEqualTo(404);
    assertThat(get("kontum.steering", "/api/plans", List.class).getBody()).noneMatch(p -> ((Map) p).get("id").equals(planId.intValue()));
    ResponseEntity<Map> own = get("sathay.specialist", "/api/plans/" + planId, Map.class);
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(own.getBody()).containsEntry("parentPlanNumbers", "02-KH/BCĐTW; 05-KH/TU");
    // the commune plan shows which task of the parent plan each of its tasks carries out
    assertThat((List<Map<String, Object>>) own.getBody().get("tasks"))
        .anySatisfy(t -> assertThat(t).containsEntry("parentTaskRef", "02-KH/BCĐTW mục IV.2"));
    assertThat(get("sathay.specialist", "/api/plans/" + planId + "/history", List.class).getBody()).hasSizeGreaterThanOrEqualTo(3);
  }

  static String documentXml(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}
