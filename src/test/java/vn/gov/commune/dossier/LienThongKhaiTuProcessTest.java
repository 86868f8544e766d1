package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.simulator.LgspSimulator;
import vn.gov.commune.support.IntegrationTest;

/**
 * The liên thông procedure LT-KT-TT-MT (NĐ 63/2024/NĐ-CP) is processed by its own model,
 * processes/dossier-processing-lien-thong-khai-tu.bpmn, chosen by the catalogue and made only of
 * the existing step templates: the commune registers the death (review, leader approves and signs
 * the trích lục khai tử), then each agency the catalogue entry lists (police: xóa đăng ký thường
 * trú; social insurance: trợ cấp mai táng) is asked in parallel through LGSP by one multi-instance
 * consultation, each with the catalogue's timeout; the answers and timeouts are combined into the
 * result summary and the receiving commune's dossier returns the result once all answered or timed out.
 */
@IntegrationTest
class LienThongKhaiTuProcessTest {

  static final String BUNDLE = "LT-KT-TT-MT";
  static final String MODEL = "dossier-processing-lien-thong-khai-tu";
  static final String POLICE = "Công an xã/phường";
  static final String INSURANCE = "Bảo hiểm xã hội";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired DocumentRepository documents;
  @Autowired HistoryRepository historyEntries;
  @Autowired LgspSimulator lgsp;

