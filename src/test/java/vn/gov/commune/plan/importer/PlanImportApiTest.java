package vn.gov.commune.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.commune.support.IntegrationTest;

@IntegrationTest
class PlanImportApiTest {

  @Autowired TestRestTemplate rest;

  @Autowired vn.gov.commune.plan.PlanRepository plans;
  @Autowired vn.gov.commune.plan.PlanTaskRepository planTasks;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.FormService formService;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;

  private ResponseEntity<JsonNode> upload(String user, byte[] content, String fileName, MediaType type) {
    return upload("/api/plans/import", user, content, fileName, type, Map.of());
  }

  private ResponseEntity<JsonNode> upload(String path, String user, byte[] content, String fileName, MediaType type, Map<String, String> fields) {
    HttpHeaders part = new HttpHeaders();
    part.setContentType(type);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, part));
    fields.forEach(body::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (user != null) {
      headers.set(HttpHeaders.AUTHORIZATION,
          "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static byte[] seed() throws IOException {
    return PlanTextParserTest.resource("sa-thay-002.txt").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSteeringOfficeImportsTheSaThayPlan() throws IOException {
    ResponseEntity<JsonNode> answer = upload("sathay.steering", seed(), "sa-thay.txt", MediaType.TEXT_PLAIN);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    JsonNode plan = answer.getBody();
    assertThat(plan.get("parentPlans").toString()).contains("02-KH/BCĐTW");
    assertThat(plan.get("reporting").get("monthlyDueDay").asInt()).isEqualTo(13);
    assertThat(plan.get("reporting").get("finalReportDue").asText()).isEqualTo("2025-12-05");
    JsonNode tasks = plan.get("tasks");
    assertThat(tasks.size()).isEqualTo(38);
    JsonNode dated = tasks.get(18);
    assertThat(dated.get("content").asText()).startsWith("Hoàn thành rà soát, tham gia quy trình cấu trúc lại");
    assertThat(dated.get("deadline").asText()).isEqualTo("2025-12-20");
    assertThat(dated.get("recurring").asBoolean()).isFalse();
    // names no lead unit: the plan's focal unit (cơ quan đầu mối) is proposed, with a warning
    assertThat(dated.get("leadUnit").asText()).isEqualTo("Phòng Văn hóa - Xã hội");
    JsonNode budget = tasks.get(24);
    assertThat(budget.get("deadline").isNull()).isTrue();
    assertThat(budget.get("recurring").asBoolean()).isTrue();
    assertThat(budget.get("recurrenceEnd").asText()).isEqualTo("2025-12-31");
    assertThat(budget.get("leadUnit").asText()).isEqualTo("Phòng Kinh tế");
    assertThat(tasks.get(30).get("leadUnit").asText()).isEqualTo("Phòng Văn hóa - Xã hội");
    assertThat(plan.get("warnings").size()).isPositive();
    assertThat(plan.get("warnings").toString()).contains("tạm giao cơ quan đầu mối Phòng Văn hóa - Xã hội");
  }

  @Test
  void anImportedPlanGoesToReviewInTasklistWithItsTasks() throws IOException {
    long before = plans.count();
    // seed 002 has no letterhead: without a number the draft cannot become a plan, and nothing is saved
    ResponseEntity<JsonNode> refused = upload("/api/plans/import/review", "sathay.steering", seed(), "sa-thay.txt", MediaType.TEXT_PLAIN, Map.of());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").asText()).contains("Thiếu số, ký hiệu của kế hoạch");
    assertThat(plans.count()).isEqualTo(before);

    String number = "125-" + System.nanoTime() % 100000 + "/KH-UBND";
    ResponseEntity<JsonNode> answer = upload("/api/plans/import/review", "sathay.steering", seed(), "sa-thay.txt", MediaType.TEXT_PLAIN,
        Map.of("number", number, "issuedOn", "2025-09-15", "endsOn", "2025-12-31"));
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(answer.getBody().get("tasks").asInt()).isEqualTo(38);
    long planId = answer.getBody().get("planId").asLong();
    vn.gov.commune.plan.Plan plan = plans.findById(planId).orElseThrow();
    assertThat(plan.getCommuneId()).isEqualTo("sa-thay");
    assertThat(plan.getParentPlanNumbers()).contains("02-KH/BCĐTW");
    assertThat(planTasks.findByPlanIdOrderById(planId)).hasSize(38)
        .anySatisfy(t -> assertThat(t.getDeadline()).isEqualTo(java.time.LocalDate.of(2025, 12, 20)))
        .anySatisfy(t -> assertThat(t.getLeadUnitCode()).isEqualTo("KT"));
    org.camunda.bpm.engine.task.Task review = taskService.createTaskQuery()
        .processInstanceId(plan.getReviewProcessInstanceId()).taskDefinitionKey("UserTask_ReviewDraft").initializeFormKeys().singleResult();
    assertThat(review.getTenantId()).isEqualTo("sa-thay");
    // the draft is kept in Json variables (Camunda Spin): a real plan outgrows a String variable's 4000 characters
    org.camunda.spin.plugin.variable.value.JsonValue draftTasks = taskService.getVariableTyped(review.getId(), "draftTasks");
    assertThat(draftTasks.getValueSerialized().length()).isGreaterThan(4000);
    org.camunda.spin.json.SpinJsonNode draft = draftTasks.getValue();
    assertThat(draft.isArray()).isTrue();
    assertThat(draft.elements()).hasSize(38);
    assertThat(draft.elements().get(18).prop("deadline").stringValue()).isEqualTo("2025-12-20");
    assertThat(draft.elements().get(24).prop("recurring").boolValue()).isTrue();
    org.camunda.spin.plugin.variable.value.JsonValue warnings = taskService.getVariableTyped(review.getId(), "draftWarnings");
    assertThat(warnings.getValue().elements()).hasSizeGreaterThan(20)
        .anySatisfy(w -> assertThat(w.stringValue()).contains("tạm giao cơ quan đầu mối"));
    // Tasklist renders the embedded HTML form deployed with the model
    assertThat(review.getFormKey()).isEqualTo("embedded:deployment:forms/plan-review.html");
    try (java.io.InputStream form = formService.getDeployedTaskForm(review.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("Rà soát, hiệu chỉnh dự thảo kế hoạch", "'draftTasks'", "cam-variable-name=\"reviewDecision\"");
    }

    // the reviewer's round trip through the engine REST API, as Tasklist's Forms SDK does it
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("sathay.steering:sathay.steering".getBytes(StandardCharsets.UTF_8)));
    ResponseEntity<JsonNode> fetched = rest.exchange("/engine-rest/task/" + review.getId() + "/form-variables?variableNames=draftTasks,planNumber&deserializeValues=false",
        HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(fetched.getStatusCode()).as(String.valueOf(fetched.getBody())).isEqualTo(HttpStatus.OK);
    JsonNode fetchedTasks = fetched.getBody().get("draftTasks");
    assertThat(fetchedTasks.get("type").asText()).isEqualTo("Json");
    com.fasterxml.jackson.databind.node.ArrayNode edited = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(fetchedTasks.get("value").asText());
    assertThat(edited).hasSize(38);
    java.util.function.Function<JsonNode, ResponseEntity<JsonNode>> submit = tasks -> {
      com.fasterxml.jackson.databind.node.ObjectNode body = json.createObjectNode();
      com.fasterxml.jackson.databind.node.ObjectNode variables = body.putObject("variables");
      variables.putObject("draftTasks").put("type", "Json").put("value", tasks.toString()).set("valueInfo", fetchedTasks.get("valueInfo"));
      variables.putObject("planNumber").put("type", "String").put("value", number);
      variables.putObject("planTitle").put("type", "String").put("value", "Kế hoạch chuyển đổi số xã Sa Thầy (đã rà soát)");
      variables.putObject("planEndsOn").put("type", "String").put("value", "2025-12-31");
      variables.putObject("reviewDecision").put("type", "String").put("value", "issue");
      return rest.exchange("/engine-rest/task/" + review.getId() + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    };
    // a deadline that does not exist is refused in Vietnamese, and nothing changes
    ((com.fasterxml.jackson.databind.node.ObjectNode) edited.get(18)).put("deadline", "31/02/2025");
    ResponseEntity<JsonNode> refusedIssue = submit.apply(edited);
    assertThat(refusedIssue.getStatusCode().is2xxSuccessful()).as(String.valueOf(refusedIssue.getBody())).isFalse();
    assertThat(refusedIssue.getBody().get("message").asText()).contains("31/02/2025", "không tồn tại");
    assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(vn.gov.commune.plan.PlanStatus.DRAFT);
    assertThat(planTasks.findByPlanIdOrderById(planId)).hasSize(38);
    // the reviewer keeps three tasks, corrects one, and issues
    com.fasterxml.jackson.databind.node.ArrayNode kept = json.createArrayNode();
    for (int i = 0; i < 3; i++) {
      com.fasterxml.jackson.databind.node.ObjectNode task = edited.get(i).deepCopy();
      task.put("leadUnit", "VHXH").put("recurring", false).put("deadline", "2025-12-20");
      kept.add(task);
    }
    ((com.fasterxml.jackson.databind.node.ObjectNode) kept.get(2)).put("content", "Nội dung đã hiệu chỉnh");
    ResponseEntity<JsonNode> issued = submit.apply(kept);
    assertThat(issued.getStatusCode()).as(String.valueOf(issued.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(vn.gov.commune.plan.PlanStatus.ISSUED);
    assertThat(planTasks.findByPlanIdOrderById(planId)).hasSize(3)
        .extracting(vn.gov.commune.plan.PlanTask::getContent).last().isEqualTo("Nội dung đã hiệu chỉnh");
    planTasks.findByPlanIdOrderById(planId).forEach(t -> runtime.deleteProcessInstance(t.getProcessInstanceId(), "test cleanup"));

    assertThat(upload("/api/plans/import/review", "sathay.unithead", seed(), "sa-thay.txt", MediaType.TEXT_PLAIN, Map.of("number", number + "-2"))
        .getStatusCode()).as("a unit head may read a plan but not create one").isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * A plan that lists its tasks in an appendix table (DOCX with a real table, and the same plan as a
   * PDF): every row reaches the review form's variables as a task with its lead and coordinating
   * units, its deadline with the phrase it came from, and its product; the sentence that points to
   * the appendix is no task.
   */
  @Test
  void aTablePlanGoesToReviewWithEveryRow() throws IOException {
    String source = vn.gov.commune.plan.importer.PlanImporterEvaluationTest.resource("a-appendix-table.txt");
    for (String format : new String[] {"docx", "pdf"}) {
      byte[] file = format.equals("docx") ? PlanFixtures.docx(source) : PlanFixtures.pdf(source);
      String number = "45-" + System.nanoTime() % 100000 + "/KH-UBND";
      ResponseEntity<JsonNode> answer = upload("/api/plans/import/review", "sathay.steering", file, "ke-hoach." + format,
          MediaType.APPLICATION_OCTET_STREAM, Map.of("number", number, "endsOn", "2026-12-31"));
      assertThat(answer.getStatusCode()).as(format + ": " + answer.getBody()).isEqualTo(HttpStatus.CREATED);
      assertThat(answer.getBody().get("tasks").asInt()).as(format).isEqualTo(12);
      vn.gov.commune.plan.Plan plan = plans.findById(answer.getBody().get("planId").asLong()).orElseThrow();
      // the title ends where the legal basis begins, also when the two lines were read as one
      assertThat(plan.getTitle()).as(format)
          .isEqualTo("Kế hoạch cải cách hành chính và chuyển đổi số trên địa bàn xã giai đoạn 2025 - 2026");
      org.camunda.bpm.engine.task.Task review = taskService.createTaskQuery()
          .processInstanceId(plan.getReviewProcessInstanceId()).taskDefinitionKey("UserTask_ReviewDraft").singleResult();
      org.camunda.spin.plugin.variable.value.JsonValue draftTasks = taskService.getVariableTyped(review.getId(), "draftTasks");
      JsonNode rows = json.readTree(draftTasks.getValueSerialized());
      assertThat(rows).as(format).hasSize(12).allSatisfy(row -> {
        assertThat(row.get("content").asText()).isNotBlank().doesNotContain("Phụ lục");
        assertThat(row.get("leadUnit").asText()).isNotBlank();
        assertThat(row.get("deadlineText").asText()).isNotBlank();
        assertThat(row.get("expectedResult").asText()).isNotBlank();
      });
      JsonNode first = rows.get(0);
      assertThat(first.get("content").asText()).startsWith("Rà soát, kiến nghị cấp có thẩm quyền bãi bỏ thủ tục hành chính");
      assertThat(first.get("section").asText()).isEqualTo("I. HOÀN THIỆN THỂ CHẾ");
      assertThat(first.get("deadline").asText()).isEqualTo("2025-12-31");
      assertThat(first.get("deadlineText").asText()).isEqualTo("Quý IV/2025");
      assertThat(first.get("coordinatingUnits").asText()).contains("Phòng Kinh tế", "Phòng Văn hóa - Xã hội");
      assertThat(first.get("expectedResult").asText()).isEqualTo("Báo cáo kết quả rà soát");
      JsonNode monthly = rows.get(10);
      assertThat(monthly.get("recurring").asBoolean()).isTrue();
      assertThat(monthly.get("deadlineText").asText()).isEqualTo("Định kỳ hằng tháng, trước ngày 13");
      assertThat(rows.get(5).get("deadline").asText()).as("a range ends at its last month").isEqualTo("2025-12-31");
      runtime.deleteProcessInstance(plan.getReviewProcessInstanceId(), "test cleanup");
    }
  }

  @Test
  void withoutCredentialsItIs401() throws IOException {
    assertThat(upload(null, seed(), "sa-thay.txt", MediaType.TEXT_PLAIN).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aClerkMayNotImport() throws IOException {
    ResponseEntity<JsonNode> answer = upload("sathay.clerk", seed(), "sa-thay.txt", MediaType.TEXT_PLAIN);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().get("detail").asText())
        .isEqualTo("Chỉ Thường trực Ban Chỉ đạo, trưởng phòng hoặc quản trị viên được nhập kế hoạch.");
  }

  @Test
  void aDateThatDoesNotExistIs400() {
    String plan = String.join("\n", PlanDocumentReaderTest.PLAN).replace("30/9/2025", "31/02/2025");
    ResponseEntity<JsonNode> answer =
        upload("sathay.steering", plan.getBytes(StandardCharsets.UTF_8), "ke-hoach.txt", MediaType.TEXT_PLAIN);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("detail").asText()).startsWith("Ngày \"31/02/2025\" không tồn tại (nhiệm vụ: Rà soát");
  }

  @Test
  void anImageIs415EvenWhenNamedPdf() {
    ResponseEntity<JsonNode> answer =
        upload("sathay.steering", PlanDocumentReaderTest.png(), "ke-hoach.pdf", MediaType.APPLICATION_PDF);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(answer.getBody().get("detail").asText())
        .isEqualTo("Tệp không phải văn bản kế hoạch: chỉ nhận PDF, DOCX, ODT hoặc văn bản thuần.");
  }

  @Test
  void aTextThatIsNoPlanIs400NamingTheFile() {
    ResponseEntity<JsonNode> answer = upload("sathay.steering",
        "Thư mời họp thôn\nKính mời bà con dự họp lúc 8 giờ.".getBytes(StandardCharsets.UTF_8), "thu-moi.txt", MediaType.TEXT_PLAIN);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("detail").asText()).startsWith("Không nhận ra kế hoạch trong tệp \"thu-moi.txt\"");
  }
}
