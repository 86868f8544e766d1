package vn.gov.commune.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

/**
 * Issue 13, point 4 (and the personal ID of point 3): what Tasklist shows when the product refuses a
 * form, through the webapps' own copy of the engine API with a Tasklist session, as the browser sends
 * it: only the product's Vietnamese message (no ENGINE code, no Java class, no "Cannot submit task
 * form"), every refused file named at once, a 12 MB evidence file refused in Vietnamese with a 4xx,
 * and a personal ID typed with the spaces printed on the card accepted and kept without them.
 */
@IntegrationTest
class TasklistErrorsHttpTest {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired PlanRepository plans;
  @Autowired PlanTaskRepository tasks;
  @Autowired EvidenceRepository evidence;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    PlanProcessTest.at("2026-03-02T09:00:00+07:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    for (String key : List.of("plan-task", "plan-review", "certify-copy")) {
      for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionKey(key).list()) {
        runtime.deleteProcessInstance(p.getId(), "test cleanup");
      }
    }
  }

  @Test
  void aRefusedTaskFormShowsOnlyTheProductsVietnameseMessage() throws Exception {
    Task submit = submitResultTask();
    HttpHeaders specialist = webappSession("sathay.specialist");

    ResponseEntity<String> refused = submitForm(specialist, submit, Map.of("resultText", string("Đã rà soát quy trình")));

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(message(refused)).isEqualTo("Đính kèm ít nhất một tài liệu minh chứng (PDF, DOCX, ODT, XLSX, JPEG, PNG).");
    assertThat(taskService.createTaskQuery().taskId(submit.getId()).count()).as("the task stays open").isEqualTo(1);
  }

  @Test
  void everyRefusedFileIsNamedInOneMessageAndNothingIsSaved() throws Exception {
    Task submit = submitResultTask();
    HttpHeaders specialist = webappSession("sathay.specialist");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("resultText", string("Đã rà soát quy trình"));
    variables.put("evidence_1", file("bien-ban-hop.pdf", "application/pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8)));
    variables.put("evidence_2", file("anh-hien-truong.png", "image/png", "MZ\0\0 một tệp chạy".getBytes(StandardCharsets.UTF_8)));
    variables.put("evidence_3", file("", "application/octet-stream", new byte[0])); // the unused field, as Tasklist sends it
    long evidenceBefore = evidence.count();

    ResponseEntity<String> refused = submitForm(specialist, submit, variables);

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isBetween(400, 499);
    String message = message(refused);
    assertThat(message).contains("2 tệp bị từ chối", "\"bien-ban-hop.pdf\"", "\"anh-hien-truong.png\"", "Không có gì được lưu.");
    assertThat(evidence.count()).isEqualTo(evidenceBefore);
    assertThat(taskService.createTaskQuery().taskId(submit.getId()).count()).isEqualTo(1);

    // fixed, the same form goes through, and Camunda's answer to a success is untouched
    variables.put("evidence_1", file("bien-ban-hop.pdf", "application/pdf", PlanProcessTest.PDF));
    variables.remove("evidence_2");
    ResponseEntity<String> accepted = submitForm(specialist, submit, variables);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
    assertThat(evidence.count()).isEqualTo(evidenceBefore + 1);
  }

  @Test
  void aTwelveMegabyteEvidenceFileIsRefusedInVietnameseWithA4xx() throws Exception {
    Task submit = submitResultTask();
    HttpHeaders specialist = webappSession("sathay.specialist");
    byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
    System.arraycopy(PlanProcessTest.PDF, 0, twelveMegabytes, 0, PlanProcessTest.PDF.length);

    ResponseEntity<String> refused = submitForm(specialist, submit, Map.of(
        "resultText", string("Đã rà soát quy trình"),
        "evidence_1", file("ban-quet-12mb.pdf", "application/pdf", twelveMegabytes)));

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isBetween(400, 499);
    assertThat(message(refused)).isEqualTo(
        "Tệp \"ban-quet-12mb.pdf\" (12,0 MB) lớn hơn 10 MB, dung lượng tối đa cho phép. Không có gì được lưu.");
    assertThat(taskService.createTaskQuery().taskId(submit.getId()).count()).isEqualTo(1);
  }

  @Test
  void aPersonalIdTypedAsPrintedOnTheCardIsAcceptedWithoutItsSpaces() throws Exception {
    HttpHeaders clerk = webappSession("sathay.clerk");

    ResponseEntity<String> counter = rest.exchange(ENGINE + "/process-definition/key/dossier/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", counterDossier("0620 9500 1234")), clerk), String.class);
    assertThat(counter.getStatusCode().value()).as(counter.getBody()).isEqualTo(200);
    assertThat(variable(json.readTree(counter.getBody()).get("id").asText(), "applicantPersonalId")).isEqualTo("062095001234");

    ResponseEntity<String> copy = rest.exchange(ENGINE + "/process-definition/key/certify-copy/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", copyRequest("062 095 001 234")), clerk), String.class);
    assertThat(copy.getStatusCode().value()).as(copy.getBody()).isEqualTo(200);
    assertThat(variable(json.readTree(copy.getBody()).get("id").asText(), "applicantPersonalId")).isEqualTo("062095001234");
  }

  @Test
  void aRefusedStartFormShowsOnlyTheProductsVietnameseMessage() throws Exception {
    HttpHeaders clerk = webappSession("sathay.clerk");
    long dossiersBefore = runtime.createProcessInstanceQuery().processDefinitionKey("dossier").count();

    ResponseEntity<String> counter = rest.exchange(ENGINE + "/process-definition/key/dossier/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", counterDossier("0620 9500 123")), clerk), String.class);
    assertThat(counter.getStatusCode().value()).as(counter.getBody()).isEqualTo(400);
    assertThat(message(counter)).isEqualTo("Số định danh cá nhân phải gồm đúng 12 chữ số.");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dossier").count()).isEqualTo(dossiersBefore);

    ResponseEntity<String> copy = rest.exchange(ENGINE + "/process-definition/key/certify-copy/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", copyRequest("999 095 001 234")), clerk), String.class);
    assertThat(copy.getStatusCode().value()).as(copy.getBody()).isEqualTo(400);
    assertThat(message(copy)).isEqualTo("Số định danh cá nhân có mã tỉnh nơi đăng ký khai sinh (999) không tồn tại.");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("certify-copy").count()).isZero();
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** The message Tasklist shows: the product's Vietnamese text, nothing of Camunda's wrapping. */
  private String message(ResponseEntity<String> answer) throws Exception {
    String message = json.readTree(answer.getBody()).path("message").asText();
    assertThat(message).isNotBlank().doesNotContain("ENGINE-", "org.camunda", "Exception", "Cannot ", "TaskListener");
    return message;
  }

  private ResponseEntity<String> submitForm(HttpHeaders session, Task task, Map<String, Object> variables) {
    return rest.exchange(ENGINE + "/task/" + task.getId() + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), session), String.class);
  }

  private Object variable(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name).singleResult().getValue();
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static Map<String, Object> file(String name, String mimeType, byte[] content) {
    return Map.of("value", Base64.getEncoder().encodeToString(content), "type", "File",
        "valueInfo", Map.of("filename", name, "mimeType", mimeType));
  }

  private static Map<String, Object> counterDossier(String personalId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("procedureCode", string("1.001193"));
    variables.put("applicantPersonalId", string(personalId));
    variables.put("applicantName", string("Nguyễn Văn An"));
    variables.put("copies", Map.of("value", 1, "type", "Long"));
    variables.put("pages", Map.of("value", 1, "type", "Long"));
    return variables;
  }

  private static Map<String, Object> copyRequest(String personalId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("applicantName", string("Nguyễn Văn An"));
    variables.put("applicantPersonalId", string(personalId));
    variables.put("documentTitle", string("Bằng tốt nghiệp"));
    variables.put("pageCount", Map.of("value", 2, "type", "Long"));
    variables.put("copyCount", Map.of("value", 1, "type", "Long"));
    return variables;
  }

  /** An issued plan's one-off task, assigned to sathay.specialist, waiting at "Báo cáo kết quả". */
  private Task submitResultTask() {
    String number = "TE" + System.nanoTime() % 1_000_000 + "/KH-UBND";
    ResponseEntity<Map> created = rest.exchange("/api/plans", HttpMethod.POST,
        new HttpEntity<>(PlanProcessTest.draft(number, PlanProcessTest.oneTask("2026-03-20")), PlanProcessTest.basic("sathay.steering")), Map.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    Plan plan = plans.findById(((Number) created.getBody().get("id")).longValue()).orElseThrow();
    Task review = openTask(plan.getReviewProcessInstanceId(), "UserTask_ReviewDraft");
    complete(review, "sathay.steering", "steering-office", PlanProcessTest.vars(
        "reviewDecision", "issue", "planNumber", number, "planTitle", plan.getTitle(), "planEndsOn", String.valueOf(plan.getEndsOn()),
        "draftTasks", taskService.getVariableTyped(review.getId(), "draftTasks")));
    PlanTask task = tasks.findByPlanIdOrderById(plan.getId()).get(0);
    complete(openTask(task.getProcessInstanceId(), "UserTask_AssignOfficer"), "sathay.unithead", "unit-head",
        PlanProcessTest.vars("officerId", "sathay.specialist"));
    Task submit = openTask(task.getProcessInstanceId(), "UserTask_SubmitResult");
    assertThat(submit.getAssignee()).isEqualTo("sathay.specialist");
    return submit;
  }

  private Task openTask(String processInstanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  private void complete(Task task, String user, String group, Map<String, Object> variables) {
    assertThat(task).isNotNull();
    identity.setAuthentication(user, List.of(group), List.of("sa-thay"));
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

  /** A browser's Tasklist session after Camunda's login form: its cookies and CSRF token as request headers. */
  private HttpHeaders webappSession(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = new LinkedHashMap<>();
    page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login =
        rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(user + " logs in: " + login.getBody()).isEqualTo(200);
    login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    HttpHeaders session = new HttpHeaders();
    session.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    ResponseEntity<String> read = rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(session), String.class);
    read.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    session.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    session.set("X-XSRF-TOKEN", read.getHeaders().getFirst("X-XSRF-TOKEN"));
    session.setAccept(List.of(MediaType.APPLICATION_JSON));
    session.setContentType(MediaType.APPLICATION_JSON);
    return session;
  }

  private static void addCookie(Map<String, String> cookies, String setCookie) {
    String pair = setCookie.substring(0, setCookie.contains(";") ? setCookie.indexOf(';') : setCookie.length());
    cookies.put(pair.substring(0, pair.indexOf('=')), pair);
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return String.join("; ", cookies.values());
  }
}
