package vn.gov.commune.dossier;

import vn.gov.commune.dossier.steps.HandOverForProcessing;
import vn.gov.commune.documents.SlipType;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.vars;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.StatusSync;
import vn.gov.commune.simulator.DataStoreSimulator;
import vn.gov.commune.simulator.DvcqgSimulator;
import vn.gov.commune.simulator.LgspSimulator;
import vn.gov.commune.simulator.SimulatorFaults;
import vn.gov.commune.support.IntegrationTest;

/**
 * Every path of processes/dossier.bpmn, dossier-processing.bpmn, dossier-supplement.bpmn and
 * dossier-status-sync.bpmn, driven through the REST API, Tasklist-like task completion, the job
 * executor's jobs and the simulated national services, on the database of the run.
 */
@IntegrationTest
class DossierProcessTest {

  static final String BIRTH = "1.001193"; // same day, free, fully online
  static final String MARITAL = "1.004873"; // 3 working days, fee through the payment platform
  static final String BIRTH_BUNDLE = "LT-KS-TT-BHYT"; // 3 working days, liên thông

  @Autowired vn.gov.commune.digitisation.DigitisationService digitisationRecords;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired DocumentRepository documents;
  @Autowired NotificationRepository notifications;
  @Autowired HistoryRepository historyEntries;
  @Autowired DvcqgSimulator dvcqg;
  @Autowired DataStoreSimulator dataStore;
  @Autowired ComponentRepository components;
  @Autowired LgspSimulator lgsp;
  @Autowired SimulatorFaults faults;
  @Autowired vn.gov.commune.integration.SigningClient signingClient;
  @Autowired vn.gov.commune.organisation.StaffDirectory staff;

