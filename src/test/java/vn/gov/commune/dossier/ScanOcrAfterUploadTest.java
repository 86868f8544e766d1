package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.gov.commune.dossier.DossierTestSupport.CITIZEN;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.digitisation.DigitisationRecord;
import vn.gov.commune.digitisation.DigitisationRecordRepository;
import vn.gov.commune.digitisation.StoredContentRepository;
import vn.gov.commune.digitisation.TestFiles;
import vn.gov.commune.documents.ContentStore;
import vn.gov.commune.documents.FileStore;
import vn.gov.commune.engine.ProductJobs;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.simulator.SimulatorFaults;
import vn.gov.commune.simulator.VneidSimulator;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * Issue 15 point 3: a citizen's scan is answered without waiting for OCR; OCR runs afterwards as an
 * engine job, and a scan it shows to carry a secrecy mark is then refused: taken off the dossier,
 * its record, text, content and files deleted, the history written, the citizen told over VNeID.
 */
@IntegrationTest
class ScanOcrAfterUploadTest {

  static final String BIRTH = "1.001193";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired ComponentRepository components;
  @Autowired HistoryRepository history;
  @Autowired DigitisationRecordRepository records;
  @Autowired StoredContentRepository contents;
  @Autowired ContentStore contentStore;
  @Autowired FileStore files;
  @Autowired VneidSimulator vneid;
  @Autowired SimulatorFaults faults;
  @Autowired ProductJobs jobs;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

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

  /** Submits as the portal without running any job; returns the dossier's code. */
  private String submit(byte[] form) {
    ResponseEntity<Map> answer = flow.submit(
        "portal", UUID.randomUUID().toString(), DossierTestSupport.application(BIRTH, "sa-thay", null, "Nguyễn Văn An"),
        Map.of("TO_KHAI", form, "GIAY_CHUNG_SINH", PDF));
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    return (String) answer.getBody().get("code");
  }

  private DossierComponent form(String code) {
    return components.findByDossierCodeOrderById(code).stream().filter(c -> c.getComponentCode().equals("TO_KHAI")).findFirst().orElseThrow();
  }

  private DigitisationRecord record(String code, String componentCode) {
    return records.findByDossierCodeOrderById(code).stream().filter(r -> componentCode.equals(r.getComponentCode())).findFirst().orElseThrow();
  }

  private List<Job> ocrJobs() {
    return management.createJobQuery().list().stream()
        .filter(j -> ProductJobs.HANDLER_TYPE.equals(((JobEntity) j).getJobHandlerType()))
        .filter(j -> ((JobEntity) j).getJobHandlerConfigurationRaw().startsWith("scan-ocr:"))
        .toList();
  }

  @Test
  void aScanIsAnsweredBeforeOcrAndReadByAJobAfterwards() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    String word = "QUYETTHANG" + code();
    String code = submit(TestFiles.imageOnlyPdf("TỜ KHAI ĐĂNG KÝ KHAI SINH\n" + word));

    DigitisationRecord before = record(code, "TO_KHAI");
    assertThat(before.isOcrPending()).isTrue();
    assertThat(before.isOcrDone()).isFalse();
    assertThat(before.getOcrNote()).startsWith("Đang chờ nhận dạng chữ (OCR)");
    assertThat(before.getText()).doesNotContain("KHAI SINH");
    assertThat(ocrJobs()).hasSize(1);
    // a born-digital PDF is read at once and queues nothing
    assertThat(record(code, "GIAY_CHUNG_SINH").isOcrPending()).isFalse();
    // the clerk sees that OCR is still to come, and search does not know the scan's words yet
    List<Map> seen = flow.get("sathay.clerk", "/api/digitisation/dossiers/" + code, List.class).getBody();
    assertThat(seen).anySatisfy(r -> {
      assertThat(r.get("componentCode")).isEqualTo("TO_KHAI");
      assertThat(r.get("ocrPending")).isEqualTo(true);
    });
    assertThat(flow.get("sathay.clerk", "/api/search/dossiers?q=" + word, List.class).getBody()).isEmpty();

    flow.runJobs();

