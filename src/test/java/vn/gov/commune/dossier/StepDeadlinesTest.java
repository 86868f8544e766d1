package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import vn.gov.commune.support.IntegrationTest;

/**
 * Per-step deadlines (issue 14 point 2) on the marital-status procedure (3 working days: the review's
 * share ends before the appointment): a step past its own due date is noticed once to the commune's
 * supervisors and the unit head of the holder's unit (the leaders when nobody holds it), and written
 * into the dossier's history; a step finished in time, and a step whose due date a supplement moved,
 * are not noticed; the other commune hears nothing. The watcher is called as its schedule would.
 */
@IntegrationTest
class StepDeadlinesTest {

  static final String MARITAL = "1.004873";
  static final String REVIEW = "UserTask_ReviewDossier";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired HistoryRepository historyEntries;
  @Autowired NotificationRepository notifications;
  @Autowired StepDeadlineNoticeRepository notices;
  @Autowired StepDeadlines stepDeadlines;

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

  /** Received and paid Monday 2/3 at 9:00: the review task is open in Sa Thầy. */
  private String inReview() {
    String code = flow.submitOnline(MARITAL, Map.of("TO_KHAI", PDF));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", new HashMap<>(Map.of("receiptDecision", "accept")));
    Dossier dossier = dossiers.findByCode(code).orElseThrow();
    flow.post("portal", "/api/dossiers/" + code + "/payment", Map.of("paymentId", dossier.getPaymentId(), "amount", 5000), Map.class);
    flow.runJobs();
    assertThat(flow.task(code, REVIEW)).as("review task").isNotNull();
    return code;
  }

  private Instant due(Task task) {
    return task.getDueDate().toInstant();
  }

  private List<DossierHistoryEntry> stepNotices(String code) {
    return historyEntries.findByDossierCodeOrderById(code).stream().filter(h -> StepDeadlines.HISTORY_ACTION.equals(h.getAction())).toList();
  }

  private List<DossierNotification> stepNotifications(String code) {
    return notifications.findByDossierCodeOrderById(code).stream()
        .filter(n -> DossierNotification.STEP_OVERDUE.equals(n.getType())).toList();
  }

  @SuppressWarnings("rawtypes")
  private List<Map> notificationsOf(String user) {
    return rest.exchange("/api/notifications", HttpMethod.GET, new HttpEntity<>(DossierTestSupport.basic(user)),
        new ParameterizedTypeReference<List<Map>>() {}).getBody();
  }

  private boolean sees(String user, String code) {
    return notificationsOf(user).stream()
        .anyMatch(n -> code.equals(n.get("dossierCode")) && DossierNotification.STEP_OVERDUE.equals(n.get("type")));
  }

