package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.support.IntegrationTest;

/**
 * The per-procedure clock rule after a supplement requested during review: PAUSE moves the
 * appointment by exactly the working days the citizen took to supplement; RESTART counts the legal
 * time again in full from the day of the supplement. Both on the marital-status procedure (3
 * working days, fee paid through the platform), switched to PAUSE for the test and restored after.
 */
@IntegrationTest
class SupplementClockTest {

  static final String MARITAL = "1.004873";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired vn.gov.commune.catalogue.ProcedureCatalogue catalogue;
  @Autowired DossierRepository dossiers;
  @Autowired HistoryRepository historyEntries;
  @Autowired WorkingDayCalendar calendar;

  DossierTestSupport flow;
  List<Map<String, Object>> clocks;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    flow = new DossierTestSupport(rest, management, taskService, identity);
    clocks = jdbc.queryForList("SELECT procedure_version_no AS v, supplement_clock AS c FROM procedure_version WHERE code = ?", MARITAL);
    at("2026-03-02T09:00:00+07:00"); // Monday morning
  }

  @AfterEach
  void tearDown() {
    for (Map<String, Object> row : clocks) {
      vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "UPDATE procedure_version SET supplement_clock = ? WHERE code = ? AND procedure_version_no = ?", row.get("c"), MARITAL, row.get("v"));
    }
    catalogue.forgetReadVersions();
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  private void clock(String rule) {
    vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "UPDATE procedure_version SET supplement_clock = ? WHERE code = ?", rule, MARITAL);
    catalogue.forgetReadVersions();
  }

  private Dossier dossier(String code) {
    return dossiers.findByCode(code).orElseThrow();
  }

  /** Received Monday 2/3 (appointment D), supplement asked Tuesday 3/3, supplemented Thursday 5/3: two working days later. */
  private String supplementedTwoWorkingDaysLater() {
    String code = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    Map<String, Object> receipt = new HashMap<>(Map.of("receiptDecision", "accept"));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", receipt);
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(OffsetDateTime.parse("2026-03-05T17:00:00+07:00").toInstant());
    flow.post("portal", "/api/dossiers/" + code + "/payment", Map.of("paymentId", dossier(code).getPaymentId(), "amount", 5000), Map.class);
    flow.runJobs();
    at("2026-03-03T10:00:00+07:00");
    flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", "specialist", "sa-thay",
        new HashMap<>(Map.of("reviewDecision", "supplement", "missingComponents", "Giấy tờ chứng minh việc ly hôn.")));
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    at("2026-03-05T10:00:00+07:00");
    assertThat(flow.supplement(code, Map.of("GIAY_TO_HON_NHAN_TRUOC", PDF), "Bổ sung").getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    assertThat(flow.task(code, "UserTask_ReviewDossier")).isNotNull();
    return code;
  }

  private Instant overdueTimer(String code) {
    String instance = dossier(code).getProcessInstanceId();
    Job overdue = management.createJobQuery().processInstanceId(instance).activityId("BoundaryEvent_Overdue").singleResult();
    return overdue.getDuedate().toInstant();
  }

  @Test
  void pauseMovesTheAppointmentByExactlyTheWorkingDaysTheCitizenTook() {
    clock("PAUSE");
    String code = supplementedTwoWorkingDaysLater();
    LocalDate d = LocalDate.of(2026, 3, 5);
    int paused = calendar.workingDaysBetween(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5));
    assertThat(paused).isEqualTo(2);
    // D + 2 working days: Thursday 5/3 → Monday 9/3 (the weekend does not count)
    Instant expected = calendar.addWorkingDays(d, paused).atTime(17, 0).atZone(VN).toInstant();
    assertThat(expected).isEqualTo(OffsetDateTime.parse("2026-03-09T17:00:00+07:00").toInstant());
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(expected);
    assertThat(overdueTimer(code)).isEqualTo(expected);
    assertThat(historyEntries.findByDossierCodeOrderById(code)).anyMatch(h -> "APPOINTMENT".equals(h.getAction())
        && h.getMessage().equals("Tiếp tục tính thời hạn sau khi bổ sung; hẹn trả kết quả 17 giờ 00 phút, ngày 09/03/2026."));
  }

  @Test
  void restartCountsTheLegalTimeAgainFromTheSupplementDay() {
    clock("RESTART");
    String code = supplementedTwoWorkingDaysLater();
    // 3 working days from Thursday 5/3 → Tuesday 10/3, one day later than PAUSE would give
    Instant expected = OffsetDateTime.parse("2026-03-10T17:00:00+07:00").toInstant();
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(expected);
    assertThat(overdueTimer(code)).isEqualTo(expected);
    assertThat(historyEntries.findByDossierCodeOrderById(code)).anyMatch(h -> "APPOINTMENT".equals(h.getAction())
        && h.getMessage().startsWith("Tính lại thời hạn từ đầu sau khi bổ sung"));
  }
}