    DigitisationRecord after = record(code, "TO_KHAI");
    assertThat(after.isOcrPending()).isFalse();
    assertThat(after.isOcrDone()).isTrue();
    assertThat(after.getOcrNote()).contains("Tesseract");
    assertThat(after.getText()).contains("KHAI SINH");
    assertThat(form(code).hasFile()).isTrue();
    assertThat(ocrJobs()).isEmpty();
    List<Map> found = flow.get("sathay.clerk", "/api/search/dossiers?q=" + word.toLowerCase(), List.class).getBody();
    assertThat(found).extracting(h -> h.get("code")).containsExactly(code);
  }

  @Test
  void aScanWhoseOcrShowsASecrecyMarkIsRemovedLeavingNothingAndTheCitizenIsTold() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    byte[] secret = TestFiles.imageOnlyPdf("TUYỆT MẬT\nBáo cáo tình hình an ninh " + code());
    String code = submit(secret);
    DossierComponent kept = form(code);
    String sha256 = kept.getSha256();
    String storageKey = kept.getStorageKey();
    assertThat(contentStore.exists(sha256)).isTrue();
    assertThat(files.exists(storageKey)).isTrue();
    vneid.clear();

    flow.runJobs();

    DossierComponent refused = form(code);
    assertThat(refused.hasFile()).isFalse();
    assertThat(refused.getSource()).isEqualTo(DossierComponent.Source.REFUSED);
    assertThat(refused.getSha256()).isNull();
    assertThat(records.findBySha256OrderById(sha256)).isEmpty();
    assertThat(contents.findBySha256(sha256)).isEmpty();
    assertThat(contentStore.exists(sha256)).isFalse();
    assertThat(files.exists(storageKey)).isFalse();
    // the other component is untouched
    assertThat(record(code, "GIAY_CHUNG_SINH").getText()).contains("khai sinh");
    assertThat(flow.get("portal", "/api/dossiers/" + code + "/components/" + refused.getId() + "/file", String.class).getStatusCode().value())
        .isEqualTo(404);

    // the clerk's reception form lists the components from the instance: the refused file is shown as such
    String summary = (String) runtime.getVariable(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier").singleResult().getId(),
        DossierVariables.COMPONENTS_SUMMARY);
    assertThat(summary).contains("Tệp bị từ chối và đã xóa (mang dấu độ mật)").doesNotContain("to_khai.pdf");
    DossierHistoryEntry entry = history.findByDossierCodeOrderById(code).stream()
        .filter(e -> e.getAction().equals(ScanRefusal.ACTION)).findFirst().orElseThrow();
    assertThat(entry.getMessage()).contains("to_khai.pdf").contains("bị từ chối sau khi nhận dạng chữ (OCR) và đã bị xóa");
    assertThat(entry.getReason()).contains("TUYỆT MẬT").contains("Tệp đã bị xóa khỏi hệ thống").doesNotContain("Tệp không được lưu");
    List<VneidSimulator.Delivered> told = vneid.notificationsTo(CITIZEN).stream()
        .filter(d -> d.notification().dossierCode().equals(code)).toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).notification().title()).isEqualTo("Tệp trong hồ sơ bị từ chối");
    assertThat(told.get(0).notification().message()).contains("TUYỆT MẬT").contains("bổ sung");
    assertThat(management.createJobQuery().withException().list()).isEmpty();
  }

  @Test
  void theClerkAsksForTheRefusedPaperAgainAndTheCitizensCleanFileTakesItsPlace() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    String code = submit(TestFiles.imageOnlyPdf("TỐI MẬT\nTờ khai " + code()));
    flow.runJobs();
    assertThat(form(code).getSource()).isEqualTo(DossierComponent.Source.REFUSED);

    Map<String, Object> decision = new java.util.HashMap<>(Map.of("receiptDecision", "supplement", "missingComponents", "Tờ khai không mang dấu mật."));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", decision);
    ResponseEntity<Map> supplemented = flow.supplement(code, Map.of("TO_KHAI", PDF), "Gửi lại tờ khai");
    assertThat(supplemented.getStatusCode().value()).as(String.valueOf(supplemented.getBody())).isEqualTo(200);
    flow.runJobs();

    DossierComponent replaced = form(code);
    assertThat(replaced.getSource()).isEqualTo(DossierComponent.Source.SUPPLEMENT);
    assertThat(replaced.hasFile()).isTrue();
    assertThat(files.exists(replaced.getStorageKey())).isTrue();
    assertThat(record(code, "TO_KHAI").isOcrPending()).isFalse();
    assertThat(flow.get("portal", "/api/dossiers/" + code + "/components/" + replaced.getId() + "/file", byte[].class).getBody()).isEqualTo(PDF);
  }

  @Test
  void theRemovalDoesNotWaitForVneidAndTheNoticeIsRetriedUntilItIsDelivered() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    String code = submit(TestFiles.imageOnlyPdf("TỐI MẬT\nKế hoạch bảo đảm an ninh " + code()));
    String sha256 = form(code).getSha256();
    vneid.clear();
    faults.set(NationalService.VNEID, null, true);

    flow.runJobs();

    assertThat(form(code).getSource()).isEqualTo(DossierComponent.Source.REFUSED);
    assertThat(contentStore.exists(sha256)).isFalse();
    assertThat(vneid.notificationsTo(CITIZEN).stream().filter(d -> d.notification().dossierCode().equals(code))).isEmpty();
    List<Job> failed = management.createJobQuery().withException().list();
    assertThat(failed).hasSize(1);
    assertThat(((JobEntity) failed.get(0)).getJobHandlerConfigurationRaw()).startsWith(ScanRefusal.NOTICE + ":");

    faults.reset();
    at("2026-03-02T09:02:00+07:00"); // past the first retry (PT1M)
    flow.runJobs();

    assertThat(vneid.notificationsTo(CITIZEN).stream().filter(d -> d.notification().dossierCode().equals(code))).hasSize(1);
    assertThat(management.createJobQuery().withException().list()).isEmpty();
  }

  @Test
  void noClerkNorThePortalCanDeleteSuspendOrRunAProductJobThroughTheEngineApi() {
    String code = submit(TestFiles.imageOnlyPdf("GIẤY CHỨNG SINH " + code()));
    List<Job> queued = TestFiles.tesseractInstalled() ? ocrJobs() : List.of();
    String jobId = queued.isEmpty()
        ? engineJob(code) // without Tesseract nothing waits for OCR: a notice job stands for the product's jobs
        : queued.get(0).getId();
    Http http = new Http(rest);
    // another commune's supervisor holds RETRY_JOB and READ_INSTANCE on every definition: the job's tenant keeps it out
    for (String user : java.util.Arrays.asList("sathay.clerk", "portal", "sathay.leader", "kontum.clerk", "kontum.supervisor", null)) {
      assertThat(http.send(HttpMethod.DELETE, user, "/engine-rest/job/" + jobId, null, String.class).getStatusCode().value())
          .as(user + " deletes").isIn(401, 403, 404);
      assertThat(http.send(HttpMethod.PUT, user, "/engine-rest/job/" + jobId + "/suspended", Map.of("suspended", true), String.class)
          .getStatusCode().value()).as(user + " suspends").isIn(401, 403, 404);
      assertThat(http.send(HttpMethod.POST, user, "/engine-rest/job/" + jobId + "/execute", null, String.class).getStatusCode().value())
          .as(user + " runs").isIn(401, 403, 404);
      assertThat(http.get(user, "/engine-rest/job/" + jobId, String.class).getStatusCode().value()).as(user + " reads").isIn(401, 403, 404);
    }
    Job job = management.createJobQuery().jobId(jobId).singleResult();
    assertThat(job).as("the job is still there").isNotNull();
    assertThat(job.getTenantId()).as("the dossier's commune").isEqualTo("sa-thay");
    assertThat(job.isSuspended()).isFalse();
    assertThat(job.getRetries()).isEqualTo(3);
    management.deleteJob(jobId); // the test's own leftover
  }

  /** A product job queued for the dossier's commune (the notice of a refused file), without OCR. */
  private String engineJob(String code) {
    DossierHistoryEntry entry = history.findByDossierCodeOrderById(code).get(0);
    return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(
        status -> jobs.send(ScanRefusal.NOTICE, Long.toString(entry.getId()), "sa-thay"));
  }

  private static String code() {
    return Long.toString(System.nanoTime() % 100000);
  }
}
