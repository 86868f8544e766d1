package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * Issue 12, defects 1 and 2: a dossier received in Sa Thầy and processed by the competent commune
 * Kon Tum (phi địa giới hành chính). Each commune does its part as its own staff, through the
 * engine REST API Tasklist uses, and sees nothing more of the other's instances; the
 * process-control slip lists the steps of both communes.
 */
@IntegrationTest
class CrossCommuneDossierTest {

  static final String BIRTH = "1.001193"; // same day, free
  static final String MARITAL = "1.004873"; // 3 working days

  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired DocumentRepository documents;
  @Autowired HistoryRepository historyEntries;

  DossierTestSupport flow;
  Http http;

  @BeforeEach
  void setUp() {
    flow = new DossierTestSupport(rest, management, taskService, identity);
    http = new Http(rest);
    at("2026-03-02T09:00:00+07:00"); // Monday morning
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  private static Map<String, Object> typed(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], Map.of("value", pairs[i + 1], "type", pairs[i + 1] instanceof Boolean ? "Boolean" : "String"));
    }
    return map;
  }

  /** Completes the dossier's open task as {@code user} through the engine REST API (what Tasklist calls). */
  private ResponseEntity<JsonNode> completeOverRest(String user, String code, String taskKey, Map<String, Object> variables) {
    Task task = flow.task(code, taskKey);
    assertThat(task).as("open task " + taskKey + " of " + code).isNotNull();
    ResponseEntity<JsonNode> answer =
        http.send(HttpMethod.POST, user, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables), JsonNode.class);
    flow.runJobs();
    return answer;
  }

  private Dossier dossier(String code) {
    return dossiers.findByCode(code).orElseThrow();
  }

  private ProcessInstance dossierInstance(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier").singleResult();
  }

  private Instant overdueTimer(String code) {
    Job overdue = management.createJobQuery().processInstanceId(dossierInstance(code).getId()).activityId("BoundaryEvent_Overdue").singleResult();
    return overdue.getDuedate().toInstant();
  }

  private static Instant instant(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  @Test
  void theCompetentCommunesSpecialistAsksForASupplementAndTheReceivingCommunesTimersMove() {
    String code = flow.submitOnline(MARITAL, "sa-thay", "kon-tum", Map.of("TO_KHAI", PDF));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));
    flow.post("portal", "/api/dossiers/" + code + "/payment", Map.of("paymentId", dossier(code).getPaymentId(), "amount", 5000), Map.class);
    flow.runJobs();
    assertThat(flow.task(code, "UserTask_ReviewDossier").getTenantId()).isEqualTo("kon-tum");
    assertThat(overdueTimer(code)).isEqualTo(instant("2026-03-05T17:00:00+07:00"));

    ResponseEntity<JsonNode> asked = completeOverRest("kontum.specialist", code, "UserTask_ReviewDossier",
        typed("reviewDecision", "supplement", "missingComponents", "Giấy tờ chứng minh việc ly hôn."));
    assertThat(asked.getStatusCode().value()).as(String.valueOf(asked.getBody())).isEqualTo(204);
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType).contains(SlipType.SUPPLEMENT_REQUEST);
    assertThat(historyEntries.findByDossierCodeOrderById(code))
        .anyMatch(h -> h.getToStatus() == DossierStatus.SUPPLEMENT_REQUESTED && "kontum.specialist".equals(h.getActor()));
    // the clock stops: Sa Thầy's deadline timers wait for the latest appointment the supplement allows
    assertThat(overdueTimer(code)).isAfter(instant("2026-03-05T17:00:00+07:00"));

    at("2026-03-04T10:00:00+07:00");
    assertThat(flow.supplement(code, Map.of("GIAY_TO_HON_NHAN_TRUOC", PDF), "Bổ sung").getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    // RESTART: 3 working days again from Wednesday 4/3 → Monday 9/3
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(instant("2026-03-09T17:00:00+07:00"));
    assertThat(overdueTimer(code)).isEqualTo(instant("2026-03-09T17:00:00+07:00"));
    assertThat(flow.task(code, "UserTask_ReviewDossier").getTenantId()).isEqualTo("kon-tum");

    ResponseEntity<JsonNode> approved = completeOverRest("kontum.specialist", code, "UserTask_ReviewDossier",
        typed("reviewDecision", "approve", "reviewNote", "Đủ điều kiện."));
    assertThat(approved.getStatusCode().value()).as(String.valueOf(approved.getBody())).isEqualTo(204);
    ResponseEntity<JsonNode> signed = completeOverRest("kontum.leader", code, "UserTask_ApproveDossier", typed("approvalDecision", "approve"));
    assertThat(signed.getStatusCode().value()).as(String.valueOf(signed.getBody())).isEqualTo(204);
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
  }

  @Test
  void aKonTumUserStillCannotReadNorChangeSaThaysInstances() {
    String crossCode = flow.submitOnline(BIRTH, "sa-thay", "kon-tum", Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));
    String ownCode = flow.submitOnline(BIRTH, Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));
    flow.complete(crossCode, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));
    assertThat(completeOverRest("kontum.specialist", crossCode, "UserTask_ReviewDossier",
        typed("reviewDecision", "supplement", "missingComponents", "Giấy chứng sinh bản rõ nét.")).getStatusCode().value()).isEqualTo(204);

    for (String code : List.of(crossCode, ownCode)) {
      String instanceId = dossierInstance(code).getId();
      Object before = runtime.getVariable(instanceId, "appointmentAt");
      for (String user : List.of("kontum.specialist", "kontum.leader", "kontum.clerk")) {
        ResponseEntity<JsonNode> listed = http.get(user, "/engine-rest/process-instance?businessKey=" + code + "&processDefinitionKey=dossier", JsonNode.class);
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(listed.getBody()).as(user + " lists Sa Thầy's instance of " + code).isEmpty();
        ResponseEntity<JsonNode> read = http.get(user, "/engine-rest/process-instance/" + instanceId + "/variables", JsonNode.class);
        assertThat(read.getStatusCode().value()).as(user + " reads " + code + ": " + read.getBody()).isIn(403, 404);
        ResponseEntity<JsonNode> changed = http.send(HttpMethod.PUT, user, "/engine-rest/process-instance/" + instanceId + "/variables/appointmentAt",
            Map.of("value", "2030-01-01T00:00:00.000+0700", "type", "Date"), JsonNode.class);
        assertThat(changed.getStatusCode().value()).as(user + " changes " + code + ": " + changed.getBody()).isIn(403, 404);
        ResponseEntity<JsonNode> jobs = http.get(user, "/engine-rest/job?processInstanceId=" + instanceId, JsonNode.class);
        assertThat(jobs.getStatusCode().value() == 403 || jobs.getBody().isEmpty()).as(user + " lists the timers of " + code + ": " + jobs.getBody()).isTrue();
      }
      assertThat(runtime.getVariable(instanceId, "appointmentAt")).isEqualTo(before);
    }
    // Sa Thầy's own dossier stays out of Kon Tum's task list
    ResponseEntity<JsonNode> tasks = http.get("kontum.specialist", "/engine-rest/task?processInstanceBusinessKey=" + ownCode, JsonNode.class);
    assertThat(tasks.getBody()).isEmpty();
    assertThat(flow.get("kontum.specialist", "/api/dossiers/" + ownCode, Map.class).getStatusCode().value()).isIn(403, 404);
  }

  @Test
  void theProcessControlSlipOfACounterDossierListsTheStepsOfBothCommunes() throws Exception {
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    ProcessInstance instance;
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put("procedureCode", BIRTH);
      variables.put("competentCommuneId", "kon-tum");
      variables.put("applicantPersonalId", DossierTestSupport.CITIZEN);
      variables.put("applicantName", "Nguyễn Văn An");
      variables.put("applicantPhone", "0905123456");
      variables.put("applicantAddress", "Thôn 1");
      variables.put("copies", 1L);
      variables.put("pages", 1L);
      instance = runtime.startProcessInstanceByKey("dossier", variables);
    } finally {
      identity.clearAuthentication();
    }
    String code = instance.getBusinessKey();
    flow.runJobs();
    assertThat(dossier(code).getCompetentCommuneId()).isEqualTo("kon-tum");
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));
    flow.complete(code, "UserTask_DigitiseComponents", "sathay.clerk", "clerk", "sa-thay", Map.of(
        "scan_TO_KHAI", Variables.fileValue("to-khai.pdf").file(PDF).create(),
        "scan_GIAY_CHUNG_SINH", Variables.fileValue("giay-chung-sinh.pdf").file(PDF).create()));
    assertThat(completeOverRest("kontum.specialist", code, "UserTask_ReviewDossier",
        typed("reviewDecision", "approve", "reviewNote", "Đủ điều kiện.")).getStatusCode().value()).isEqualTo(204);
    assertThat(completeOverRest("kontum.leader", code, "UserTask_ApproveDossier", typed("approvalDecision", "approve")).getStatusCode().value())
        .isEqualTo(204);
    ResponseEntity<JsonNode> returned = completeOverRest("sathay.clerk", code, "UserTask_ReturnAtCounter", typed("returnedConfirmed", true));
    assertThat(returned.getStatusCode().value()).as(String.valueOf(returned.getBody())).isEqualTo(204);
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);

    // the clerk downloads the slip as Sa Thầy's staff see it
    ResponseEntity<JsonNode> list = http.get("sathay.clerk", "/api/dossiers/" + code + "/documents", JsonNode.class);
    JsonNode slip = null;
    for (JsonNode document : list.getBody()) {
      if (SlipType.PROCESS_CONTROL.name().equals(document.get("type").asText())) {
        slip = document;
      }
    }
    assertThat(slip).as("process-control slip issued").isNotNull();
    byte[] docx = flow.get("sathay.clerk", "/api/dossiers/" + code + "/documents/" + slip.get("id").asLong() + "/file", byte[].class).getBody();
    String text;
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      text = extractor.getText();
    }
    assertThat(text)
        .as("Sa Thầy's steps")
        .contains("Tiếp nhận hồ sơ", "Số hóa thành phần hồ sơ");
    assertThat(text)
        .as("Kon Tum's steps")
        .contains("Thẩm định hồ sơ", "Phê duyệt, ký số");
  }
}
