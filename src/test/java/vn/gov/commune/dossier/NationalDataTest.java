package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.simulator.CivilStatusSimulator;
import vn.gov.commune.simulator.SimulatorFaults;
import vn.gov.commune.support.IntegrationTest;

/**
 * Once-only at receipt (issue 12 point 6) and the correction of a mistyped ID (issue 13 point 7):
 * what the population and civil-status databases hold is fetched, attached with source and time,
 * fills the declaration, marks the components, and is shown; the clerk corrects an ID and the
 * dossier is looked up again instead of refused.
 */
@IntegrationTest
class NationalDataTest {

  static final String BIRTH = "1.001193";
  static final String MARRIAGE = "1.000894";
  static final String AN = "062095001234"; // Nguyễn Văn An, married to Trần Thị Bình
  static final String BINH = "062301005678";
  static final String NGOC = "062325004321"; // their daughter, birth registered in 2025
  static final String UNKNOWN = "062095001235"; // valid form, nobody in the population database

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired ComponentRepository components;
  @Autowired NationalDataRepository nationalData;
  @Autowired HistoryRepository history;
  @Autowired SimulatorFaults faults;
  @Autowired CivilStatusSimulator civilStatus;

  DossierTestSupport flow;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    flow = new DossierTestSupport(rest, management, taskService, identity);
    at("2026-03-02T09:00:00+07:00");
  }

  @AfterEach
  void tearDown() {
    faults.reset();
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  private static String application(String procedure, String personalId, String name, String data) {
    return """
        {"procedureCode":"%s","receivingCommuneId":"sa-thay","channel":"ONLINE",
         "applicant":{"personalId":"%s","fullName":"%s","phone":"0905123456","address":"Thôn 1, xã Sa Thầy"},
         "copies":1,"pages":1,"data":%s}
        """.formatted(procedure, personalId, name, data);
  }

  private String submit(String procedure, String personalId, String name, String data, Map<String, byte[]> files) {
    ResponseEntity<Map> answer = flow.submit("portal", UUID.randomUUID().toString(), application(procedure, personalId, name, data), files);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    String code = (String) answer.getBody().get("code");
    flow.runJobs();
    return code;
  }

  private ProcessInstance instance(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier").singleResult();
  }

  private Object variable(String code, String name) {
    return runtime.getVariable(instance(code).getId(), name);
  }

  private Map<String, String> sources(String code) {
    Map<String, String> map = new HashMap<>();
    components.findByDossierCodeOrderById(code).forEach(c -> map.put(c.getComponentCode(), c.getSource().name()));
    return map;
  }

  private JsonNode data(String code) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(dossiers.findByCode(code).orElseThrow().getApplicationData());
  }

  private void receive(String code, Map<String, Object> variables) {
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", variables);
  }

  @Test
  void marriageFetchesBothPartiesFillsTheBlanksAndShowsWhatDiffers() throws Exception {
    String code = submit(MARRIAGE, AN, "Nguyễn Văn An",
        "{\"spousePersonalId\":\"0623 0100 5678\",\"spouseFullName\":\"Trần Thị Bìn\"}", Map.of("TO_KHAI", PDF));

    BpmnAwareTests.assertThat(instance(code)).hasPassed("ServiceTask_LookUpPopulation").isWaitingAt("UserTask_ReceiveDossier");
    // both parties' identity and residence come from the population database: nothing to hand in
    assertThat(sources(code)).containsEntry("GIAY_TO_TUY_THAN", "NATIONAL_DATA").containsEntry("NOI_CU_TRU", "NATIONAL_DATA");
    List<DossierNationalData> rows = nationalData.findByDossierCodeOrderById(code);
    assertThat(rows).extracting(r -> r.getComponentCode() + "/" + r.getSource() + "/" + r.getPersonRole())
        .containsExactly(
            "GIAY_TO_TUY_THAN/CSDL_DAN_CU/APPLICANT", "GIAY_TO_TUY_THAN/CSDL_DAN_CU/SPOUSE",
            "NOI_CU_TRU/CSDL_DAN_CU/APPLICANT", "NOI_CU_TRU/CSDL_DAN_CU/SPOUSE");
    assertThat(rows).allSatisfy(r -> assertThat(r.getFetchedAt()).isEqualTo(java.time.Instant.parse("2026-03-02T02:00:00Z")));
    assertThat(rows.get(1).getData()).contains("Trần Thị Bình", "2001-09-03", "Tổ 3, phường Kon Tum");

    // blanks filled, the ID kept without spaces, the typed name left as typed and flagged with both values
    JsonNode data = data(code);
    assertThat(data.path("spousePersonalId").asText()).isEqualTo(BINH);
    assertThat(data.path("spouseDateOfBirth").asText()).isEqualTo("2001-09-03");
    assertThat(data.path("spousePermanentAddress").asText()).isEqualTo("Tổ 3, phường Kon Tum, tỉnh Quảng Ngãi");
    assertThat(data.path("applicantDateOfBirth").asText()).isEqualTo("1995-04-12");
    assertThat(data.path("applicantMaritalStatus").asText()).isEqualTo("Đã kết hôn");
    assertThat(data.path("spouseFullName").asText()).isEqualTo("Trần Thị Bìn");
    assertThat((String) variable(code, "populationMismatches"))
        .contains("Họ tên của bên kết hôn còn lại: hồ sơ ghi \"Trần Thị Bìn\", CSDL dân cư ghi \"Trần Thị Bình\".");
    assertThat(variable(code, "populationMismatch")).isEqualTo(true);
    assertThat((String) variable(code, "nationalDataSummary"))
        .contains("CSDL quốc gia về dân cư — bên kết hôn còn lại (tra cứu lúc 09:00 02/03/2026): Trần Thị Bình, sinh ngày 03/09/2001");
    assertThat((String) variable(code, "nationalDataFilled")).contains("Ngày sinh của bên kết hôn còn lại: 03/09/2001 (CSDL dân cư)");
    assertThat(variable(code, "nationalDataProblems")).isEqualTo("");
    assertThat(history.findByDossierCodeOrderById(code)).anySatisfy(h -> {
      assertThat(h.getAction()).isEqualTo("LOOKUP");
      assertThat(h.getMessage()).contains("Khai thác 2 bản ghi từ CSDL quốc gia");
    });

    // the API shows the data with source and time, to the dossier's commune only
    ResponseEntity<JsonNode> shown = flow.get("sathay.clerk", "/api/dossiers/" + code + "/national-data", JsonNode.class);
    assertThat(shown.getStatusCode().value()).isEqualTo(200);
    assertThat(shown.getBody()).hasSize(4);
    assertThat(shown.getBody().get(1).path("sourceName").asText()).isEqualTo("Cơ sở dữ liệu quốc gia về dân cư");
    assertThat(shown.getBody().get(1).path("personRole").asText()).isEqualTo("SPOUSE");
    assertThat(shown.getBody().get(1).path("fetchedAt").asText()).startsWith("2026-03-02T02:00");
    assertThat(shown.getBody().get(1).path("data").path("fullName").asText()).isEqualTo("Trần Thị Bình");
    assertThat(flow.get("kontum.clerk", "/api/dossiers/" + code + "/national-data", JsonNode.class).getStatusCode().value()).isEqualTo(404);
    assertThat(flow.get(null, "/api/dossiers/" + code + "/national-data", JsonNode.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void birthRegistrationFetchesTheParentsMarriageAndTheChildsExistingBirthRecord() throws Exception {
    String code = submit(BIRTH, AN, "Nguyễn Văn An",
        "{\"childPersonalId\":\"" + NGOC + "\",\"childFullName\":\"Nguyễn Minh Khôi\"}", Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));

    assertThat(sources(code)).containsEntry("CHUNG_NHAN_KET_HON", "NATIONAL_DATA");
    assertThat(nationalData.findByDossierCodeOrderById(code))
        .filteredOn(r -> r.getSource().equals("CSDL_HO_TICH"))
        .extracting(DossierNationalData::getPersonRole).containsExactly("APPLICANT", "CHILD");
    JsonNode data = data(code);
    assertThat(data.path("marriageExtractNumber").asText()).isEqualTo("15/2024/TLKH");
    assertThat(data.path("marriageRegisteredOn").asText()).isEqualTo("2024-05-18");
    assertThat(data.path("childBirthExtractNumber").asText()).isEqualTo("102/2025/TLKS");
    // the child is already registered under another name: the clerk sees both values
    assertThat((String) variable(code, "populationMismatches"))
        .contains("Họ tên của con: hồ sơ ghi \"Nguyễn Minh Khôi\", CSDL hộ tịch ghi \"Nguyễn Bảo Ngọc\".");
    assertThat((String) variable(code, "nationalDataSummary"))
        .contains("CSDL hộ tịch điện tử — người nộp hồ sơ", "kết hôn: Nguyễn Văn An – Trần Thị Bình, số 15/2024/TLKH")
        .contains("CSDL hộ tịch điện tử — con", "khai sinh: Nguyễn Bảo Ngọc, trích lục số 102/2025/TLKS");
    assertThat(civilStatus.lookups()).filteredOn(l -> l.dossierCode().equals(code)).hasSize(2)
        .allSatisfy(l -> assertThat(l.client()).isEqualTo("VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW"));
  }

  @Test
  void anUnreachableOrSilentDatabaseLetsTheClerkContinueByHand() {
    faults.set(NationalService.CIVIL_STATUS, 0L, true);
    String birth = submit(BIRTH, AN, "Nguyễn Văn An", "{}", Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));
    // no incident: the dossier waits for the clerk, the optional marriage certificate is not asked
    BpmnAwareTests.assertThat(instance(birth)).isWaitingAt("UserTask_ReceiveDossier");
    assertThat(management.createJobQuery().processInstanceId(instance(birth).getId()).withException().count()).isZero();
    assertThat((String) variable(birth, "nationalDataProblems"))
        .contains("CSDL hộ tịch điện tử tạm thời không truy cập được khi tra cứu người nộp hồ sơ")
        .contains("nếu có, người nộp xuất trình bản giấy");
    assertThat(sources(birth)).doesNotContainKey("CHUNG_NHAN_KET_HON").containsEntry("GIAY_TO_TUY_THAN", "NATIONAL_DATA");

    // an applicant the population database does not know: the identity paper is asked on paper
    String marriage = submit(MARRIAGE, UNKNOWN, "Nguyễn Văn An", "{}", Map.of("TO_KHAI", PDF));
    assertThat(variable(marriage, "populationFound")).isEqualTo(false);
    assertThat(sources(marriage)).containsEntry("GIAY_TO_TUY_THAN", "PAPER").containsEntry("NOI_CU_TRU", "PAPER");
    assertThat((String) variable(marriage, "nationalDataProblems"))
        .contains("Không tìm thấy số định danh cá nhân của người nộp hồ sơ trong CSDL quốc gia về dân cư.")
        .contains("cần nộp bản giấy để cán bộ số hóa");
    assertThat(nationalData.findByDossierCodeOrderById(marriage)).isEmpty();
  }

  @Test
  void aMistypedIdIsCorrectedAtReceiptAndLookedUpAgain() {
    String code = submit(MARRIAGE, UNKNOWN, "Nguyễn Văn An", "{}", Map.of("TO_KHAI", PDF));
    assertThat(variable(code, "populationFound")).isEqualTo(false);

    receive(code, Map.of("receiptDecision", "correctId", "correctedPersonalId", "0620 9500 1234"));

    BpmnAwareTests.assertThat(instance(code))
        .hasPassed("ServiceTask_CorrectPersonalId")
        .isWaitingAt("UserTask_ReceiveDossier");
    Dossier dossier = dossiers.findByCode(code).orElseThrow();
    assertThat(dossier.getApplicantPersonalId()).isEqualTo(AN);
    assertThat(dossier.getStatus()).isEqualTo(DossierStatus.REGISTERED);
    assertThat(variable(code, "applicantPersonalId")).isEqualTo(AN);
    assertThat(variable(code, "populationFound")).isEqualTo(true);
    assertThat(variable(code, "receiptDecision")).isNull();
    assertThat(sources(code)).containsEntry("GIAY_TO_TUY_THAN", "NATIONAL_DATA").containsEntry("NOI_CU_TRU", "NATIONAL_DATA");
    assertThat(nationalData.findByDossierCodeOrderById(code)).hasSize(2);
    DossierHistoryEntry correction = history.findByDossierCodeOrderById(code).stream()
        .filter(h -> h.getAction().equals("CORRECTION")).findFirst().orElseThrow();
    assertThat(correction.getMessage()).contains("********1235 → ********1234").doesNotContain(UNKNOWN).doesNotContain(AN);
    assertThat(correction.getActor()).isEqualTo("sathay.clerk");

    // then received as usual
    receive(code, Map.of("receiptDecision", "accept"));
    BpmnAwareTests.assertThat(instance(code)).hasPassed("ServiceTask_AcceptDossier");
  }

  @Test
  void aBadCorrectedIdIsRefusedAndChangesNothing() {
    String code = submit(MARRIAGE, UNKNOWN, "Nguyễn Văn An", "{}", Map.of("TO_KHAI", PDF));
    Task task = flow.task(code, "UserTask_ReceiveDossier");
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    try {
      assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("receiptDecision", "correctId", "correctedPersonalId", "0620 95")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("đúng 12 chữ số");
      assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("receiptDecision", "correctId")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Nhập số định danh cá nhân đã sửa");
      assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("receiptDecision", "correctId", "correctedPersonalId", UNKNOWN)))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("trùng với số đang ghi trong hồ sơ");
      assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("receiptDecision", "correctId", "correctedPersonalId", "999095001234")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("mã tỉnh");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(flow.task(code, "UserTask_ReceiveDossier").getId()).isEqualTo(task.getId());
    assertThat(dossiers.findByCode(code).orElseThrow().getApplicantPersonalId()).isEqualTo(UNKNOWN);
    assertThat(history.findByDossierCodeOrderById(code)).noneMatch(h -> h.getAction().equals("CORRECTION"));
  }

  @Test
  void aCounterMarriageDossierLooksUpTheSpouseTheClerkTypedOnTheStartForm() {
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    ProcessInstance started;
    try {
      Map<String, Object> form = new HashMap<>(Map.of(
          "procedureCode", MARRIAGE, "applicantPersonalId", AN, "applicantName", "Nguyễn Văn An",
          "applicantPhone", "0905123456", "applicantAddress", "Thôn 1", "copies", 1L, "pages", 1L));
      form.put("spousePersonalId", "0623 0100 5678");
      started = runtime.startProcessInstanceByKey("dossier", form);
    } finally {
      identity.clearAuthentication();
    }
    String code = started.getBusinessKey();
    flow.runJobs();
    BpmnAwareTests.assertThat(started).isWaitingAt("UserTask_ReceiveDossier");
    assertThat(nationalData.findByDossierCodeOrderById(code)).extracting(DossierNationalData::getPersonRole)
        .containsExactly("APPLICANT", "SPOUSE", "APPLICANT", "SPOUSE");
    assertThat(sources(code)).containsEntry("GIAY_TO_TUY_THAN", "NATIONAL_DATA").containsEntry("TO_KHAI", "PAPER");
    assertThat((String) variable(code, "nationalDataFilled")).contains("Họ tên của bên kết hôn còn lại: Trần Thị Bình (CSDL dân cư)");
  }

  @Test
  void anInvalidSpouseIdIsRefusedAtIntake() {
    String key = UUID.randomUUID().toString();
    ResponseEntity<Map> answer = flow.submit("portal", key,
        application(MARRIAGE, AN, "Nguyễn Văn An", "{\"spousePersonalId\":\"12345\"}"), Map.of("TO_KHAI", PDF));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().get("detail").toString()).isEqualTo("Số định danh cá nhân của bên kết hôn còn lại phải gồm đúng 12 chữ số.");
    assertThat(dossiers.findBySubmittedByAndIdempotencyKey("portal", key)).isEmpty();
  }

  @Test
  void theCivilStatusSimulatorLetsInOnlyKnownSystemsAndAnswersByPersonalId() {
    assertThat(lookUpCivilStatus(null, NGOC).getStatusCode().value()).isEqualTo(401);
    assertThat(lookUpCivilStatus("not-the-secret", NGOC).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<JsonNode> found = lookUpCivilStatus("demo", NGOC);
    assertThat(found.getStatusCode().value()).isEqualTo(200);
    assertThat(found.getBody().path("birth").path("extractNumber").asText()).isEqualTo("102/2025/TLKS");
    assertThat(found.getBody().path("birth").path("fatherPersonalId").asText()).isEqualTo(AN);
    assertThat(found.getBody().path("maritalStatus").asText()).isEqualTo("Chưa kết hôn");
    assertThat(lookUpCivilStatus("demo", AN).getBody().path("marriages").get(0).path("wifeName").asText()).isEqualTo("Trần Thị Bình");
    ResponseEntity<JsonNode> unknown = lookUpCivilStatus("demo", UNKNOWN);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody().path("detail").asText()).contains("Cơ sở dữ liệu hộ tịch điện tử");
    assertThat(lookUpCivilStatus("demo", "0623").getStatusCode().value()).isEqualTo(400);
  }

  private ResponseEntity<JsonNode> lookUpCivilStatus(String secret, String id) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (secret != null) {
      headers.set("X-Client-Id", "demo");
      headers.set("X-Client-Secret", secret);
    }
    headers.set("X-Road-Client", "VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW");
    headers.set("X-Road-Id", "000.00.31.H62-260302-0001");
    return rest.exchange("/sim/civil-status/persons/lookup", HttpMethod.POST,
        new HttpEntity<>("{\"personalId\":\"" + id + "\"}", headers), JsonNode.class);
  }
}