  DossierTestSupport flow;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    flow = new DossierTestSupport(rest, management, taskService, identity);
    at("2026-03-02T09:00:00+07:00"); // Monday morning
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private String submitAndReceive() {
    String code = flow.submitOnline(BUNDLE, Map.of("TO_KHAI_LIEN_THONG", PDF, "GIAY_BAO_TU", PDF));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));
    return code;
  }

  private void review(String code, String decision, String note) {
    flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", "specialist", "sa-thay",
        Map.of("reviewDecision", decision, "reviewNote", note));
  }

  private void approve(String code) {
    flow.complete(code, "UserTask_ApproveDossier", "sathay.leader", "leader", "sa-thay", Map.of("approvalDecision", "approve"));
  }

  private void returnToSpecialist(String code, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("approvalDecision", "return");
    variables.put("returnReason", reason);
    flow.complete(code, "UserTask_ApproveDossier", "sathay.leader", "leader", "sa-thay", variables);
  }

  /** Review and approval of the death registration; the consultations are then sent. */
  private String registeredDeath() {
    String code = submitAndReceive();
    review(code, "approve", "Đăng ký khai tử cho ông Nguyễn Văn Bình, chết ngày 28/02/2026.");
    approve(code);
    return code;
  }

  private ProcessInstance processing(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey(MODEL).singleResult();
  }

  private HistoricProcessInstance processingHistory(String code) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey(MODEL).singleResult();
  }

  private Object variable(String code, String name) {
    return history.createHistoricVariableInstanceQuery()
        .processInstanceId(processingHistory(code).getId()).variableName(name).singleResult().getValue();
  }

  private Dossier dossier(String code) {
    return dossiers.findByCode(code).orElseThrow();
  }

  private ProcessInstance receivingInstance(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier").singleResult();
  }

  private int answer(String code, String agency, String text, String consultationId) {
    int status = flow.post("portal", "/api/dossiers/" + code + "/consultation-answer",
        Map.of("agency", agency, "answer", text, "consultationId", consultationId), Map.class).getStatusCode().value();
    flow.runJobs();
    return status;
  }

  /** The overdue timer of the consultation of {@code agency} (one instance of the multi-instance consultation per catalogue agency). */
  private Job overdueTimer(String code, String agency) {
    return management.createJobQuery().processInstanceId(processing(code).getId()).activityId("BoundaryEvent_ConsultationOverdue").list()
        .stream().filter(job -> agency.equals(runtime.getVariable(job.getExecutionId(), "catalogueAgency"))).findFirst().orElseThrow();
  }

  /** The agencies whose answer the dossier still waits for. */
  private List<String> waitingFor(String code) {
    return runtime.createExecutionQuery().processInstanceId(processing(code).getId()).activityId("ReceiveTask_AwaitConsultation").list()
        .stream().map(e -> (String) runtime.getVariableLocal(e.getId(), "consultationSlot")).sorted().toList();
  }

  /** Moves the clock one minute past the overdue timer of {@code agency}'s consultation and runs what is due. */
  private void passDeadlineOf(String code, String agency) {
    Date due = overdueTimer(code, agency).getDuedate();
    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    flow.runJobs();
  }

  private List<String> historyMessages(String code) {
    return historyEntries.findByDossierCodeOrderById(code).stream().map(h -> h.getAction() + ": " + h.getMessage()
        + (h.getReason() == null ? "" : " / " + h.getReason())).toList();
  }

  /** The receiving commune's dossier returned the signed trích lục khai tử electronically. */
  private void assertResultReturned(String code) {
    assertThat(processingHistory(code).getEndActivityId()).isEqualTo("EndEvent_Processed");
    Dossier done = dossier(code);
    assertThat(done.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(done.getResultType()).isEqualTo(Dossier.ResultType.APPROVED);
    assertThat(done.getResultSignatureId()).isNotBlank();
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType).contains(SlipType.RESULT);
    BpmnAwareTests.assertThat(receivingInstance(code)).isWaitingAt("ReceiveTask_AwaitRating");
  }

  // ---- paths -------------------------------------------------------------------------------------

  @Test
  void theCatalogueChoosesTheBundleModelAndBothAgenciesAnswer() {
    String code = submitAndReceive();
    ProcessInstance instance = processing(code);
    assertThat(instance).as("the catalogue's processingProcess is started").isNotNull();
    assertThat(instance.getTenantId()).isEqualTo("sa-thay");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier-processing").count()).isZero();
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_ReviewDossier");
    BpmnAwareTests.assertThat(flow.task(code, "UserTask_ReviewDossier")).hasCandidateGroup("specialist");
    assertThat(taskService.createTaskQuery().taskId(flow.task(code, "UserTask_ReviewDossier").getId()).initializeFormKeys()
        .singleResult().getCamundaFormRef().getKey()).isEqualTo("form-dossier-review-khai-tu");
    assertThat(lgsp.consultationsFor(code)).as("nothing is sent before the death is registered").isEmpty();

    review(code, "approve", "Đăng ký khai tử cho ông Nguyễn Văn Bình, chết ngày 28/02/2026.");
    BpmnAwareTests.assertThat(flow.task(code, "UserTask_ApproveDossier")).hasCandidateGroup("leader");
    approve(code);

    // the trích lục khai tử is signed first, then both agencies are asked in parallel
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSED);
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType).contains(SlipType.RESULT);
    BpmnAwareTests.assertThat(instance).isWaitingAt("ReceiveTask_AwaitConsultation");
    assertThat(waitingFor(code)).as("one consultation per agency of the catalogue entry").containsExactly("BHXH", "CONG_AN");
    List<LgspSimulator.Consultation> sent = lgsp.consultationsFor(code);
    assertThat(sent).extracting(c -> c.request().agency()).containsExactlyInAnyOrder(POLICE, INSURANCE);
    assertThat(sent).allMatch(c -> c.request().question().contains(code));
    assertThat(runtime.getVariable(instance.getId(), "consultationWithinWorkingDays_CONG_AN")).isEqualTo(3);
    assertThat(runtime.getVariable(instance.getId(), "consultationWithinWorkingDays_BHXH")).isEqualTo(5);
    String police = (String) runtime.getVariable(instance.getId(), "consultationId_CONG_AN");
    String insurance = (String) runtime.getVariable(instance.getId(), "consultationId_BHXH");
    assertThat(police).isNotBlank().isNotEqualTo(insurance);
    // the catalogue's working days to answer: 3 for the police, 5 for social insurance (from Monday 2/3)
    assertThat(overdueTimer(code, "CONG_AN").getDuedate().toInstant()).isEqualTo(java.time.OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    assertThat(overdueTimer(code, "BHXH").getDuedate().toInstant()).isEqualTo(java.time.OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());

    // the police answers: the dossier still waits for social insurance
    assertThat(answer(code, POLICE, "Đã xóa đăng ký thường trú.", police)).isEqualTo(200);
    assertThat(waitingFor(code)).containsExactly("BHXH");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSED);

    assertThat(answer(code, INSURANCE, "Đồng ý chi trợ cấp mai táng.", insurance)).isEqualTo(200);
    assertResultReturned(code);
    assertThat((String) variable(code, "consultationAnswer_CONG_AN")).contains("Đã xóa đăng ký thường trú");
    assertThat((String) variable(code, "consultationAnswer_BHXH")).contains("Đồng ý chi trợ cấp mai táng");
    assertThat(variable(code, "consultationTimedOut_CONG_AN")).isEqualTo(false);
    assertThat(variable(code, "consultationTimedOut_BHXH")).isEqualTo(false);
    assertThat(historyMessages(code))
        .anyMatch(m -> m.startsWith("CONSULTATION: Gửi lấy ý kiến liên thông: " + POLICE))
        .anyMatch(m -> m.startsWith("CONSULTATION: Gửi lấy ý kiến liên thông: " + INSURANCE))
        .anyMatch(m -> m.contains("Đã xóa đăng ký thường trú"))
        .anyMatch(m -> m.contains("Đồng ý chi trợ cấp mai táng"))
        .anyMatch(m -> m.startsWith("CONSULTATION: Tổng hợp kết quả liên thông: 2/2 cơ quan trả lời."))
        .noneMatch(m -> m.startsWith("TIMEOUT"));
    // the result combines every agency's answer, one line each
    assertThat(dossier(code).getResultSummary())
        .contains("Kết quả liên thông (2/2 cơ quan trả lời):")
        .contains("• " + POLICE + " (Xóa đăng ký thường trú của người chết): đã trả lời: " + POLICE + ": Đã xóa đăng ký thường trú.")
        .contains("• " + INSURANCE + " (Giải quyết trợ cấp mai táng): đã trả lời: " + INSURANCE + ": Đồng ý chi trợ cấp mai táng.");
  }

  @Test
  void thePoliceTimesOutWhileSocialInsuranceAnswers() {
    String code = registeredDeath();
    String insurance = (String) runtime.getVariable(processing(code).getId(), "consultationId_BHXH");
    String police = (String) runtime.getVariable(processing(code).getId(), "consultationId_CONG_AN");
    assertThat(answer(code, INSURANCE, "Đồng ý chi trợ cấp mai táng.", insurance)).isEqualTo(200);
    assertThat(waitingFor(code)).containsExactly("CONG_AN");

    passDeadlineOf(code, "CONG_AN");

    assertResultReturned(code);
    assertThat(variable(code, "consultationTimedOut_CONG_AN")).isEqualTo(true);
    assertThat((String) variable(code, "consultationAnswer_CONG_AN")).contains("Quá hạn");
    assertThat((String) variable(code, "consultationAnswer_BHXH")).contains("Đồng ý chi trợ cấp mai táng");
    assertThat(historyMessages(code))
        .anyMatch(m -> m.equals("TIMEOUT: Quá hạn lấy ý kiến liên thông: " + POLICE + " chưa trả lời."))
        .noneMatch(m -> m.startsWith("TIMEOUT") && m.contains(INSURANCE));
    assertThat(dossier(code).getResultSummary())
        .contains("Kết quả liên thông (1/2 cơ quan trả lời):")
        .contains("• " + POLICE + " (Xóa đăng ký thường trú của người chết): quá hạn, chưa trả lời")
        .contains("Đồng ý chi trợ cấp mai táng");
    // a late answer of the police is refused
    assertThat(answer(code, POLICE, "Muộn.", police)).isEqualTo(409);
  }

  @Test
  void bothAgenciesTimeOutAndTheResultIsStillReturned() {
    String code = registeredDeath();
    passDeadlineOf(code, "CONG_AN");
    assertThat(waitingFor(code)).containsExactly("BHXH");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSED);

    passDeadlineOf(code, "BHXH");

    assertResultReturned(code);
    assertThat(variable(code, "consultationTimedOut_CONG_AN")).isEqualTo(true);
    assertThat(variable(code, "consultationTimedOut_BHXH")).isEqualTo(true);
    assertThat(historyMessages(code))
        .anyMatch(m -> m.equals("TIMEOUT: Quá hạn lấy ý kiến liên thông: " + POLICE + " chưa trả lời."))
        .anyMatch(m -> m.equals("TIMEOUT: Quá hạn lấy ý kiến liên thông: " + INSURANCE + " chưa trả lời."));
    assertThat(dossier(code).getResultSummary()).contains("Kết quả liên thông (0/2 cơ quan trả lời):");
  }

  @Test
  void theLeaderReturnsToTheSpecialistThenApproves() {
    String code = submitAndReceive();
    review(code, "approve", "Đăng ký khai tử cho ông Nguyễn Văn Bình.");
    returnToSpecialist(code, "Ghi rõ ngày, nơi chết theo giấy báo tử.");

    BpmnAwareTests.assertThat(processing(code)).isWaitingAt("UserTask_ReviewDossier");
    assertThat(runtime.getVariable(processing(code).getId(), "returnReason")).isEqualTo("Ghi rõ ngày, nơi chết theo giấy báo tử.");
    assertThat(lgsp.consultationsFor(code)).isEmpty();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);

    review(code, "approve", "Đăng ký khai tử cho ông Nguyễn Văn Bình, chết ngày 28/02/2026 tại Bệnh viện đa khoa tỉnh.");
    approve(code);
    assertThat(waitingFor(code)).containsExactly("BHXH", "CONG_AN");
    assertThat(lgsp.consultationsFor(code)).hasSize(2);
    assertThat(historyMessages(code)).anyMatch(m -> m.contains("Lãnh đạo trả lại chuyên viên.") && m.contains("giấy báo tử"));

    ProcessInstance instance = processing(code);
    answer(code, POLICE, "Đã xóa đăng ký thường trú.", (String) runtime.getVariable(instance.getId(), "consultationId_CONG_AN"));
    answer(code, INSURANCE, "Đồng ý chi trợ cấp mai táng.", (String) runtime.getVariable(instance.getId(), "consultationId_BHXH"));
    assertResultReturned(code);
    assertThat(dossier(code).getResultSummary()).contains("Bệnh viện đa khoa tỉnh");
  }

  @Test
  void aRefusalIsSignedAndReturnedWithoutAskingTheOtherAgencies() {
    String code = submitAndReceive();
    review(code, "refuse", "Giấy báo tử không hợp lệ.");
    approve(code);

    assertThat(processingHistory(code).getEndActivityId()).isEqualTo("EndEvent_Processed");
    assertThat(lgsp.consultationsFor(code)).isEmpty();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processingHistory(code).getId())
        .activityId("Gateway_Consult").count()).isZero();
    Dossier done = dossier(code);
    assertThat(done.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(done.getResultType()).isEqualTo(Dossier.ResultType.REFUSED);
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType)
        .contains(SlipType.REFUSAL).doesNotContain(SlipType.RESULT);
  }

  @Test
  void theLeaderWhoReviewedCannotApprove() {
    String code = submitAndReceive();
    flow.complete(code, "UserTask_ReviewDossier", "sathay.leader", "specialist", "sa-thay",
        Map.of("reviewDecision", "approve", "reviewNote", "Đăng ký khai tử."));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> approve(code)).hasMessageContaining("bốn mắt");
    BpmnAwareTests.assertThat(processing(code)).isWaitingAt("UserTask_ApproveDossier");
  }

  @Test
  void theReviewOffersOnlyRegistrationOrRefusalAndTheModelRefusesAnyOtherDecision() throws Exception {
    // the form: no free choice of agency, only the two decisions this model continues with
    com.fasterxml.jackson.databind.JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(java.nio.file.Path.of("forms/dossier-review-khai-tu.form").toFile());
    assertThat(form.path("id").asText()).isEqualTo("form-dossier-review-khai-tu");
    List<String> keys = new java.util.ArrayList<>();
    List<String> decisions = new java.util.ArrayList<>();
    form.path("components").forEach(c -> {
      keys.add(c.path("key").asText());
      if ("reviewDecision".equals(c.path("key").asText())) {
        c.path("values").forEach(v -> decisions.add(v.path("value").asText()));
      }
    });
    assertThat(keys).contains("reviewDecision", "reviewNote").doesNotContain("consultationAgency", "consultationQuestion");
    assertThat(decisions).containsExactlyInAnyOrder("approve", "refuse");

    // a decision sent around the form (e.g. through the engine's REST) does not complete the review
    String code = submitAndReceive();
    Map<String, Object> consult = Map.of("reviewDecision", "consult", "consultationAgency", "CONG_AN",
        "consultationQuestion", "Cho ý kiến.");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", "specialist", "sa-thay", consult))
        .hasMessageContaining("Gateway_ReviewDecision");
    BpmnAwareTests.assertThat(processing(code)).isWaitingAt("UserTask_ReviewDossier");
    assertThat(lgsp.consultationsFor(code)).isEmpty();
    assertThat(historyMessages(code)).noneMatch(m -> m.contains("Thẩm định: lấy ý kiến liên thông"));
  }
}
