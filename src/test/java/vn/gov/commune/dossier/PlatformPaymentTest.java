package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.integration.StatusSync;
import vn.gov.commune.simulator.DvcqgSimulator;
import vn.gov.commune.simulator.PaymentSimulator;
import vn.gov.commune.simulator.VneidSimulator;
import vn.gov.commune.support.IntegrationTest;

/**
 * A fee paid through the national payment platform: the citizen finds the link and the deadline on
 * the portal and in VNeID, the platform's callback is checked and idempotent, and the fee receipt
 * becomes a document of the dossier.
 */
@IntegrationTest
class PlatformPaymentTest {

  static final String MARITAL = "1.004873"; // 3 working days, 5.000 đồng through the platform, 5 working days to pay

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired DocumentRepository documents;
  @Autowired HistoryRepository historyEntries;
  @Autowired DvcqgSimulator dvcqg;
  @Autowired VneidSimulator vneid;
  @Autowired PaymentSimulator payments;

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

  private Dossier dossier(String code) {
    return dossiers.findByCode(code).orElseThrow();
  }

  private String awaitingPayment() {
    String code = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", new HashMap<>(Map.of("receiptDecision", "accept")));
    flow.runJobs();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
    return code;
  }

  private ResponseEntity<Map> callback(String code, Object paymentId, Object amount) {
    Map<String, Object> body = new HashMap<>();
    body.put("paymentId", paymentId);
    body.put("amount", amount);
    return flow.post("portal", "/api/dossiers/" + code + "/payment", body, Map.class);
  }

  private long receipts(String code) {
    return documents.findByDossierCodeOrderById(code).stream().filter(d -> d.getType() == SlipType.FEE_RECEIPT).count();
  }

  @Test
  void theLinkAndTheDeadlineReachThePortalAndVneid() {
    String code = awaitingPayment();
    String payUrl = payments.paymentsFor(code).get(0).payUrl();
    // 5 working days from Monday 2/3: Monday 9/3 at the end of the working day, the payment-overdue timer's due date
    String deadline = "17 giờ 00 phút, ngày 09/03/2026";
    StatusSync six = dvcqg.statusSyncs(code).stream().filter(s -> s.statusCode() == 6).findFirst().orElseThrow();
    assertThat(six.note()).contains(payUrl).contains(deadline).contains("5.000");
    List<VneidSimulator.Delivered> told = vneid.notificationsTo(DossierTestSupport.CITIZEN).stream()
        .filter(d -> d.notification().dossierCode().equals(code) && d.notification().title().equals("Yêu cầu nộp phí, lệ phí"))
        .toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).notification().message()).contains(payUrl).contains(deadline);
    var timer = management.createJobQuery().processInstanceId(dossier(code).getProcessInstanceId()).activityId("TimerEvent_PaymentOverdue").singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(java.time.OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());
  }

  @Test
  void theCallbackIsIdempotentAndTheReceiptIsADocumentOfTheDossier() {
    String code = awaitingPayment();
    String paymentId = dossier(code).getPaymentId();
    int before = historyEntries.findByDossierCodeOrderById(code).size();

    // an unknown transaction, a wrong amount, no transaction: refused, nothing changes
    ResponseEntity<Map> unknown = callback(code, "TT-KHONGCO", 5000);
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(unknown.getBody())).contains("Mã giao dịch thanh toán không khớp");
    ResponseEntity<Map> wrongAmount = callback(code, paymentId, 4000);
    assertThat(wrongAmount.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(wrongAmount.getBody())).contains("khác số phí, lệ phí phải nộp (5000 đồng)");
    assertThat(callback(code, null, 5000).getStatusCode().value()).isEqualTo(400);
    assertThat(historyEntries.findByDossierCodeOrderById(code)).hasSize(before);
    assertThat(dossier(code).getPaidAt()).isNull();
    assertThat(receipts(code)).isZero();
    // a clerk cannot confirm a payment: only the platform's system account
    assertThat(flow.post("sathay.clerk", "/api/dossiers/" + code + "/payment", Map.of("paymentId", paymentId, "amount", 5000), Map.class)
        .getStatusCode().value()).isEqualTo(403);

    ResponseEntity<Map> first = callback(code, paymentId, 5000);
    assertThat(first.getStatusCode().value()).isEqualTo(200);
    assertThat(first.getBody()).containsEntry("paymentId", paymentId).containsEntry("amount", 5000);
    assertThat(first.getBody().get("receiptDocumentId")).isNotNull();
    assertThat(dossier(code).getPaidAt()).isNotNull();
    assertThat(receipts(code)).isEqualTo(1);
    int after = historyEntries.findByDossierCodeOrderById(code).size();
    assertThat(historyEntries.findByDossierCodeOrderById(code)).filteredOn(h -> "PAYMENT".equals(h.getAction())).hasSize(1);

    // the platform reports the same transaction again: same answer, nothing new
    ResponseEntity<Map> again = callback(code, paymentId, 5000);
    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(receipts(code)).isEqualTo(1);
    assertThat(historyEntries.findByDossierCodeOrderById(code)).hasSize(after);
    // ... but a wrong amount for it is still refused
    assertThat(callback(code, paymentId, 6000).getStatusCode().value()).isEqualTo(400);

    // the receipt is listed among the dossier's papers once, and downloads as the kept document
    String papers = flow.get("sathay.clerk", "/api/dossiers/" + code + "/papers", String.class).getBody();
    assertThat(papers.split(SlipType.FEE_RECEIPT.title(), -1)).hasSize(2);
    assertThat(flow.get("sathay.clerk", "/api/dossiers/" + code + "/slips/fee-receipt", byte[].class).getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    assertThat(flow.task(code, "UserTask_ReviewDossier")).isNotNull();
  }
}