  DossierTestSupport flow;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    flow = new DossierTestSupport(rest, management, taskService, identity);
    at("2026-03-02T09:00:00+07:00"); // Monday morning
  }

  @AfterEach
  void tearDown() {
    faults.reset();
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  private static Map<String, byte[]> birthFiles() {
    return Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF);
  }

  private Dossier dossier(String code) {
    return dossiers.findByCode(code).orElseThrow();
  }

  private ProcessInstance instance(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier").singleResult();
  }

  private boolean ended(String code) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier").finished().count() == 1;
  }

  private List<Integer> syncedStatuses(String code) {
    return dvcqg.statusSyncs(code).stream().map(StatusSync::statusCode).toList();
  }

  private void receive(String code, String decision, Object... more) {
    Map<String, Object> variables = vars(more);
    variables.put("receiptDecision", decision);
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", variables);
  }

  private void review(String code, String decision, Object... more) {
    Map<String, Object> variables = vars(more);
    variables.put("reviewDecision", decision);
    flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", "specialist", "sa-thay", variables);
  }

  private void approve(String code, String decision, Object... more) {
    Map<String, Object> variables = vars(more);
    variables.put("approvalDecision", decision);
    flow.complete(code, "UserTask_ApproveDossier", "sathay.leader", "leader", "sa-thay", variables);
  }

  @Test
  void onlineDossierIsReceivedProcessedSignedReturnedElectronicallyAndRated() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    assertThat(code).matches("000\\.00\\.31\\.H62-260302-\\d{4}");
    ProcessInstance instance = instance(code);
    assertThat(instance.getTenantId()).isEqualTo("sa-thay");
    BpmnAwareTests.assertThat(instance).hasPassed("ServiceTask_LookUpPopulation", "BusinessRuleTask_RouteDossier").isWaitingAt("UserTask_ReceiveDossier");
    BpmnAwareTests.assertThat(instance).variables()
        .containsEntry("citizenFullName", "Nguyễn Văn An")
        .containsEntry("populationMismatch", false)
        .containsEntry("verificationRequired", false);
    Task receipt = flow.task(code, "UserTask_ReceiveDossier");
    BpmnAwareTests.assertThat(receipt).hasCandidateGroup("clerk");
    assertThat(receipt.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-03-02T17:00:00+07:00").toInstant());

    receive(code, "accept");
    Dossier received = dossier(code);
    assertThat(received.getStatus()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(received.getAppointmentAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T17:00:00+07:00").toInstant());
    assertThat(received.getFee()).isZero();
    Task reviewTask = flow.task(code, "UserTask_ReviewDossier");
    assertThat(reviewTask.getTenantId()).isEqualTo("sa-thay");
    BpmnAwareTests.assertThat(reviewTask).hasCandidateGroup("specialist");
    // the processing instance gets what its forms and cards show, not the population data, fees or routing
    Map<String, Object> handedOver = runtime.getVariables(reviewTask.getProcessInstanceId());
    assertThat(handedOver)
        .containsEntry("applicantName", "Nguyễn Văn An")
        .containsEntry("procedureName", dossier(code).getProcedureName())
        .containsKeys("appointmentText", "componentsSummary", "dossierCode", "communeId")
        .doesNotContainKeys("citizenFullName", "citizenDateOfBirth", "nationalDataSummary", "routing", "feeText", "receiptDecision");
    Map<String, Object> receiving = runtime.getVariables(instance.getId());
    assertThat(receiving).containsKeys("citizenFullName", "nationalDataSummary", "receiptDecision");
    assertThat(handedOver.keySet()).as("of the receiving instance's variables only the handed-over ones")
        .allMatch(name -> HandOverForProcessing.HANDED_OVER.contains(name) || name.equals("communeId") || !receiving.containsKey(name));

    // a form that sends its own reviewer is not believed: the approval form names the logged-in reviewer
    review(code, "approve", "reviewNote", "Đăng ký khai sinh cho cháu Nguyễn Minh Khôi.", "reviewedByName", "Lê Quang Vinh — Lãnh đạo");
    BpmnAwareTests.assertThat(flow.task(code, "UserTask_ApproveDossier")).hasCandidateGroup("leader");
    Map<String, Object> processing = runtime.getVariables(flow.task(code, "UserTask_ApproveDossier").getExecutionId());
    assertThat(processing)
        .containsEntry("reviewedBy", "sathay.specialist")
        .containsEntry("reviewedByName", "Trần Văn Minh — Chuyên viên, Phòng Văn hóa - Xã hội");
    approve(code, "approve");

    Dossier done = dossier(code);
    assertThat(done.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(done.getResultType()).isEqualTo(Dossier.ResultType.APPROVED);
    assertThat(done.getResultSignatureId()).isNotBlank();
    BpmnAwareTests.assertThat(instance).isWaitingAt("ReceiveTask_AwaitRating");
    assertThat(dataStore.documentsOf(DossierTestSupport.CITIZEN)).anyMatch(d -> d.document().dossierCode().equals(code));
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType)
        .containsExactly(vn.gov.commune.documents.SlipType.RECEIPT, vn.gov.commune.documents.SlipType.RESULT,
            vn.gov.commune.documents.SlipType.PROCESS_CONTROL);
    assertThat(syncedStatuses(code)).containsExactly(1, 2, 4, 9, 10);
    theResultIsASignedPdfInTheCitizensStore(code);

    assertThat(flow.post("portal", "/api/dossiers/" + code + "/rating", Map.of("level", 3, "comment", "Nhanh"), Map.class).getStatusCode().value()).isEqualTo(200);
    assertThat(ended(code)).isTrue();
    assertThat(dossier(code).getRating()).isEqualTo(3);
    assertThat(flow.post("portal", "/api/dossiers/" + code + "/rating", Map.of("level", 2), Map.class).getStatusCode().value()).isEqualTo(409);
  }

  /**
   * The result is the procedure's paper as a PDF signed by the leader (PAdES), listed with its
   * signature, delivered whole to the citizen's data store, accepted by pdfsig with the demo root
   * trusted; a tampered copy is refused by the verification endpoint.
   */
  @SuppressWarnings("unchecked")
  private void theResultIsASignedPdfInTheCitizensStore(String code) {
    List<Map<String, Object>> listed = flow.get("sathay.clerk", "/api/dossiers/" + code + "/documents", List.class).getBody();
    Map<String, Object> result = listed.stream().filter(d -> "RESULT".equals(d.get("type"))).findFirst().orElseThrow();
    assertThat(result).containsEntry("mediaType", "application/pdf");
    assertThat((String) result.get("fileName")).endsWith(".pdf");
    Map<String, Object> summary = (Map<String, Object>) result.get("signature");
    assertThat(summary).containsEntry("valid", true).containsEntry("signer", leaderName());
    assertThat(listed.stream().filter(d -> "RECEIPT".equals(d.get("type"))).findFirst().orElseThrow())
        .containsEntry("mediaType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .containsEntry("signature", null);

    Number id = (Number) result.get("id");
    byte[] pdf = flow.get("sathay.clerk", "/api/dossiers/" + code + "/documents/" + id + "/file", byte[].class).getBody();
    assertThat(vn.gov.commune.shared.Hashes.sha256Hex(pdf)).isEqualTo(result.get("sha256"));
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(text).contains("TRÍCH LỤC KHAI SINH", "Số: " + code + "/KQ", leaderName(), "Lãnh đạo Ủy ban nhân dân",
        "Đăng ký khai sinh cho cháu Nguyễn Minh Khôi.");
    assertThat(text).doesNotContain("sathay.leader");
    // kept for reuse with the text the renderer printed: the same words a parser reads from the PDF, one page, no OCR
    assertThat(digitisationRecords.records(code)).filteredOn(r -> r.getComponentCode().equals("KET_QUA")).singleElement()
        .satisfies(r -> {
          assertThat(r.getSha256()).isEqualTo(result.get("sha256"));
          assertThat(r.getPageCount()).isEqualTo(1);
          assertThat(r.isOcrDone()).isFalse();
          assertThat(r.getOcrNote()).isEqualTo("Tệp PDF có sẵn lớp văn bản, không cần nhận dạng chữ (OCR).");
          assertThat(words(r.getText())).isEqualTo(words(text));
        });
    assertThat(dataStore.documentsOf(DossierTestSupport.CITIZEN)).filteredOn(d -> d.document().dossierCode().equals(code))
        .singleElement().satisfies(d -> {
          assertThat(d.document().mediaType()).isEqualTo("application/pdf");
          assertThat(DataStoreSimulator.content(d.document())).isEqualTo(pdf);
        });

    Map<String, Object> verdict = flow.get("sathay.clerk", "/api/dossiers/" + code + "/documents/" + id + "/verification", Map.class).getBody();
    assertThat(verdict).containsEntry("valid", true);
    assertThat((String) verdict.get("conclusion")).startsWith("Chữ ký số hợp lệ").contains(leaderName());
    Map<String, Object> signature = ((List<Map<String, Object>>) verdict.get("signatures")).get(0);
    assertThat(signature).containsEntry("chainedToTrustedRoot", true).containsEntry("unchanged", true).containsEntry("timeStamped", true);
    assertThat((String) signature.get("signerSubject")).contains("Sa Thầy");
    assertThat(flow.get("kontum.clerk", "/api/dossiers/" + code + "/documents/" + id + "/verification", Map.class).getStatusCode().value()).isEqualTo(404);

    byte[] tampered = pdf.clone();
    tampered[tampered.length / 8] ^= 0x01;
    ResponseEntity<Map> refused = verifyUpload("sathay.clerk", tampered);
    assertThat(refused.getStatusCode().value()).isEqualTo(200);
    assertThat(refused.getBody()).containsEntry("valid", false);
    assertThat((String) refused.getBody().get("conclusion")).contains("KHÔNG hợp lệ").contains("đã bị thay đổi sau khi ký");
    assertThat(verifyUpload("sathay.clerk", pdf).getBody()).containsEntry("valid", true);
    ResponseEntity<Map> notPdf = verifyUpload("sathay.clerk", "xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(notPdf.getStatusCode().value()).isEqualTo(415);
    assertThat((String) notPdf.getBody().get("detail")).contains("mang tên hoặc khai báo là PDF nhưng nội dung thực là");
    assertThat(verifyUpload(null, pdf).getStatusCode().value()).isEqualTo(401);

    try {
      var pdfsig = new vn.gov.commune.support.Pdfsig(
          java.nio.file.Files.createTempDirectory("pdfsig"), signingClient.rootCertificate());
      assertThat(pdfsig.check(pdf, "ket-qua.pdf")).contains("Signature Validation: Signature is Valid.")
          .contains("Certificate Validation: Certificate is Trusted.");
      assertThat(pdfsig.check(tampered, "tampered.pdf")).doesNotContain("Signature is Valid.");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private String leaderName() {
    return staff.find("sathay.leader").orElseThrow().fullName();
  }

  private ResponseEntity<Map> verifyUpload(String user, byte[] file) {
    var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    body.add("file", new org.springframework.core.io.ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return "ket-qua.pdf";
      }
    });
    var headers = user == null ? new org.springframework.http.HttpHeaders() : DossierTestSupport.basic(user);
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/api/signatures/verify", org.springframework.http.HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(body, headers), Map.class);
  }

  @Test
  void counterDossierIsDigitisedAndReturnedAtTheCounter() {
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceByKey("dossier", vars(
          "procedureCode", BIRTH, "applicantPersonalId", DossierTestSupport.CITIZEN, "applicantName", "Nguyễn Văn An",
          "applicantPhone", "0905123456", "applicantAddress", "Thôn 1", "copies", 1L, "pages", 1L));
    } finally {
      identity.clearAuthentication();
    }
    String code = instance.getBusinessKey();
    assertThat(code).startsWith("000.00.31.H62-260302-");
    flow.runJobs();
    receive(code, "accept");
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_DigitiseComponents");
    String paper = (String) runtime.getVariable(instance.getId(), "paperComponents");
    assertThat(paper).contains("TO_KHAI").contains("GIAY_CHUNG_SINH").doesNotContain("GIAY_TO_TUY_THAN");

    // a missing scan and a file that is not a PDF or image are refused, the task stays open
    Task digitise = flow.task(code, "UserTask_DigitiseComponents");
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(digitise.getId(), vars(
              "scan_TO_KHAI", org.camunda.bpm.engine.variable.Variables.fileValue("to-khai.pdf").file("<html>not a scan</html>".getBytes()).create())))
          .hasMessageContaining("nội dung thực là");
      // two refused scans are named in one message, and neither is kept
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(digitise.getId(), vars(
              "scan_TO_KHAI", org.camunda.bpm.engine.variable.Variables.fileValue("to-khai.pdf").file("<html>not a scan</html>".getBytes()).create(),
              "scan_GIAY_CHUNG_SINH", org.camunda.bpm.engine.variable.Variables.fileValue("giay-chung-sinh.png").file("MZ\0\0not an image".getBytes()).create())))
          .hasMessageContaining("2 tệp bị từ chối").hasMessageContaining("to-khai.pdf").hasMessageContaining("giay-chung-sinh.png")
          .hasMessageContaining("Không có gì được lưu");
      assertThat(components.findByDossierCodeOrderById(code))
          .filteredOn(c -> List.of("TO_KHAI", "GIAY_CHUNG_SINH").contains(c.getComponentCode()))
          .hasSize(2).noneMatch(DossierComponent::hasFile);
      // a document stamped TỐI MẬT is never digitised (state secrets)
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(digitise.getId(), vars(
              "scan_TO_KHAI", org.camunda.bpm.engine.variable.Variables.fileValue("to-khai.pdf")
                  .file(vn.gov.commune.digitisation.TestFiles.pdf("ỦY BAN NHÂN DÂN XÃ SA THẦY\nTỐI MẬT\nBáo cáo an ninh")).create())))
          .hasMessageContaining("TỐI MẬT").hasMessageContaining("bí mật nhà nước");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(digitise.getId(), vars(
              "scan_TO_KHAI", org.camunda.bpm.engine.variable.Variables.fileValue("to-khai.pdf").file(PDF).create())))
          .hasMessageContaining("Chưa số hóa");
    } finally {
      identity.clearAuthentication();
    }
    flow.complete(code, "UserTask_DigitiseComponents", "sathay.clerk", "clerk", "sa-thay", vars(
        "scan_TO_KHAI", org.camunda.bpm.engine.variable.Variables.fileValue("to-khai.pdf").file(PDF).create(),
        "scan_GIAY_CHUNG_SINH", org.camunda.bpm.engine.variable.Variables.fileValue("chung\u202Esinh\u200B.pdf").file(PDF).create()));
    assertThat(runtime.getVariable(instance.getId(), "scan_TO_KHAI")).isNull();
    // a scan's name is stored cleaned of bidi and zero-width characters, as an uploaded file's is
    assertThat(components.findByDossierCodeOrderById(code)).extracting(DossierComponent::getFileName).contains("to-khai.pdf", "chungsinh.pdf");
    // each scan has its digitisation record (pages, images, who), and its words find the dossier, with or without diacritics
    assertThat(digitisationRecords.records(code)).hasSize(2).allSatisfy(r -> {
      assertThat(r.getPageCount()).isEqualTo(1);
      assertThat(r.getDigitisedBy()).isEqualTo("sathay.clerk");
    });
    assertThat(flow.get("sathay.supervisor", "/api/search/dossiers?q=nguyen+minh+khoi", List.class).getBody())
        .anySatisfy(hit -> assertThat(((Map<?, ?>) hit).get("code")).isEqualTo(code));
    assertThat(flow.get("sathay.clerk", "/api/search/dossiers?q=Nguyễn+Minh+Khôi", List.class).getBody())
        .anySatisfy(hit -> assertThat(((Map<?, ?>) hit).get("code")).isEqualTo(code));
    assertThat(flow.get("kontum.clerk", "/api/search/dossiers?q=nguyen+minh+khoi", List.class).getBody())
        .noneSatisfy(hit -> assertThat(((Map<?, ?>) hit).get("code")).isEqualTo(code));

    review(code, "approve", "reviewNote", "Đủ điều kiện.");
    approve(code, "approve");
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_ReturnAtCounter");
    BpmnAwareTests.assertThat(instance).variables()
        .as("the return form shows the outcome and the specialist's note")
        .containsEntry("processingOutcome", "APPROVED")
        .containsEntry("reviewNote", "Đủ điều kiện.");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSED);
    flow.complete(code, "UserTask_ReturnAtCounter", "sathay.clerk", "clerk", "sa-thay", vars("returnedConfirmed", true));
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(syncedStatuses(code)).containsExactly(1, 2, 4, 9, 10);
  }

  @Test
  void aPaperComponentTheCitizensDataStoreHoldsIsLinkedNotScannedAgain() {
    // an earlier dossier's signed result went to the citizen's data store
    String earlier = flow.submitOnline(BIRTH, birthFiles());
    receive(earlier, "accept");
    review(earlier, "approve", "reviewNote", "Đăng ký khai sinh cho cháu Nguyễn Minh Khôi.");
    approve(earlier, "approve");
    String storedId = dataStore.documentsOf(DossierTestSupport.CITIZEN).stream()
        .filter(d -> d.document().dossierCode().equals(earlier)).findFirst().orElseThrow().storedId();
    long reusedBefore = digitisationRecords.stats(new vn.gov.commune.security.CurrentUser("demo", List.of("camunda-admin"), List.of())).reused();

    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceByKey("dossier", vars(
          "procedureCode", BIRTH, "applicantPersonalId", DossierTestSupport.CITIZEN, "applicantName", "Nguyễn Văn An",
          "copies", 1L, "pages", 1L));
    } finally {
      identity.clearAuthentication();
    }
    String code = instance.getBusinessKey();
    byte[] newForm = vn.gov.commune.digitisation.TestFiles.pdf("Tờ khai đăng ký khai sinh, hồ sơ " + code);
    flow.runJobs();
    receive(code, "accept");
    Task digitise = flow.task(code, "UserTask_DigitiseComponents");
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(digitise.getId(), vars(
              "scan_TO_KHAI", org.camunda.bpm.engine.variable.Variables.fileValue("to-khai.pdf").file(newForm).create(),
              "store_GIAY_CHUNG_SINH", "KQ-KHONG-CO")))
          .hasMessageContaining("Không có giấy tờ mã \"KQ-KHONG-CO\" trong Kho dữ liệu");
    } finally {
      identity.clearAuthentication();
    }
    flow.complete(code, "UserTask_DigitiseComponents", "sathay.clerk", "clerk", "sa-thay", vars(
        "scan_TO_KHAI", org.camunda.bpm.engine.variable.Variables.fileValue("to-khai.pdf").file(newForm).create(),
        "store_GIAY_CHUNG_SINH", storedId));

    DossierComponent linked = components.findByDossierCodeOrderById(code).stream()
        .filter(c -> c.getComponentCode().equals("GIAY_CHUNG_SINH")).findFirst().orElseThrow();
    assertThat(linked.getSource()).isEqualTo(DossierComponent.Source.DATA_STORE);
    assertThat(linked.hasFile()).as("the linked document can be downloaded like a scan").isTrue();
    assertThat(digitisationRecords.records(code)).filteredOn(r -> r.getComponentCode().equals("GIAY_CHUNG_SINH"))
        .singleElement().satisfies(r -> assertThat(r.isReused()).isTrue());
    assertThat(digitisationRecords.stats(new vn.gov.commune.security.CurrentUser("demo", List.of("camunda-admin"), List.of())).reused())
        .isEqualTo(reusedBefore + 1);
    assertThat(flow.get("sathay.clerk", "/api/dossiers/" + code + "/history", List.class).getBody().toString())
        .contains("Dùng lại giấy tờ trong Kho dữ liệu của công dân");
    assertThat(flow.task(code, "UserTask_ReviewDossier")).as("the dossier goes on to review").isNotNull();
  }

  @Test
  void supplementAtReceiptThenComplete() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    receive(code, "supplement", "missingComponents", "Giấy chứng sinh bản rõ nét.");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType)
        .contains(vn.gov.commune.documents.SlipType.SUPPLEMENT_REQUEST);

    var supplemented = flow.supplement(code, Map.of("GIAY_CHUNG_SINH", PDF), "Đã gửi bản rõ nét");
    assertThat(supplemented.getStatusCode().value()).as(String.valueOf(supplemented.getBody())).isEqualTo(200);
    flow.runJobs();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.REGISTERED);
    // only once: the second request for supplementation is refused
    Task again = flow.task(code, "UserTask_ReceiveDossier");
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(again.getId(), vars("receiptDecision", "supplement", "missingComponents", "Thêm nữa")))
          .hasMessageContaining("một lần");
    } finally {
      identity.clearAuthentication();
    }
    receive(code, "accept");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(syncedStatuses(code)).containsExactly(1, 5, 1, 2, 4);
  }

  @Test
  void noSupplementWithinTheLimitEndsTheDossier() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    receive(code, "supplement", "missingComponents", "Giấy chứng sinh.");
    at("2026-03-09T17:01:00+07:00"); // after 5 working days
    flow.runJobs();
    assertThat(ended(code)).isTrue();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.NOT_RECEIVED);
    assertThat(flow.supplement(code, Map.of("GIAY_CHUNG_SINH", PDF), "muộn").getStatusCode().value()).isEqualTo(409);
    // the reason is the stop step's template input, not a variable a listener set
    assertThat(historyEntries.findByDossierCodeOrderById(code)).anyMatch(h -> h.getToStatus() == DossierStatus.NOT_RECEIVED
        && "ServiceTask_StopUnsupplemented".equals(h.getStep())
        && "Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung.".equals(h.getReason()));
  }

  @Test
  void supplementDuringReviewRestartsTheClockAndTimeoutStopsTheDossier() {
    String code = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    receive(code, "accept");
    flow.post("portal", "/api/dossiers/" + code + "/payment", Map.of("paymentId", dossier(code).getPaymentId(), "amount", 5000), Map.class);
    flow.runJobs();
    review(code, "supplement", "missingComponents", "Giấy tờ chứng minh việc ly hôn.");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    at("2026-03-09T17:01:00+07:00");
    flow.runJobs();
    assertThat(ended(code)).isTrue();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.STOPPED);
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType)
        .contains(vn.gov.commune.documents.SlipType.STOP_NOTICE);
    assertThat(historyEntries.findByDossierCodeOrderById(code)).anyMatch(h -> h.getToStatus() == DossierStatus.STOPPED
        && "ServiceTask_StopNotSupplementedInReview".equals(h.getStep())
        && "Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung.".equals(h.getReason()));
  }

  @Test
  void supplementDuringReviewMovesTheAppointment() {
    String code = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    receive(code, "accept");
    Instant first = dossier(code).getAppointmentAt();
    assertThat(first).isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    flow.post("portal", "/api/dossiers/" + code + "/payment", Map.of("paymentId", dossier(code).getPaymentId(), "amount", 5000), Map.class);
    flow.runJobs();
    review(code, "supplement", "missingComponents", "Giấy tờ chứng minh việc ly hôn.");
    at("2026-03-04T10:00:00+07:00");
    assertThat(flow.supplement(code, Map.of("GIAY_TO_HON_NHAN_TRUOC", PDF), "Bổ sung").getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    // RESTART: 3 working days again from Wednesday 4/3 → Monday 9/3
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());
    Job overdue = management.createJobQuery().processInstanceId(instance(code).getId()).activityId("BoundaryEvent_Overdue").singleResult();
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());
    assertThat(flow.task(code, "UserTask_ReviewDossier")).isNotNull();
  }

  @Test
  void refusalAtReceipt() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    receive(code, "refuse", "refusalReason", "Không thuộc thẩm quyền.");
    assertThat(ended(code)).isTrue();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.NOT_RECEIVED);
    assertThat(syncedStatuses(code)).containsExactly(1, 3);
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType)
        .containsExactly(vn.gov.commune.documents.SlipType.REFUSAL);
  }

  @Test
  void refusalAfterReviewIsSignedAndNotified() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    receive(code, "accept");
    review(code, "refuse", "reviewNote", "Giấy chứng sinh không hợp lệ.");
    BpmnAwareTests.assertThat(flow.task(code, "UserTask_ApproveDossier")).isNotNull();
    approve(code, "approve");
    Dossier done = dossier(code);
    assertThat(done.getResultType()).isEqualTo(Dossier.ResultType.REFUSED);
    assertThat(done.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(dataStore.documentsOf(DossierTestSupport.CITIZEN)).noneMatch(d -> d.document().dossierCode().equals(code));
  }

  @Test
  void leaderReturnsToTheSpecialistWithAReason() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    receive(code, "accept");
    review(code, "approve", "reviewNote", "Dự thảo 1");
    Task approval = flow.task(code, "UserTask_ApproveDossier");
    identity.setAuthentication("sathay.leader", List.of("leader"), List.of("sa-thay"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(), vars("approvalDecision", "return")))
          .hasMessageContaining("lý do");
    } finally {
      identity.clearAuthentication();
    }
    approve(code, "return", "returnReason", "Sai tên cha.");
    Task again = flow.task(code, "UserTask_ReviewDossier");
    assertThat(again).isNotNull();
    assertThat(taskService.getVariable(again.getId(), "returnReason")).isEqualTo("Sai tên cha.");
    assertThat(taskService.getVariable(again.getId(), "reviewDecision")).as("the form starts with no decision").isNull();
    assertThat(taskService.getVariable(again.getId(), "reviewNote")).as("the draft stays for editing").isEqualTo("Dự thảo 1");
    review(code, "approve", "reviewNote", "Dự thảo 2");
    Task secondApproval = flow.task(code, "UserTask_ApproveDossier");
    assertThat(taskService.getVariable(secondApproval.getId(), "approvalDecision")).isNull();
    assertThat(taskService.getVariable(secondApproval.getId(), "returnReason")).isNull();
    approve(code, "approve");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
  }

  @Test
  void consultationIsAnsweredOrTimesOut() {
    String code = flow.submitOnline(BIRTH_BUNDLE, Map.of("TO_KHAI_LIEN_THONG", PDF, "GIAY_CHUNG_SINH", PDF));
    receive(code, "accept");
    // the agency comes from the catalogue: a typed name, or an agency the bundle does not list, is refused
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> review(code, "consult", "consultationAgency", "Công an xã Sa Thầy", "consultationQuestion", "Xác nhận?"))
        .hasMessageContaining("không nhập tên");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> review(code, "consult", "consultationAgency", "THUE", "consultationQuestion", "Xác nhận?"))
        .hasMessageContaining("không liên thông với Cơ quan thuế theo danh mục thủ tục");
    assertThat(lgsp.consultationsFor(code)).isEmpty();
    review(code, "consult", "consultationAgency", "CONG_AN", "consultationQuestion", "Xác nhận nơi thường trú của mẹ.");
    assertThat(lgsp.consultationsFor(code)).hasSize(1);
    assertThat(flow.post("portal", "/api/dossiers/" + code + "/consultation-answer", Map.of("agency", "Công an xã Sa Thầy", "answer", "Đúng nơi thường trú."), Map.class)
        .getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    Task back = flow.task(code, "UserTask_ReviewDossier");
    assertThat((String) taskService.getVariable(back.getId(), "consultationAnswer")).contains("Đúng nơi thường trú");

    review(code, "consult", "consultationAgency", "BHXH", "consultationQuestion", "Cấp thẻ BHYT?");
    assertThat(lgsp.consultationsFor(code)).hasSize(2);
    at("2026-03-09T17:01:00+07:00"); // 5 working days later
    flow.runJobs();
    Task afterTimeout = flow.task(code, "UserTask_ReviewDossier");
    assertThat(taskService.getVariable(afterTimeout.getId(), "consultationTimedOut")).isEqualTo(true);
    assertThat(historyEntries.findByDossierCodeOrderById(code)).anyMatch(h -> "TIMEOUT".equals(h.getAction()));
  }

  @Test
  void overdueDossierWarnsEscalatesAndApologisesOnce() {
    String code = flow.submitOnline(BIRTH_BUNDLE, Map.of("TO_KHAI_LIEN_THONG", PDF, "GIAY_CHUNG_SINH", PDF));
    receive(code, "accept");
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    at("2026-03-04T17:00:01+07:00"); // one working day before
    flow.runJobs();
    assertThat(notifications.findByDossierCodeOrderById(code)).extracting(DossierNotification::getType)
        .containsExactly(DossierNotification.DEADLINE_WARNING, DossierNotification.DEADLINE_WARNING);
    at("2026-03-05T17:00:01+07:00");
    flow.runJobs();
    assertThat(notifications.findByDossierCodeOrderById(code)).extracting(DossierNotification::getType).contains(DossierNotification.OVERDUE_ESCALATION);
    assertThat(notifications.findByDossierCodeOrderById(code)).filteredOn(n -> n.getType().equals(DossierNotification.OVERDUE_ESCALATION))
        .extracting(DossierNotification::getGroupId).containsExactly("leader");
    // the work goes on
    assertThat(flow.task(code, "UserTask_ReviewDossier")).isNotNull();
    Task apology = flow.task(code, "UserTask_PrepareApology");
    BpmnAwareTests.assertThat(apology).hasCandidateGroup("clerk");
    flow.complete(code, "UserTask_PrepareApology", "sathay.clerk", "clerk", "sa-thay", vars(
        "apologyReason", "Chờ ý kiến cơ quan bảo hiểm xã hội.", "newAppointmentDate", "2026-03-10"));
    Dossier late = dossier(code);
    assertThat(late.getAppointmentAt()).isEqualTo(OffsetDateTime.parse("2026-03-10T17:00:00+07:00").toInstant());
    assertThat(late.getOriginalAppointmentAt()).isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType)
        .contains(vn.gov.commune.documents.SlipType.APOLOGY);
    assertThat(management.createJobQuery().processInstanceId(instance(code).getId()).timers().activityId("BoundaryEvent_Overdue").count()).isZero();
    review(code, "approve", "reviewNote", "Đủ điều kiện.");
    approve(code, "approve");
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
  }

  @Test
  void unpaidFeeStopsTheDossierAndPaidFeeContinues() {
    String unpaid = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    receive(unpaid, "accept");
    assertThat(dossier(unpaid).getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
    assertThat(dossier(unpaid).getFee()).isEqualTo(5000);
    at("2026-03-09T17:01:00+07:00"); // 5 working days
    flow.runJobs();
    assertThat(ended(unpaid)).isTrue();
    assertThat(dossier(unpaid).getStatus()).isEqualTo(DossierStatus.STOPPED);
    assertThat(syncedStatuses(unpaid)).containsExactly(1, 2, 6, 8);
    assertThat(historyEntries.findByDossierCodeOrderById(unpaid)).anyMatch(h -> h.getToStatus() == DossierStatus.STOPPED
        && "ServiceTask_StopUnpaid".equals(h.getStep())
        && "Quá thời hạn nộp phí, lệ phí mà công dân chưa nộp.".equals(h.getReason()));

    at("2026-03-10T09:00:00+07:00");
    String paid = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    receive(paid, "accept");
    assertThat(flow.post("portal", "/api/dossiers/" + paid + "/payment", Map.of("paymentId", "khac", "amount", 5000), Map.class).getStatusCode().value()).isEqualTo(400);
    assertThat(flow.post("portal", "/api/dossiers/" + paid + "/payment", Map.of("paymentId", dossier(paid).getPaymentId(), "amount", 4000), Map.class).getStatusCode().value()).isEqualTo(400);
    assertThat(flow.post("portal", "/api/dossiers/" + paid + "/payment", Map.of("paymentId", dossier(paid).getPaymentId(), "amount", 5000), Map.class).getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    assertThat(dossier(paid).getPaidAt()).isNotNull();
    assertThat(flow.task(paid, "UserTask_ReviewDossier")).isNotNull();
  }

  @Test
  void dvcqgOutageBecomesAnIncidentAndRecoversWithExactlyOneSyncPerMilestone() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    faults.set(NationalService.DVCQG, 0L, true);
    receive(code, "accept"); // statuses 2 and 4 cannot reach DVCQG
    // received and handed over for processing in one transaction: both changes travel in one job, in order;
    // tried once; retried after 1, 5 and 15 minutes (failed-job-retry-time-cycle), not at once
    assertThat(flow.statusSyncJobs(code)).singleElement().satisfies(job -> {
      assertThat(job.getRetries()).isEqualTo(3);
      assertThat(job.getDuedate()).isEqualTo(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 60_000));
      assertThat(job.getExceptionMessage()).contains("Cổng Dịch vụ công quốc gia");
    });
    for (int attempt = 0; attempt < 3; attempt++) {
      for (Job job : flow.statusSyncJobs(code)) {
        if (job.getRetries() > 0) {
          try {
            management.executeJob(job.getId());
          } catch (RuntimeException expected) {
            // DVCQG answers 503
          }
        }
      }
    }
    List<String> failedJobs = flow.statusSyncJobs(code).stream().map(Job::getId).toList();
    assertThat(failedJobs).hasSize(1);
    List<Incident> incidents = runtime.createIncidentQuery().list().stream().filter(i -> failedJobs.contains(i.getConfiguration())).toList();
    assertThat(incidents).hasSize(1).allMatch(i -> "failedJob".equals(i.getIncidentType()) && "sa-thay".equals(i.getTenantId()));
    assertThat(syncedStatuses(code)).containsExactly(1);
    // no process instance per status: the dossier's business key has its own process only
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DossierService.STATUS_SYNC_PROCESS).count()).isZero();

    // the supervisor reads them on the page "Giám sát" (Cockpit's process views do not list a job without a process)
    Map<String, Object> page = flow.get("sathay.supervisor", "/api/reports/failed-jobs", Map.class).getBody();
    List<Map<String, Object>> communes = (List<Map<String, Object>>) page.get("communes");
    assertThat(communes).singleElement().satisfies(c -> assertThat(c.get("communeId")).isEqualTo("sa-thay"));
    List<Map<String, Object>> listed = ((List<Map<String, Object>>) communes.get(0).get("jobs")).stream()
        .filter(j -> code.equals(j.get("dossierCode"))).toList();
    assertThat(listed).extracting(j -> j.get("jobId")).containsExactlyInAnyOrderElementsOf(failedJobs);
    assertThat(listed).allSatisfy(j -> {
      assertThat(j.get("title")).isEqualTo("Đồng bộ trạng thái lên Cổng DVCQG");
      assertThat((String) j.get("error")).isEqualTo("Cổng Dịch vụ công quốc gia đang gặp sự cố (HTTP 503)."); // no "will retry" once spent
      assertThat(j.get("failedAt")).isNotNull();
    });
    assertThat(listed).extracting(j -> (String) j.get("detail")).containsExactly(
        "Các trạng thái \"" + DossierStatus.RECEIVED.label() + "\", \"" + DossierStatus.PROCESSING.label() + "\" (lần đổi trạng thái thứ 2 đến 3)");

    faults.set(NationalService.DVCQG, 0L, false);
    for (Incident incident : incidents) {
      management.setJobRetries(incident.getConfiguration(), 1); // what the retry on "Giám sát" does
      management.executeJob(incident.getConfiguration()); // the job executor picks it up at its due date
    }
    flow.runJobs();
    assertThat(runtime.createIncidentQuery().count()).isZero();
    assertThat(syncedStatuses(code)).containsExactly(1, 2, 4);
    assertThat(dvcqg.statusSyncs(code)).extracting(StatusSync::sequence).containsExactly(1, 2, 3);
    assertThat(flow.statusSyncJobs(code)).isEmpty();
    assertThat(((List<Map<String, Object>>) ((List<Map<String, Object>>) flow.get("sathay.supervisor", "/api/reports/failed-jobs", Map.class)
        .getBody().get("communes")).get(0).get("jobs"))).noneMatch(j -> code.equals(j.get("dossierCode")));

    // history keeps each failure and each incident, resolved
    assertThat(history.createHistoricIncidentQuery().list().stream().filter(i -> failedJobs.contains(i.getConfiguration())).toList())
        .hasSize(1).allMatch(i -> i.isResolved());
    assertThat(history.createHistoricJobLogQuery().failureLog().list().stream().filter(l -> failedJobs.contains(l.getJobId())).count())
        .isEqualTo(4); // first try and three retries
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(DossierService.STATUS_SYNC_PROCESS).count()).isZero();
    // the dossier's own process keeps its full history
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance(code).getId()).count()).isPositive();
  }

  @Test
  void statusChangesShareASyncJobOnlyWithinTheirOwnTransaction() {
    faults.set(NationalService.DVCQG, 0L, true);
    String code = flow.submitOnline(BIRTH, birthFiles()); // status 1's sync fails and waits for its retry
    receive(code, "accept"); // statuses 2 and 3 in one transaction
    String prefix = DossierService.STATUS_SYNC_JOB + ":" + code + ":";
    assertThat(flow.statusSyncJobs(code))
        .extracting(j -> ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).getJobHandlerConfigurationRaw()
            .substring(prefix.length()).replaceAll(":[0-9]+", ":entry").replaceAll(",[0-9]+", ",entry"))
        .containsExactlyInAnyOrder("1:entry", "2:entry,entry");

    faults.set(NationalService.DVCQG, 0L, false);
    for (Job job : flow.statusSyncJobs(code)) {
      management.executeJob(job.getId()); // due in a minute; the job executor would take it then
    }
    assertThat(dvcqg.statusSyncs(code)).extracting(StatusSync::sequence).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(syncedStatuses(code)).containsSubsequence(2, 4); // received, then processing
    assertThat(flow.statusSyncJobs(code)).isEmpty();
  }

  @Test
  void aStatusSyncQueuedByThePreviousVersionStillSendsItsStatus() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    flow.runJobs();
    // a sync sends what the dossier's history logged for that status
    DossierHistoryEntry logged = historyEntries.findByDossierCodeOrderById(code).stream()
        .filter(e -> "STATUS".equals(e.getAction())).findFirst().orElseThrow();
    StatusSync first = dvcqg.statusSyncs(code).stream().filter(s -> s.sequence() == 1).findFirst().orElseThrow();
    assertThat(first.statusCode()).isEqualTo(logged.getToStatus().code());
    assertThat(first.statusName()).isEqualTo(logged.getToStatus().label());
    assertThat(first.changedAt()).isEqualTo(logged.getAt());
    assertThat(first.note()).isEqualTo(logged.getReason());

    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("communeId", "sa-thay");
    variables.put("dossierCode", code);
    variables.put("statusCode", 2);
    variables.put("statusName", "Đã tiếp nhận");
    variables.put("statusSequence", 7);
    variables.put("statusChangedAt", java.util.Date.from(Instant.parse("2026-03-02T03:00:00Z")));
    variables.put("statusNote", "đồng bộ cũ");
    identity.clearAuthentication();
    runtime.startProcessInstanceByKey("dossier-status-sync", code, variables); // as the previous version did
    flow.runJobs();
    StatusSync sent = dvcqg.statusSyncs(code).stream().filter(s -> s.sequence() == 7).findFirst().orElseThrow();
    assertThat(sent.statusCode()).isEqualTo(2);
    assertThat(sent.statusName()).isEqualTo("Đã tiếp nhận");
    assertThat(sent.note()).isEqualTo("đồng bộ cũ");

    // an instance started by the versions with the history entry's id (before status syncs became product jobs)
    Map<String, Object> byEntry = new java.util.HashMap<>();
    byEntry.put("communeId", "sa-thay");
    byEntry.put("statusSequence", 8);
    byEntry.put("statusEntryId", logged.getId());
    runtime.startProcessInstanceByKey(DossierService.STATUS_SYNC_PROCESS, code, byEntry);
    flow.runJobs();
    StatusSync resent = dvcqg.statusSyncs(code).stream().filter(s -> s.sequence() == 8).findFirst().orElseThrow();
    assertThat(resent.statusCode()).isEqualTo(logged.getToStatus().code());
    assertThat(resent.changedAt()).isEqualTo(logged.getAt());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DossierService.STATUS_SYNC_PROCESS).count()).isZero();
  }

  @Test
  void citizenWithdrawsDuringProcessing() {
    String code = flow.submitOnline(BIRTH, birthFiles());
    receive(code, "accept");
    assertThat(flow.post("portal", "/api/dossiers/" + code + "/withdraw", Map.of("reason", "Không còn nhu cầu"), Map.class).getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    assertThat(ended(code)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero(); // the processing call ended too
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.STOPPED);
    assertThat(syncedStatuses(code)).containsExactly(1, 2, 4, 7, 8);
    assertThat(documents.findByDossierCodeOrderById(code)).extracting(DossierDocument::getType)
        .contains(vn.gov.commune.documents.SlipType.STOP_NOTICE);
    assertThat(flow.post("portal", "/api/dossiers/" + code + "/withdraw", Map.of("reason", "lần 2"), Map.class).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void dossierReceivedInOneCommuneIsProcessedByTheCompetentOneAndBothSeeIt() {
    String code = flow.submitOnline(BIRTH, "sa-thay", "kon-tum", birthFiles());
    receive(code, "accept");
    Task reviewTask = flow.task(code, "UserTask_ReviewDossier");
    assertThat(reviewTask.getTenantId()).isEqualTo("kon-tum");
    assertThat(flow.get("sathay.clerk", "/api/dossiers/" + code, Map.class).getStatusCode().value()).isEqualTo(200);
    assertThat(flow.get("kontum.specialist", "/api/dossiers/" + code, Map.class).getStatusCode().value()).isEqualTo(200);
    flow.complete(code, "UserTask_ReviewDossier", "kontum.specialist", "specialist", "kon-tum", vars("reviewDecision", "approve", "reviewNote", "Đủ."));
    flow.complete(code, "UserTask_ApproveDossier", "kontum.leader", "leader", "kon-tum", vars("approvalDecision", "approve"));
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
  }

  /** The words of a text, sorted: the same for two texts that differ only in line breaks and the order of columns. */
  static List<String> words(String text) {
    return java.util.Arrays.stream(text.strip().split("\\s+")).sorted().toList();
  }
}
