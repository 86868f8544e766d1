package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;
import static vn.gov.commune.dossier.DossierTestSupport.vars;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.support.IntegrationTest;

/**
 * The process-control slip (phiếu kiểm soát quá trình) is issued by the step that closes the dossier
 * (result returned, processing stopped), in the same transaction as the step a person just completed:
 * its table must still list that step and the closing step itself, with who did it and when.
 */
@IntegrationTest
class ProcessControlSlipTest {

  static final String BIRTH = "1.001193";
  static final String MARITAL = "1.004873"; // fee through the payment platform, 5 working days to pay

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;

  DossierTestSupport flow;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    flow = new DossierTestSupport(rest, management, taskService, identity);
    at("2026-03-02T09:00:00+07:00"); // Monday
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  @Test
  void aResultReturnedAtTheCounterListsTheReturnTheClerkJustCompletedAndTheClosingStep() throws Exception {
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
    flow.runJobs();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", vars("receiptDecision", "accept"));
    at("2026-03-02T09:10:00+07:00");
    flow.complete(code, "UserTask_DigitiseComponents", "sathay.clerk", "clerk", "sa-thay", vars(
        "scan_TO_KHAI", Variables.fileValue("to-khai.pdf").file(PDF).create(),
        "scan_GIAY_CHUNG_SINH", Variables.fileValue("giay-chung-sinh.pdf").file(PDF).create()));
    at("2026-03-02T09:20:00+07:00");
    flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", "specialist", "sa-thay",
        vars("reviewDecision", "approve", "reviewNote", "Đủ điều kiện."));
    at("2026-03-02T09:30:00+07:00");
    flow.complete(code, "UserTask_ApproveDossier", "sathay.leader", "leader", "sa-thay", vars("approvalDecision", "approve"));
    at("2026-03-02T15:30:00+07:00");
    // as in Tasklist: the clerk claims the return task, then completes it
    identity.setAuthentication("sathay.clerk", List.of("clerk"), List.of("sa-thay"));
    try {
      taskService.claim(flow.task(code, "UserTask_ReturnAtCounter").getId(), "sathay.clerk");
    } finally {
      identity.clearAuthentication();
    }
    flow.complete(code, "UserTask_ReturnAtCounter", "sathay.clerk", "clerk", "sa-thay", vars("returnedConfirmed", true));
    assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);

    List<List<String>> rows = processControlRows(code);
    assertThat(rows).extracting(r -> r.get(0)).containsExactly(
        "Tiếp nhận hồ sơ", "Số hóa thành phần hồ sơ", "Thẩm định hồ sơ", "Phê duyệt, ký số", "Trả kết quả tại quầy", "Ghi nhận đã trả kết quả");
    List<String> returned = rows.stream().filter(r -> r.get(0).equals("Trả kết quả tại quầy")).findFirst().orElseThrow();
    assertThat(returned.get(1)).isEqualTo("Nguyễn Thị Hoa");
    assertThat(returned.get(3)).isEqualTo("15 giờ 30 phút, ngày 02/03/2026");
    assertThat(returned.get(5)).isEqualTo("Đúng hạn");
    assertThat(rows.get(rows.size() - 1)).containsExactly(
        "Ghi nhận đã trả kết quả", "Nguyễn Thị Hoa", "15 giờ 30 phút, ngày 02/03/2026", "15 giờ 30 phút, ngày 02/03/2026",
        "17 giờ 00 phút, ngày 02/03/2026", "Đúng hạn");
  }

  @Test
  void aDossierStoppedBecauseTheFeeWasNotPaidListsTheStop() throws Exception {
    String code = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", vars("receiptDecision", "accept"));
    // 5 working days to pay from Monday 2/3: the payment timer fires after Monday 9/3
    at("2026-03-10T09:00:00+07:00");
    flow.runJobs();
    assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.STOPPED);

    List<List<String>> rows = processControlRows(code);
    assertThat(rows).extracting(r -> r.get(0)).containsSubsequence("Tiếp nhận hồ sơ", "Dừng xử lý do không nộp phí");
    List<String> stop = rows.get(rows.size() - 1);
    assertThat(stop.get(0)).isEqualTo("Dừng xử lý do không nộp phí");
    assertThat(stop.get(1)).isEqualTo("Hệ thống");
    assertThat(stop.get(3)).isEqualTo("09 giờ 00 phút, ngày 10/03/2026");
  }

  /** The rows of the table of the dossier's process-control slip, as the clerk downloads it (header left out). */
  private List<List<String>> processControlRows(String code) throws Exception {
    JsonNode slip = null;
    for (JsonNode document : flow.get("sathay.clerk", "/api/dossiers/" + code + "/documents", JsonNode.class).getBody()) {
      if (SlipType.PROCESS_CONTROL.name().equals(document.get("type").asText())) {
        slip = document;
      }
    }
    assertThat(slip).as("process-control slip issued").isNotNull();
    byte[] docx = flow.get("sathay.clerk", "/api/dossiers/" + code + "/documents/" + slip.get("id").asLong() + "/file", byte[].class).getBody();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable table = document.getTables().stream()
          .filter(t -> t.getRow(0).getCell(0).getText().equals("Bước xử lý")).findFirst().orElseThrow();
      List<List<String>> rows = new ArrayList<>();
      for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
        rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
      }
      return rows;
    }
  }
}