  @Test
  void aStepPastItsOwnDueDateIsNoticedOnceToTheSupervisorsAndTheHoldersUnitHead() {
    String code = inReview();
    Task review = flow.task(code, REVIEW);
    Instant due = due(review);
    assertThat(due).isEqualTo(OffsetDateTime.parse("2026-03-04T17:00:00+07:00").toInstant()); // 60% of 3 working days
    assertThat(due).isBefore(dossiers.findByCode(code).orElseThrow().getAppointmentAt());
    taskService.claim(review.getId(), "sathay.specialist");

    ClockUtil.setCurrentTime(Date.from(due.minusSeconds(60)));
    stepDeadlines.noticeOverdueSteps();
    assertThat(stepNotices(code)).as("not yet due").isEmpty();

    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
    stepDeadlines.noticeOverdueSteps();
    stepDeadlines.noticeOverdueSteps(); // a second run (or a second node) sends nothing more
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(3600)));
    stepDeadlines.noticeOverdueSteps();
    stepDeadlines.noticeOverdueSteps(false); // a node that listed the task before the notice was committed

    String expected = "Bước «Thẩm định hồ sơ» của hồ sơ " + code + " quá hạn bước (hạn 04/03/2026 17:00), đang do Trần Văn Minh"
        + " (Chuyên viên, Phòng Văn hóa - Xã hội) xử lý.";
    assertThat(stepNotices(code)).singleElement().satisfies(h -> {
      assertThat(h.getMessage()).isEqualTo(expected);
      assertThat(h.getStep()).isEqualTo(REVIEW);
      assertThat(h.getActor()).isEqualTo(DossierService.SYSTEM_ACTOR);
      assertThat(h.getReason()).isEqualTo("Đã báo: nhóm Giám sát; Trưởng phòng Phạm Thị Hương.");
    });
    assertThat(stepNotifications(code)).extracting(DossierNotification::getCommuneId, DossierNotification::getGroupId, DossierNotification::getUserId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("sa-thay", "supervisor", null),
            org.assertj.core.groups.Tuple.tuple("sa-thay", "unit-head", "sathay.unithead"));
    assertThat(stepNotifications(code)).allMatch(n -> n.getMessage().equals(expected));
    assertThat(notices.findByDossierCodeOrderById(code)).singleElement().satisfies(n -> {
      assertThat(n.getTaskId()).isEqualTo(review.getId());
      assertThat(n.getHolderId()).isEqualTo("sathay.specialist");
      assertThat(n.getDueAt()).isEqualTo(due);
    });

    // who reads it: Sa Thầy's supervisor and the head of Phòng Văn hóa - Xã hội; not Kon Tum's supervisor,
    // not Sa Thầy's leader (the unit head was found)
    assertThat(sees("sathay.supervisor", code)).isTrue();
    assertThat(sees("sathay.unithead", code)).isTrue();
    assertThat(sees("kontum.supervisor", code)).isFalse();
    assertThat(sees("kontum.unithead", code)).isFalse();
    assertThat(sees("sathay.leader", code)).isFalse();

    // the dashboard's list of steps past their own due date, per commune
    assertThat(stepDeadlines.overdueSteps(List.of("sa-thay"))).filteredOn(s -> s.dossierCode().equals(code)).singleElement()
        .satisfies(s -> {
          assertThat(s.stepName()).isEqualTo("Thẩm định hồ sơ");
          assertThat(s.stepKey()).isEqualTo(REVIEW);
          assertThat(s.holderId()).isEqualTo("sathay.specialist");
          assertThat(s.holderName()).isEqualTo("Trần Văn Minh (Chuyên viên, Phòng Văn hóa - Xã hội)");
          assertThat(s.dueAt()).isEqualTo(due);
          assertThat(s.processInstanceId()).isEqualTo(review.getProcessInstanceId());
          assertThat(s.communeId()).isEqualTo("sa-thay");
          assertThat(s.noticedAt()).isEqualTo(due.plusSeconds(60));
        });
    assertThat(stepDeadlines.overdueSteps(List.of("kon-tum"))).noneMatch(s -> s.dossierCode().equals(code));
  }

  @Test
  void aStepFinishedInTimeNotifiesNobody() {
    String code = inReview();
    Instant reviewDue = due(flow.task(code, REVIEW));
    at("2026-03-04T10:00:00+07:00");
    flow.complete(code, REVIEW, "sathay.specialist", "specialist", "sa-thay", new HashMap<>(Map.of("reviewDecision", "approve", "reviewNote", "Đủ điều kiện xác nhận.")));
    Task approval = flow.task(code, "UserTask_ApproveDossier");
    assertThat(due(approval)).isAfter(reviewDue.plusSeconds(60));

    ClockUtil.setCurrentTime(Date.from(reviewDue.plusSeconds(60)));
    stepDeadlines.noticeOverdueSteps();

    assertThat(stepNotices(code)).isEmpty();
    assertThat(stepNotifications(code)).isEmpty();
    assertThat(notices.findByDossierCodeOrderById(code)).isEmpty();
    assertThat(sees("sathay.supervisor", code)).isFalse();
  }

  @Test
  void aStepWhoseDueDateASupplementMovedIsNotNoticedEarly() {
    String code = inReview();
    Instant firstDue = due(flow.task(code, REVIEW));
    at("2026-03-03T10:00:00+07:00");
    flow.complete(code, REVIEW, "sathay.specialist", "specialist", "sa-thay",
        new HashMap<>(Map.of("reviewDecision", "supplement", "missingComponents", "Giấy tờ chứng minh việc ly hôn.")));
    at("2026-03-05T10:00:00+07:00"); // the citizen supplements after the first review's due date
    assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(firstDue);
    assertThat(flow.supplement(code, Map.of("GIAY_TO_HON_NHAN_TRUOC", PDF), "Bổ sung").getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    Task review = flow.task(code, REVIEW);
    Instant movedDue = due(review);
    assertThat(movedDue).isAfter(ClockUtil.getCurrentTime().toInstant());

    stepDeadlines.noticeOverdueSteps();
    assertThat(stepNotices(code)).as("the new review task is within its own due date").isEmpty();
    assertThat(stepDeadlines.overdueSteps(List.of("sa-thay"))).noneMatch(s -> s.dossierCode().equals(code));

    // nobody claimed it: the notice goes to the supervisors and, without a holder's unit, to the leaders
    ClockUtil.setCurrentTime(Date.from(movedDue.plusSeconds(60)));
    stepDeadlines.noticeOverdueSteps();
    assertThat(stepNotices(code)).singleElement().satisfies(h -> {
      assertThat(h.getMessage()).endsWith("quá hạn bước (hạn " + StepDeadlinesTest.vn(movedDue) + "), chưa có cán bộ nhận xử lý.");
      assertThat(h.getReason()).isEqualTo("Đã báo: nhóm Giám sát; nhóm Lãnh đạo (không xác định được trưởng đơn vị của người xử lý).");
    });
    assertThat(notices.findByDossierCodeOrderById(code)).singleElement().extracting(StepDeadlineNotice::getTaskId).isEqualTo(review.getId());
    assertThat(sees("sathay.leader", code)).isTrue();
    assertThat(sees("sathay.unithead", code)).isFalse();
  }

  @Test
  void aCertifyCopyRequestsStepIsWatchedToo() {
    Map<String, Object> variables = new HashMap<>(Map.of("communeId", "sa-thay", "applicantName", "Nguyễn Văn An",
        "applicantPersonalId", "062095001234", "documentTitle", "Bằng tốt nghiệp trung học phổ thông", "pageCount", 2, "copyCount", 1));
    String instanceId = runtime.startProcessInstanceByKey("certify-copy", variables).getId();
    String code = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
    Task compare = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("UserTask_CompareWithOriginal").singleResult();
    assertThat(compare).isNotNull();
    taskService.claim(compare.getId(), "sathay.specialist");
    Instant due = due(compare);
    assertThat(vn(due)).isEqualTo("02/03/2026 17:00"); // the same working day

    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
    stepDeadlines.noticeOverdueSteps();
    stepDeadlines.noticeOverdueSteps();

    assertThat(stepNotices(code)).singleElement().satisfies(h -> {
      assertThat(h.getMessage()).isEqualTo("Bước «Đối chiếu bản sao với bản chính» của hồ sơ " + code
          + " quá hạn bước (hạn 02/03/2026 17:00), đang do Trần Văn Minh (Chuyên viên, Phòng Văn hóa - Xã hội) xử lý.");
      assertThat(h.getStep()).isEqualTo("UserTask_CompareWithOriginal");
      assertThat(h.getReason()).isEqualTo("Đã báo: nhóm Giám sát; Trưởng phòng Phạm Thị Hương.");
    });
    assertThat(sees("sathay.supervisor", code)).isTrue();
    assertThat(sees("sathay.unithead", code)).isTrue();
    assertThat(sees("kontum.supervisor", code)).isFalse();
    assertThat(stepDeadlines.overdueSteps(List.of("sa-thay"))).filteredOn(s -> s.dossierCode().equals(code)).singleElement()
        .satisfies(s -> assertThat(s.procedureName()).isEqualTo("Chứng thực bản sao từ bản chính"));
  }

  static String vn(Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
  }
}
