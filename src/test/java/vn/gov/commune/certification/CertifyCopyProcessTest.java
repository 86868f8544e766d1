package vn.gov.commune.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/** Every path of processes/certify-copy.bpmn, on the real engine and database of the run. */
@IntegrationTest
class CertifyCopyProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired vn.gov.commune.catalogue.ProcedureCatalogue catalogue;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired vn.gov.commune.dossier.ResultSignatures signatures;
  @Autowired vn.gov.commune.integration.SigningClient signingClient;
  @Autowired vn.gov.commune.organisation.StaffDirectory staff;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-03-02T10:00:00+07:00"); // a Monday morning
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    runtime.createProcessInstanceQuery().list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup"));
  }

  private static void at(String isoDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
  }

  private ProcessInstance startRequest(int pages, int copies) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("communeId", "sa-thay");
    variables.put("applicantName", "Nguyễn Văn An");
    variables.put("applicantPersonalId", "062095001234");
    variables.put("documentTitle", "Bằng tốt nghiệp trung học phổ thông");
    variables.put("pageCount", pages);
    variables.put("copyCount", copies);
    return runtime.startProcessInstanceByKey("certify-copy", variables);
  }

  @Test
  void matchingCopiesAreSignedAndReturnedWithTheFee() throws Exception {
    ProcessInstance instance = startRequest(2, 3);
    assertThat(instance.getTenantId()).isEqualTo("sa-thay");
    BpmnAwareTests.assertThat(instance).hasPassed("ServiceTask_ComputeDeadlineAndFee").isWaitingAt("UserTask_CompareWithOriginal");
    BpmnAwareTests.assertThat(instance).variables().containsEntry("fee", 12_000L)
        // the task card and the per-procedure filter of Tasklist find the request by the catalogue's procedure
        .containsEntry("procedureCode", "2.000815")
        .containsEntry("procedureName", catalogue.require("2.000815").getName());
    Task compare = task(instance);
    BpmnAwareTests.assertThat(compare).hasCandidateGroup("specialist");
    assertThat(compare.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-03-02T17:00:00+07:00").toInstant()));

    // the comparer is the logged-in specialist, named on the signing form by full name and position
    identity.setAuthentication("sathay.specialist", List.of("specialist"), List.of("sa-thay"));
    try {
      complete(compare, withVariables("comparisonResult", "match", "comparedByName", "Lê Quang Vinh"));
    } finally {
      identity.clearAuthentication();
    }
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_SignCertification");
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("leader");
    BpmnAwareTests.assertThat(instance).variables()
        .containsEntry("comparedByName", "Trần Văn Minh — Chuyên viên, Phòng Văn hóa - Xã hội");

    signAsLeader(task(instance), withVariables("signDecision", "sign"));
    BpmnAwareTests.assertThat(instance).variables().containsEntry("signedBy", "sathay.leader");
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_ReturnCertifiedCopies");
    Task returnTask = task(instance);
    BpmnAwareTests.assertThat(returnTask).hasCandidateGroup("clerk").hasFormKey("embedded:deployment:forms/certify-copy-return.html");
    assertThat(deployedTaskForm(returnTask)).contains("Trả bản sao đã chứng thực và thu lệ phí").contains("cam-variable-name=\"fee\"")
        .contains("/api/certified-copies/").contains("In bản chứng thực đã ký số (PDF)");

    // the leader's signature made the attestation: a signed PDF the clerk prints and hands over
    String code = instance.getBusinessKey();
    BpmnAwareTests.assertThat(instance).variables().containsEntry("certifiedCopyNumber", code + "/SCT");
    Http http = new Http(rest);
    ResponseEntity<byte[]> download = download("sathay.clerk", code);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
    byte[] pdf = download.getBody();
    assertThat(signatures.verify(pdf)).singleElement().satisfies(check -> {
      assertThat(check.valid()).as(String.valueOf(check.problems())).isTrue();
      assertThat(check.timeStamped()).isTrue();
      assertThat(check.signerName()).isEqualTo(leaderName());
    });
    String text = pdfText(pdf);
    assertThat(text).contains("BẢN SAO ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH", "Chứng thực bản sao này đúng với bản chính",
        "Số: " + code + "/SCT", "Ngày chứng thực: 02/03/2026", "Bằng tốt nghiệp trung học phổ thông", "Số trang của bản sao: 2",
        "Số bản sao được chứng thực: 3", "12.000 đ", leaderName(), "Lãnh đạo Ủy ban nhân dân", "ỦY BAN NHÂN DÂN XÃ SA THẦY");
    assertThat(text).doesNotContain("sathay.leader");
    var pdfsig = new vn.gov.commune.support.Pdfsig(java.nio.file.Files.createTempDirectory("pdfsig"), signingClient.rootCertificate());
    assertThat(pdfsig.check(pdf, "ban-sao-chung-thuc.pdf")).contains("Signature Validation: Signature is Valid.")
        .contains("Certificate Validation: Certificate is Trusted.");
    // the leader of the commune reads it too; another commune's staff get it as an unknown code, a citizen's portal not at all
    assertThat(download("sathay.leader", code).getBody()).isEqualTo(pdf);
    ResponseEntity<Map> foreign = http.get("kontum.clerk", "/api/certified-copies/" + code + "/pdf", Map.class);
    assertThat(foreign.getStatusCode().value()).isEqualTo(404);
    assertThat((String) foreign.getBody().get("detail")).isEqualTo("Không có yêu cầu chứng thực mã " + code + ".");
    assertThat(http.get(null, "/api/certified-copies/" + code + "/pdf", Map.class).getStatusCode().value()).isEqualTo(401);
    // the return form's link opens it with the clerk's Tasklist session (no second login), with the same commune check
    String link = "/api/certified-copies/" + code + "/pdf";
    assertThat(rest.exchange(link, HttpMethod.GET, new org.springframework.http.HttpEntity<>(webappSession("sathay.clerk")), byte[].class).getBody())
        .isEqualTo(pdf);
    assertThat(rest.exchange(link, HttpMethod.GET, new org.springframework.http.HttpEntity<>(webappSession("kontum.clerk")), String.class)
        .getStatusCode().value()).isEqualTo(404);

    complete(returnTask, withVariables("feeReceiptNumber", "BL-0001", "copiesHandedOver", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_CopiesReturned").hasNotPassed("UserTask_ReturnRefusal");
  }

  /** Issue 12, defect 4: a copy request has a code like every dossier: its business key, on the Tasklist card. */
  @Test
  void theRequestGetsADossierCodeAsItsBusinessKeyAndTasklistShowsIt() {
    Http http = new Http(rest);
    Map<String, Object> variables = Map.of(
        "applicantName", Map.of("value", "Nguyễn Văn An", "type", "String"),
        "documentTitle", Map.of("value", "Bằng tốt nghiệp", "type", "String"),
        "pageCount", Map.of("value", 1, "type", "Integer"),
        "copyCount", Map.of("value", 1, "type", "Integer"));
    // the clerk starts it from Tasklist; a business key sent with the start is not kept
    ResponseEntity<Map> started = http.send(HttpMethod.POST, "sathay.clerk", "/engine-rest/process-definition/key/certify-copy/start",
        Map.of("businessKey", "000.00.31.H62-260302-9999", "variables", variables), Map.class);
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId((String) started.getBody().get("id")).singleResult();
    String code = instance.getBusinessKey();
    assertThat(code).as("dossier code of xã Sa Thầy's centre, today").matches("000\\.00\\.31\\.H62-260302-\\d{4}").isNotEqualTo("000.00.31.H62-260302-9999");
    assertThat(started.getBody().get("businessKey")).isEqualTo(code);
    assertThat(runtime.getVariable(instance.getId(), "dossierCode")).isEqualTo(code);
    // numbered with the commune's other requests of the day
    String next = startRequest(1, 1).getBusinessKey();
    assertThat(Integer.parseInt(next.substring(next.length() - 4))).isEqualTo(Integer.parseInt(code.substring(code.length() - 4)) + 1);

    // the specialist finds it in Tasklist by the code, and its card shows it as "Mã hồ sơ"
    ResponseEntity<List> found = http.get("sathay.specialist", "/engine-rest/task?processInstanceBusinessKey=" + code, List.class);
    assertThat(found.getBody()).hasSize(1);
    String taskId = (String) ((Map<?, ?>) found.getBody().get(0)).get("id");
    ResponseEntity<Map> card = http.get("sathay.specialist", "/engine-rest/task/" + taskId + "/localVariables", Map.class);
    assertThat(card.getBody()).containsKey("cardDossierCode");
    assertThat(((Map<?, ?>) card.getBody().get("cardDossierCode")).get("value")).isEqualTo(code);
    // another commune's staff do not find it
    assertThat(http.get("kontum.specialist", "/engine-rest/task?processInstanceBusinessKey=" + code, List.class).getBody()).isEmpty();
  }

  @Test
  void aCopyThatDoesNotMatchIsRefusedAtComparison() {
    ProcessInstance instance = startRequest(1, 1);
    complete(task(instance), withVariables("comparisonResult", "mismatch", "refusalReason", "Bản chính bị tẩy xóa"));
    BpmnAwareTests.assertThat(instance).hasPassed("Gateway_JoinRefusal").isWaitingAt("UserTask_ReturnRefusal");
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("clerk");
    complete(task(instance), withVariables("refusalNoticeHandedOver", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_RequestRefused").hasNotPassed("UserTask_SignCertification");
  }

  @Test
  void aLeaderWhoRefusesToSignSendsTheRequestToRefusal() {
    ProcessInstance instance = startRequest(1, 1);
    complete(task(instance), withVariables("comparisonResult", "match"));
    // a file key sent with the refusal is not taken: a refused copy has no attestation
    signAsLeader(task(instance), withVariables("signDecision", "refuse", "refusalReason", "Giấy tờ thuộc loại không được chứng thực",
        "certifiedCopyFile", "2026/03/forged"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_ReturnRefusal");
    BpmnAwareTests.assertThat(instance).variables().doesNotContainKeys("certifiedCopyFile", "certifiedCopyNumber", "certifiedCopySignatureId");
    ResponseEntity<Map> none = new Http(rest).get("sathay.clerk", "/api/certified-copies/" + instance.getBusinessKey() + "/pdf", Map.class);
    assertThat(none.getStatusCode().value()).isEqualTo(404);
    assertThat((String) none.getBody().get("detail")).contains("chưa có bản chứng thực đã ký số");
    complete(task(instance), withVariables("refusalNoticeHandedOver", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("UserTask_SignCertification", "EndEvent_RequestRefused")
        .hasNotPassed("UserTask_ReturnCertifiedCopies");
  }

  @Test
  void aRequestAfterTheCutOffBeforeTetIsDueAfterTheBreak() {
    at("2026-02-13T15:30:00+07:00"); // Friday, after 15:00; 14-22/02/2026 are the Tết break
    ProcessInstance instance = startRequest(1, 1);
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-02-23T17:00:00+07:00").toInstant()));
  }

  @Test
  void aRequestWithoutPagesIsRefusedAndNothingIsStarted() {
    assertThatThrownBy(() -> startRequest(0, 1)).hasMessageContaining("Số trang của giấy tờ phải là số nguyên lớn hơn 0");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("certify-copy").count()).isZero();
  }

  @Test
  void theCamundaFormsAreDeployedWithTheProcess() throws Exception {
    String definitionId =
        repository.createProcessDefinitionQuery().processDefinitionKey("certify-copy").latestVersion().singleResult().getId();
    try (InputStream form = forms.getDeployedStartForm(definitionId)) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"id\": \"form-certify-copy-request\"")
          .contains("Số định danh cá nhân");
    }
    ProcessInstance instance = startRequest(1, 1);
    assertThat(deployedTaskForm(task(instance))).contains("form-certify-copy-compare");
  }

  private String leaderName() {
    return staff.find("sathay.leader").orElseThrow().fullName();
  }

  /** The attestation as the clerk's browser asks for it (any media type). */
  private ResponseEntity<byte[]> download(String user, String code) {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, user, StandardCharsets.UTF_8);
    return rest.exchange("/api/certified-copies/" + code + "/pdf", HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), byte[].class);
  }

  /** A browser's Tasklist session after Camunda's login form: only its cookies (as a link in a form sends). */
  private org.springframework.http.HttpHeaders webappSession(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    page.getHeaders().getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(org.springframework.http.HttpHeaders.COOKIE, String.join("; ", cookies.values()));
    headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login = rest.exchange(
        "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new org.springframework.http.HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(user + " logs in: " + login.getBody()).isEqualTo(200);
    login.getHeaders().getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    var session = new org.springframework.http.HttpHeaders();
    session.set(org.springframework.http.HttpHeaders.COOKIE, String.join("; ", cookies.values()));
    session.setAccept(List.of(org.springframework.http.MediaType.ALL));
    return session;
  }

  private static void addCookie(Map<String, String> cookies, String setCookie) {
    String pair = setCookie.substring(0, setCookie.contains(";") ? setCookie.indexOf(';') : setCookie.length());
    cookies.put(pair.substring(0, pair.indexOf('=')), pair);
  }

  private static String pdfText(byte[] pdf) {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The signature is a leader's of the commune, authenticated (four eyes, checked by the engine). */
  private void signAsLeader(Task task, Map<String, Object> variables) {
    identity.setAuthentication("sathay.leader", List.of("leader"), List.of("sa-thay"));
    try {
      complete(task, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String deployedTaskForm(Task task) {
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
