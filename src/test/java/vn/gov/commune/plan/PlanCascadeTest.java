package vn.gov.commune.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.commune.security.Roles;
import vn.gov.commune.support.IntegrationTest;
import vn.gov.commune.support.TestUsers;

/**
 * Issue 16: the plan's objectives become its indicators once the reviewer confirms them, and the
 * cascade is rolled up — commune tasks linked to a task of the province plan they implement, the
 * province plan's report showing per parent task how the communes stand, each reader seeing only
 * the communes they may see.
 */
@IntegrationTest
class PlanCascadeTest {

  static final byte[] PDF = vn.gov.commune.digitisation.TestFiles.pdf("Báo cáo kết quả rà soát thủ tục hành chính");
  static final String PROVINCE_USER = "tinh.supervisor";

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired PlanRepository plans;
  @Autowired PlanTaskRepository tasks;
  @Autowired PlanIndicatorRepository indicators;
  @Autowired PlanHistoryRepository history;
  @Autowired ObjectMapper json;

  static int counter;

  @BeforeEach
  void setUp() {
    at("2026-03-02T09:00:00+07:00");
    // a province official who follows both communes: a supervisor with both tenants (no new role)
    if (identity.createUserQuery().userId(PROVINCE_USER).count() == 0) {
      TestUsers.create(identity, PROVINCE_USER, "Tỉnh", "Giám sát", Roles.SUPERVISOR);
      identity.createTenantUserMembership("sa-thay", PROVINCE_USER);
      identity.createTenantUserMembership("kon-tum", PROVINCE_USER);
    }
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    for (String key : List.of("plan-task", "plan-review")) {
      for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionKey(key).list()) {
        runtime.deleteProcessInstance(p.getId(), "test cleanup");
      }
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

  ResponseEntity<JsonNode> call(HttpMethod method, String user, String url, Object body) {
    return rest.exchange(url, method, new HttpEntity<>(body, basic(user)), JsonNode.class);
  }

  String unique(String suffix) {
    return (++counter) + "-" + System.nanoTime() % 100000 + suffix;
  }

  static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  ObjectNode body(String communeId, String number, List<String> parents, ArrayNode taskList) {
    ObjectNode body = json.createObjectNode();
    body.put("communeId", communeId);
    ObjectNode draft = body.putObject("draft");
    draft.put("number", number);
    draft.put("title", "Kế hoạch chuyển đổi số năm 2026");
    draft.put("issuedOn", "2026-03-02");
    ArrayNode parentPlans = draft.putArray("parentPlans");
    parents.forEach(parentPlans::add);
    draft.set("tasks", taskList);
    return body;
  }

  ArrayNode oneTask(String content, String leadUnit, String deadline, Long parentTaskId) {
    ArrayNode list = json.createArrayNode();
    ObjectNode task = list.addObject();
    task.put("code", "1");
    task.put("content", content);
    task.put("leadUnit", leadUnit);
    task.put("deadline", deadline);
    task.put("recurring", false);
    if (parentTaskId != null) {
      task.put("parentTaskId", parentTaskId);
    }
    return list;
  }

  Plan create(String user, ObjectNode body) {
    ResponseEntity<JsonNode> created = call(HttpMethod.POST, user, "/api/plans", body);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    return plans.findById(created.getBody().get("id").asLong()).orElseThrow();
  }

  void complete(Task task, String user, String group, String tenant, Map<String, Object> variables) {
    assertThat(task).isNotNull();
    identity.setAuthentication(user, List.of(group), List.of(tenant));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  Task open(String processInstanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  /** The review as the form submits it: the draft's own variables, plus {@code extra}. */
  void issue(Plan plan, String user, String tenant, Map<String, Object> extra) {
    Task review = open(plan.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    Map<String, Object> variables = vars(
        "reviewDecision", "issue", "planNumber", plan.getNumber(), "planTitle", plan.getTitle(), "planEndsOn", String.valueOf(plan.getEndsOn()),
        "draftTasks", taskService.getVariableTyped(review.getId(), "draftTasks"));
    variables.putAll(extra);
    complete(review, user, "steering-office", tenant, variables);
    assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.ISSUED);
  }

  PlanTask onlyTask(Plan plan) {
    return tasks.findByPlanIdOrderById(plan.getId()).get(0);
  }

  JsonNode rollUp(String user, Plan plan) {
    ResponseEntity<JsonNode> report = call(HttpMethod.GET, user, "/api/plans/" + plan.getId() + "/report?month=2026-03", null);
    assertThat(report.getStatusCode().value()).as(user + ": " + report.getBody()).isEqualTo(200);
    return report.getBody().get("rollUp");
  }

  static List<String> communes(JsonNode parentTask) {
    List<String> ids = new java.util.ArrayList<>();
    parentTask.get("communeList").forEach(c -> ids.add(c.get("communeId").asText() + "=" + c.get("status").asText()));
    return ids;
  }

  // ---- the cascade --------------------------------------------------------------------------------

  @Test
  void theProvincePlansReportShowsTwoCommunesUnderOneParentTaskEachReaderSeeingTheirOwn() throws Exception {
    // the province plan (05-KH/TU) is kept in the product; here the administrator keeps it in Sa Thầy's tenant
    String provinceNumber = unique("-KH/TU");
    Plan province = create("demo", body("sa-thay", provinceNumber, List.of("02-KH/BCĐTW"),
        oneTask("Rà soát, tái cấu trúc quy trình giải quyết thủ tục hành chính trên môi trường điện tử", "VP", "2026-06-30", null)));
    issue(province, "sathay.steering", "sa-thay", Map.of());
    PlanTask parentTask = onlyTask(province);

    // Sa Thầy implements it: the link is picked from the parent plan's tasks
    String saThayNumber = unique("/KH-UBND");
    Plan saThay = create("sathay.steering", body("sa-thay", saThayNumber, List.of("02-KH/BCĐTW", provinceNumber),
        oneTask("Rà soát quy trình giải quyết thủ tục hành chính của xã", "VHXH", "2026-03-20", parentTask.getId())));
    assertThat(call(HttpMethod.GET, "sathay.steering", "/api/plans/" + saThay.getId() + "/parent-tasks", null).getBody().findValuesAsText("taskId"))
        .contains(String.valueOf(parentTask.getId()));
    Task review = open(saThay.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    assertThat(taskService.getVariable(review.getId(), "parentTaskChoices").toString())
        .contains(String.valueOf(parentTask.getId()), provinceNumber + " — 1. Rà soát, tái cấu trúc");
    issue(saThay, "sathay.steering", "sa-thay", Map.of());
    PlanTask saThayTask = onlyTask(saThay);
    assertThat(saThayTask.getParentTaskId()).isEqualTo(parentTask.getId());
    // the link was written to the plan's history when the draft was made (review keeps it: no new entry)
    assertThat(history.findByPlanIdOrderById(saThay.getId())).filteredOn(e -> e.getAction().equals("PARENT_LINK"))
        .extracting(PlanHistoryEntry::getMessage)
        .containsExactly("Nhiệm vụ 1 thực hiện nhiệm vụ 1 của Kế hoạch " + provinceNumber + ".");

    // Kon Tum implements it too
    Plan konTum = create("kontum.steering", body("kon-tum", unique("/KH-UBND"), List.of(provinceNumber),
        oneTask("Rà soát quy trình giải quyết thủ tục hành chính của phường", "KTHTDT", "2026-03-25", parentTask.getId())));
    issue(konTum, "kontum.steering", "kon-tum", Map.of());
    PlanTask konTumTask = onlyTask(konTum);

    // Sa Thầy finishes on time; Kon Tum has not started
    complete(open(saThayTask.getProcessInstanceId(), "UserTask_AssignOfficer"), "sathay.unithead", "unit-head", "sa-thay",
        vars("officerId", "sathay.specialist"));
    complete(open(saThayTask.getProcessInstanceId(), "UserTask_SubmitResult"), "sathay.specialist", "specialist", "sa-thay", vars(
        "resultText", "Đã rà soát 12 quy trình",
        "evidence_1", Variables.fileValue("bao-cao.pdf").file(PDF).mimeType("application/pdf").create()));
    complete(open(saThayTask.getProcessInstanceId(), "UserTask_ReviewResult"), "sathay.unithead", "unit-head", "sa-thay",
        vars("unitHeadDecision", "accept"));
    complete(open(saThayTask.getProcessInstanceId(), "UserTask_ConfirmResult"), "sathay.steering", "steering-office", "sa-thay",
        vars("steeringDecision", "accept"));
    assertThat(tasks.findById(saThayTask.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.HOAN_THANH_DUNG_HAN);

    for (String provinceReader : List.of("demo", PROVINCE_USER)) {
      JsonNode rollUp = rollUp(provinceReader, province);
      assertThat(rollUp).as(provinceReader).hasSize(1);
      JsonNode under = rollUp.get(0);
      assertThat(under.get("taskId").asLong()).isEqualTo(parentTask.getId());
      assertThat(under.get("communes").asInt()).isEqualTo(2);
      assertThat(under.get("doneOnTime").asInt()).isEqualTo(1);
      assertThat(under.get("doneLate").asInt()).isZero();
      assertThat(under.get("inProgress").asInt()).isZero();
      assertThat(under.get("notStarted").asInt()).isEqualTo(1);
      assertThat(communes(under)).containsExactly("kon-tum=CHUA_THUC_HIEN", "sa-thay=HOAN_THANH_DUNG_HAN");
      assertThat(under.get("communeList").get(1).get("communeName").asText()).isEqualTo("Xã Sa Thầy");
      assertThat(under.get("communeList").get(1).get("planNumber").asText()).isEqualTo(saThayNumber);
    }
    // a commune's staff see their own commune only under the parent task
    assertThat(communes(rollUp("sathay.steering", province).get(0))).containsExactly("sa-thay=HOAN_THANH_DUNG_HAN");
    JsonNode konTumView = rollUp("kontum.steering", province);
    assertThat(communes(konTumView.get(0))).containsExactly("kon-tum=CHUA_THUC_HIEN");
    assertThat(konTumView.get(0).get("communes").asInt()).isEqualTo(1);
    // Kon Tum may read the province plan it implements, not its history
    assertThat(call(HttpMethod.GET, "kontum.steering", "/api/plans/" + province.getId(), null).getStatusCode().value()).isEqualTo(200);
    assertThat(call(HttpMethod.GET, "kontum.steering", "/api/plans/" + province.getId() + "/history", null).getStatusCode().value()).isEqualTo(404);
    // and the report row of the parent task says it in words
    JsonNode rows = call(HttpMethod.GET, "demo", "/api/plans/" + province.getId() + "/summary", null).getBody().get("rows");
    assertThat(rows.get(0).get("communes").asText())
        .isEqualTo("Cấp xã: 2 xã/phường — hoàn thành đúng hạn 1, hoàn thành quá hạn 0, đang thực hiện 0 (quá hạn 0), chưa thực hiện 1 "
            + "(Phường Kon Tum: Chưa thực hiện; Xã Sa Thầy: Hoàn thành đúng hạn)");

    ResponseEntity<byte[]> docx = rest.exchange("/api/plans/" + province.getId() + "/summary.docx", HttpMethod.GET,
        new HttpEntity<>(basic(PROVINCE_USER)), byte[].class);
    assertThat(docx.getStatusCode().value()).isEqualTo(200);
    assertThat(PlanProcessTest.documentXml(docx.getBody()))
        .contains("Cấp xã: 2 xã/phường — hoàn thành đúng hạn 1", "Phường Kon Tum: Chưa thực hiện; Xã Sa Thầy: Hoàn thành đúng hạn");

    // Kon Tum assigns the task and lets its deadline pass: under way, overdue
    complete(open(konTumTask.getProcessInstanceId(), "UserTask_AssignOfficer"), "kontum.unithead", "unit-head", "kon-tum",
        vars("officerId", "kontum.unithead"));
    at("2026-03-27T09:00:00+07:00");
    JsonNode later = rollUp(PROVINCE_USER, province).get(0);
    assertThat(later.get("inProgress").asInt()).isEqualTo(1);
    assertThat(later.get("overdue").asInt()).isEqualTo(1);
    assertThat(later.get("notStarted").asInt()).isZero();
    assertThat(communes(later)).containsExactly("kon-tum=DANG_THUC_HIEN_QUA_HAN", "sa-thay=HOAN_THANH_DUNG_HAN");
  }

  @Test
  void aLinkToATaskOutsideTheParentPlansIsRefusedAndChangesAreLogged() {
    String provinceNumber = unique("-KH/TU");
    Plan province = create("demo", body("sa-thay", provinceNumber, List.of(),
        oneTask("Tổ chức tập huấn kỹ năng số cho cán bộ", "VP", "2026-06-30", null)));
    issue(province, "sathay.steering", "sa-thay", Map.of());
    PlanTask parentTask = onlyTask(province);
    Plan other = create("kontum.steering", body("kon-tum", unique("/KH-UBND"), List.of(),
        oneTask("Nhiệm vụ của một kế hoạch khác", "VP", "2026-06-30", null)));
    PlanTask notAParent = onlyTask(other);

    // a task of a plan that is not its parent, or no task at all: 400, nothing saved
    String number = unique("/KH-UBND");
    long before = plans.count();
    for (Long wrong : List.of(notAParent.getId(), 987654321L)) {
      ResponseEntity<JsonNode> refused = call(HttpMethod.POST, "kontum.steering", "/api/plans",
          body("kon-tum", number, List.of(provinceNumber), oneTask("Tập huấn kỹ năng số", "VP", "2026-05-30", wrong)));
      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(refused.getBody().toString()).contains("nhiệm vụ cấp trên số hiệu " + wrong + " không thuộc kế hoạch cấp trên nào", provinceNumber);
    }
    // a parent plan still in draft offers no tasks: its tasks are replaced at its review
    ResponseEntity<JsonNode> underDraft = call(HttpMethod.POST, "kontum.steering", "/api/plans",
        body("kon-tum", number, List.of(other.getNumber()), oneTask("Tập huấn kỹ năng số", "VP", "2026-05-30", notAParent.getId())));
    assertThat(underDraft.getStatusCode().value()).isEqualTo(400);
    assertThat(underDraft.getBody().toString()).contains("nhiệm vụ cấp trên số hiệu " + notAParent.getId() + " không thuộc kế hoạch cấp trên nào");
    assertThat(plans.count()).isEqualTo(before);
    ResponseEntity<JsonNode> typed = call(HttpMethod.POST, "kontum.steering", "/api/plans",
        body("kon-tum", number, List.of(provinceNumber), oneTask("Tập huấn kỹ năng số", "VP", "2026-05-30", null)));
    assertThat(plans.count()).isEqualTo(before + 1);
    Plan konTum = plans.findById(typed.getBody().get("id").asLong()).orElseThrow();
    PlanTask task = onlyTask(konTum);

    // linking later: only the BCĐ office; a wrong id is refused and changes nothing; each change is in the history
    String url = "/api/plans/tasks/" + task.getId() + "/parent-task";
    assertThat(call(HttpMethod.PUT, "kontum.specialist", url, Map.of("parentTaskId", parentTask.getId())).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> wrong = call(HttpMethod.PUT, "kontum.steering", url, Map.of("parentTaskId", notAParent.getId()));
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
    assertThat(wrong.getBody().toString()).contains("không thuộc kế hoạch cấp trên nào của Kế hoạch " + konTum.getNumber());
    assertThat(tasks.findById(task.getId()).orElseThrow().getParentTaskId()).isNull();
    assertThat(history.findByTaskIdOrderById(task.getId())).extracting(PlanHistoryEntry::getAction).doesNotContain("PARENT_LINK");
    assertThat(call(HttpMethod.PUT, "sathay.steering", url, Map.of("parentTaskId", parentTask.getId())).getStatusCode().value())
        .as("another commune's task").isEqualTo(404);

    ResponseEntity<JsonNode> linked = call(HttpMethod.PUT, "kontum.steering", url,
        Map.of("parentTaskId", parentTask.getId(), "reason", "Bổ sung theo chỉ đạo của Tỉnh"));
    assertThat(linked.getStatusCode().value()).as(String.valueOf(linked.getBody())).isEqualTo(200);
    assertThat(linked.getBody().get("parentTaskId").asLong()).isEqualTo(parentTask.getId());
    Map<String, Object> unlink = new HashMap<>();
    unlink.put("parentTaskId", null);
    unlink.put("reason", "Liên kết nhầm");
    assertThat(call(HttpMethod.PUT, "kontum.steering", url, unlink).getStatusCode().value()).isEqualTo(200);
    List<PlanHistoryEntry> links = history.findByTaskIdOrderById(task.getId()).stream().filter(e -> e.getAction().equals("PARENT_LINK")).toList();
    assertThat(links).extracting(PlanHistoryEntry::getActor, PlanHistoryEntry::getReason, PlanHistoryEntry::getNewValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kontum.steering", "Bổ sung theo chỉ đạo của Tỉnh", provinceNumber + " — 1 (số hiệu " + parentTask.getId() + ")"),
            org.assertj.core.groups.Tuple.tuple("kontum.steering", "Liên kết nhầm", null));
    assertThat(links.get(1).getOldValue()).isEqualTo(provinceNumber + " — 1 (số hiệu " + parentTask.getId() + ")");
  }

  // ---- objectives ---------------------------------------------------------------------------------

  @Test
  void theImportedObjectivesAreProposedAndOnlyTheConfirmedOnesBecomeThePlansIndicators() throws Exception {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.TEXT_PLAIN);
    byte[] seed = PlanCascadeTest.class.getResourceAsStream("/plans/sa-thay-002.txt").readAllBytes();
    form.add("file", new HttpEntity<>(new ByteArrayResource(seed) {
      @Override
      public String getFilename() {
        return "sa-thay-002.txt";
      }
    }, part));
    HttpHeaders headers = basic("sathay.steering");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<JsonNode> imported = rest.exchange("/api/plans/import", HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
    assertThat(imported.getStatusCode().value()).isEqualTo(200);
    JsonNode objectives = imported.getBody().get("objectives");
    JsonNode online = null;
    for (JsonNode o : objectives) {
      if ("FULLY_ONLINE_SHARE".equals(o.path("indicator").asText())) {
        online = o;
      }
    }
    assertThat(online).as(objectives.toString()).isNotNull();
    assertThat(online.get("target").asDouble()).isEqualTo(80.0);
    assertThat(online.get("targetText").asText()).isEqualTo("tối thiểu 80%");

    // the draft goes to review with its objectives proposed, none confirmed yet
    ObjectNode draft = (ObjectNode) imported.getBody();
    draft.put("number", unique("/KH-UBND"));
    draft.put("issuedOn", "2026-03-02");
    ArrayNode fewTasks = json.createArrayNode();
    ObjectNode task = fewTasks.addObject();
    task.put("code", "1");
    task.put("content", "Rà soát quy trình");
    task.put("leadUnit", "VHXH");
    task.put("deadline", "2026-04-30");
    draft.set("tasks", fewTasks);
    ObjectNode body = json.createObjectNode();
    body.put("communeId", "sa-thay");
    body.put("endsOn", "2026-12-31");
    body.set("draft", draft);
    Plan plan = create("sathay.steering", body);
    assertThat(indicators.findByPlanIdOrderById(plan.getId())).hasSize(objectives.size()).noneMatch(PlanIndicator::isConfirmed);
    Task review = open(plan.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    ArrayNode proposed = (ArrayNode) json.readTree(taskService.getVariableTyped(review.getId(), "draftObjectives").getValue().toString());
    assertThat(proposed).hasSize(objectives.size());

    // a wrong measure is refused with the reason; nothing changes
    ArrayNode bad = proposed.deepCopy();
    ((ObjectNode) bad.get(0)).put("indicator", "SATISFACTION").put("confirmed", true);
    identity.setAuthentication("sathay.steering", List.of("steering-office"), List.of("sa-thay"));
    try {
      Map<String, Object> variables = vars("reviewDecision", "issue", "planNumber", plan.getNumber(), "planTitle", plan.getTitle(),
          "planEndsOn", "2026-12-31", "draftTasks", taskService.getVariableTyped(review.getId(), "draftTasks"),
          "draftObjectives", SpinValues.jsonValue(bad.toString()).create());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(), variables))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Chỉ tiêu 'SATISFACTION' của mục tiêu thứ 1 không có");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);

    // the reviewer confirms the online target as proposed, and the "không phụ thuộc địa giới" one by hand
    ArrayNode reviewed = proposed.deepCopy();
    int confirmed = 0;
    for (JsonNode o : reviewed) {
      boolean keep = "FULLY_ONLINE_SHARE".equals(o.path("indicator").asText()) || o.get("sentence").asText().contains("địa giới");
      ((ObjectNode) o).put("confirmed", keep);
      confirmed += keep ? 1 : 0;
    }
    assertThat(confirmed).isEqualTo(2);
    issue(plan, "sathay.steering", "sa-thay", Map.of("draftObjectives", SpinValues.jsonValue(reviewed.toString()).create()));

    List<PlanIndicator> kept = indicators.findByPlanIdOrderById(plan.getId());
    assertThat(kept).extracting(PlanIndicator::getIndicator, PlanIndicator::getTargetValue, PlanIndicator::isConfirmed)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(null, 100.0, true),
            org.assertj.core.groups.Tuple.tuple(Indicator.FULLY_ONLINE_SHARE, 80.0, true));
    assertThat(history.findByPlanIdOrderById(plan.getId())).extracting(PlanHistoryEntry::getAction).contains("OBJECTIVES");
    JsonNode report = call(HttpMethod.GET, "sathay.steering", "/api/plans/" + plan.getId() + "/summary", null).getBody();
    assertThat(report.get("indicators").findValuesAsText("assessment"))
        .anyMatch(a -> a.startsWith(Indicator.FULLY_ONLINE_SHARE.label() + ": ") && a.contains("mục tiêu ≥ 80%"))
        .anyMatch(a -> a.startsWith("Theo dõi thủ công (mục tiêu: 100%)"));
    assertThat(call(HttpMethod.GET, "sathay.steering", "/api/plans/" + plan.getId(), null).getBody().get("objectives")).hasSize(2);
    ResponseEntity<byte[]> docx = rest.exchange("/api/plans/" + plan.getId() + "/summary.docx", HttpMethod.GET,
        new HttpEntity<>(basic("sathay.steering")), byte[].class);
    assertThat(PlanProcessTest.documentXml(docx.getBody())).contains("Chỉ tiêu 1", "Chỉ tiêu 2", "Theo dõi thủ công (mục tiêu: 100%)",
        "không phụ thuộc vào địa giới");
  }
}
