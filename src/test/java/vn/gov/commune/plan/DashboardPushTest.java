package vn.gov.commune.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.digitisation.TestFiles;
import vn.gov.commune.integration.DashboardClient;
import vn.gov.commune.integration.DashboardSnapshot;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.simulator.DashboardSimulator;
import vn.gov.commune.simulator.SimulatorFaults;
import vn.gov.commune.support.IntegrationTest;
import vn.gov.commune.support.PortalSubmission;

/**
 * The push to the provincial steering committee's dashboard (issue 14 point 5), processes/dashboard-push.bpmn:
 * each commune's snapshot (the month's dossier figures, the same numbers as GET /api/reports/dossiers, and
 * the progress of its plans) is delivered once per snapshot, also when the schedule fires on two nodes;
 * with the dashboard failing the job is retried, then an incident in the commune's tenant says in
 * Vietnamese what failed, and after the dashboard recovers and the incident is retried, the snapshot is
 * delivered exactly once. The simulator refuses unknown callers and bad snapshots.
 */
@IntegrationTest
class DashboardPushTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DashboardPushes pushes;
  @Autowired DashboardPushRepository pushRows;
  @Autowired DashboardSimulator dashboard;
  @Autowired DashboardClient client;
  @Autowired SimulatorFaults faults;
  @Autowired PlanRepository plans;
  @Autowired PlanTaskRepository planTasks;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    faults.reset();
    ClockUtil.reset();
  }

  static void at(String iso) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(iso).toInstant()));
  }

  static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      boolean progressed = false;
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
          progressed = true;
        } catch (RuntimeException failed) {
          // left for its retry
        }
      }
      if (!progressed) {
        return;
      }
    }
  }

  private void complete(Task task, String user, String group, Map<String, Object> variables) {
    assertThat(task).isNotNull();
    identity.setAuthentication(user, List.of(group), List.of("sa-thay"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runJobs();
  }

  /** A birth registration received in Sa Thầy now: something for the month's figures to count. */
  private void receivedDossier() {
    ResponseEntity<Map> submitted = PortalSubmission.birthRegistration(rest, "sa-thay", "Nguyễn Văn An",
        TestFiles.pdf("Tờ khai đăng ký khai sinh: Nguyễn Minh Khôi."));
    assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(201);
    runJobs();
    String code = (String) submitted.getBody().get("code");
    Task receive = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("UserTask_ReceiveDossier").singleResult();
    complete(receive, "sathay.clerk", "clerk", new HashMap<>(Map.of("receiptDecision", "accept")));
  }

  /** An issued Sa Thầy plan with one task measured by the on-time indicator (target 80%). */
  private Plan issuedPlan() {
    String number = "DB-" + System.nanoTime() % 100000 + "/KH-UBND";
    String draft = """
        {"communeId":"sa-thay","draft":{"number":"%s","title":"Kế hoạch chuyển đổi số năm 2026","issuingBody":"Ủy ban nhân dân xã Sa Thầy",
         "issuedOn":"2026-03-02","parentPlans":["02-KH/BCĐTW"],"reporting":{"monthlyDueDay":13},
         "tasks":[{"section":"1. Hiện đại hóa dịch vụ công","content":"Nâng tỷ lệ hồ sơ giải quyết đúng hạn","leadUnit":"Phòng Văn hóa - Xã hội",
          "coordinatingUnits":["VP"],"deadline":"2026-03-20","recurring":false,"expectedResult":"Báo cáo kết quả","indicator":"ON_TIME_SHARE","indicatorTarget":80}],
         "warnings":[]}}
        """.formatted(number);
    ResponseEntity<Map> created = rest.exchange("/api/plans", HttpMethod.POST, new HttpEntity<>(draft, basic("sathay.steering")), Map.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    Plan plan = plans.findById(((Number) created.getBody().get("id")).longValue()).orElseThrow();
    Task review = taskService.createTaskQuery().processInstanceId(plan.getReviewProcessInstanceId()).taskDefinitionKey("UserTask_ReviewDraft").singleResult();
    complete(review, "sathay.steering", "steering-office", new HashMap<>(Map.of(
        "reviewDecision", "issue", "planNumber", number, "planTitle", plan.getTitle(), "planEndsOn", String.valueOf(plan.getEndsOn()),
        "draftTasks", (Object) taskService.getVariableTyped(review.getId(), "draftTasks"))));
    assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.ISSUED);
    return plan;
  }

  private ProcessInstance instanceOf(String communeId, String period, long version) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(DashboardPushes.PROCESS)
        .processInstanceBusinessKey(communeId + ":" + period + ":" + version).singleResult();
  }

  private Job pushJob(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId("ServiceTask_PushSnapshot").singleResult();
  }

  @Test
  void eachCommunesFiguresAndPlanProgressAreDeliveredOncePerSnapshotEvenWhenTwoNodesFire() {
    at("2026-03-10T09:00:00+07:00");
    receivedDossier();
    Plan plan = issuedPlan();

    at("2026-03-10T10:17:30+07:00");
    List<String> started = pushes.pushAll();
    assertThat(pushes.pushAll()).as("the second node, same minute").isEmpty();
    at("2026-03-10T10:17:50+07:00");
    assertThat(pushes.pushAll()).as("a node whose schedule fires a little later, same slot").isEmpty();
    assertThat(pushRows.findByCommuneIdAndPeriodOrderById("sa-thay", "2026-03"))
        .filteredOn(p -> p.getSnapshotVersion() == 202603101017L).singleElement()
        .satisfies(p -> assertThat(started).contains(p.getProcessInstanceId()));

    ProcessInstance saThay = instanceOf("sa-thay", "2026-03", 202603101017L);
    ProcessInstance konTum = instanceOf("kon-tum", "2026-03", 202603101017L);
    assertThat(saThay).isNotNull();
    assertThat(konTum).isNotNull();
    assertThat(saThay.getTenantId()).isEqualTo("sa-thay");
    assertThat(konTum.getTenantId()).isEqualTo("kon-tum");
    assertThat(saThay).isWaitingAt("ServiceTask_PushSnapshot").hasPassed("ServiceTask_TakeSnapshot");
    assertThat(dashboard.snapshots("sa-thay", "2026-03")).noneMatch(s -> s.version() == 202603101017L);

    // the figures as the month's dossier report shows them at the same moment
    Map<?, ?> report = rest.exchange("/api/reports/dossiers?communeId=sa-thay", HttpMethod.GET, new HttpEntity<>(basic("sathay.supervisor")), Map.class).getBody();
    runJobs();
    assertThat(saThay).isEnded();
    assertThat(konTum).isEnded();

    List<DashboardSnapshot> received = dashboard.snapshots("sa-thay", "2026-03").stream().filter(s -> s.version() == 202603101017L).toList();
    assertThat(received).hasSize(1);
    DashboardSnapshot snapshot = received.get(0);
    assertThat(snapshot.communeName()).isEqualTo("Xã Sa Thầy");
    assertThat(snapshot.dossiers().received()).isPositive();
    assertThat(snapshot.dossiers().received()).isEqualTo(((Number) report.get("received")).longValue());
    assertThat(snapshot.dossiers().receivedOnline()).isEqualTo(((Number) report.get("receivedOnline")).longValue());
    assertThat(snapshot.dossiers().inProgress()).isEqualTo(((Number) report.get("inProgress")).longValue());
    assertThat(snapshot.dossiers().finished()).isEqualTo(((Number) report.get("finished")).longValue());
    assertThat(snapshot.dossiers().overdue()).isEqualTo(((Number) report.get("overdue")).longValue());
    assertThat(snapshot.dossiers().nearDue()).isEqualTo(((Number) report.get("nearDue")).longValue());
    assertThat(snapshot.dossiers().onlineShare()).isEqualTo(report.get("onlineShare") == null ? null : ((Number) report.get("onlineShare")).doubleValue());
    assertThat(snapshot.plans()).filteredOn(p -> p.planId().equals(plan.getId())).singleElement().satisfies(p -> {
      assertThat(p.number()).isEqualTo(plan.getNumber());
      assertThat(p.tasksByStatus()).containsEntry("Chưa thực hiện", 1L).containsEntry("Đang thực hiện quá hạn", 0L);
      assertThat(p.overdueTasks()).isZero();
      assertThat(p.indicators()).singleElement().satisfies(i -> {
        assertThat(i.indicator()).isEqualTo("ON_TIME_SHARE");
        assertThat(i.name()).isEqualTo("Tỷ lệ hồ sơ giải quyết đúng hạn");
        assertThat(i.targetPercent()).isEqualTo(80.0);
      });
    });
    assertThat(dashboard.latest("sa-thay", "2026-03").version()).isEqualTo(202603101017L);
    // Kon Tum's snapshot counts Kon Tum only, and has none of Sa Thầy's plans
    DashboardSnapshot konTumSnapshot = dashboard.snapshots("kon-tum", "2026-03").stream().filter(s -> s.version() == 202603101017L).findFirst().orElseThrow();
    assertThat(konTumSnapshot.plans()).noneMatch(p -> p.planId().equals(plan.getId()));

    // the next hour: a new version of the same period, kept beside the first, the latest shown
    at("2026-03-10T11:00:00+07:00");
    pushes.pushAll();
    runJobs();
    assertThat(dashboard.latest("sa-thay", "2026-03").version()).isEqualTo(202603101100L);
    assertThat(dashboard.snapshots("sa-thay", "2026-03")).filteredOn(s -> s.version() == 202603101017L).hasSize(1);
  }

  @Test
  void aFailingDashboardBecomesAnIncidentAndAfterRecoveryTheSnapshotIsDeliveredExactlyOnce() {
    at("2026-04-03T14:00:00+07:00");
    faults.set(NationalService.DASHBOARD, 0L, true);
    pushes.pushAll();
    ProcessInstance saThay = instanceOf("sa-thay", "2026-04", 202604031400L);
    // the first try and the retries after 1, 5 and 15 minutes (failed-job-retry-time-cycle), then an incident
    List<Integer> retriesLeft = new java.util.ArrayList<>();
    List<Date> retryAt = new java.util.ArrayList<>();
    for (Job job = pushJob(saThay); job.getRetries() > 0; job = pushJob(saThay)) {
      String id = job.getId();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("Ban Chỉ đạo tỉnh");
      retriesLeft.add(pushJob(saThay).getRetries());
      retryAt.add(pushJob(saThay).getDuedate());
      assertThat(retriesLeft).hasSizeLessThan(10);
    }
    assertThat(retriesLeft).containsExactly(3, 2, 1, 0);
    Date now = ClockUtil.getCurrentTime();
    assertThat(retryAt.subList(0, 3)).containsExactly(
        new Date(now.getTime() + 60_000), new Date(now.getTime() + 5 * 60_000), new Date(now.getTime() + 15 * 60_000));
    Incident incident = runtime.createIncidentQuery().processInstanceId(saThay.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("ServiceTask_PushSnapshot");
    assertThat(incident.getTenantId()).as("seen by Sa Thầy's supervisors in Cockpit").isEqualTo("sa-thay");
    assertThat(incident.getIncidentMessage())
        .isEqualTo("Hệ thống thông tin điều hành của Ban Chỉ đạo tỉnh đang gặp sự cố (HTTP 503). Hệ thống sẽ tự thử lại sau.");
    assertThat(dashboard.snapshots("sa-thay", "2026-04")).isEmpty();

    // the dashboard recovers; the supervisor clicks "Thử lại" in Cockpit and the job executor runs the job
    faults.set(NationalService.DASHBOARD, 0L, false);
    management.setJobRetries(incident.getConfiguration(), 1);
    management.executeJob(incident.getConfiguration());
    assertThat(runtime.createIncidentQuery().processInstanceId(saThay.getId()).count()).isZero();
    assertThat(saThay).isEnded();
    assertThat(dashboard.snapshots("sa-thay", "2026-04")).hasSize(1);

    // the answer lost on the way and the same snapshot sent again: the dashboard keeps one copy
    DashboardSnapshot sent = dashboard.snapshots("sa-thay", "2026-04").get(0);
    assertThat(client.push(sent).version()).isEqualTo(202604031400L);
    assertThat(dashboard.snapshots("sa-thay", "2026-04")).hasSize(1);
    // Kon Tum's push, not run while the dashboard was down, goes through once
    runJobs();
    assertThat(dashboard.snapshots("kon-tum", "2026-04")).hasSize(1);
  }

  @Test
  void theSimulatedDashboardLetsInOnlyKnownSystemsAndRefusesBadSnapshots() {
    String body = """
        {"communeId":"sa-thay","communeName":"Xã Sa Thầy","period":"2026-05","version":202605010900,"takenAt":"2026-05-01T02:00:00Z",
         "dossiers":{"received":1,"receivedOnline":1,"finished":0,"finishedOnTime":0,"finishedLate":0,"stopped":0,"inProgress":1,
           "nearDue":0,"overdue":0,"ratings":0},"plans":[]}
        """;
    HttpHeaders unknown = new HttpHeaders();
    unknown.setContentType(MediaType.APPLICATION_JSON);
    unknown.set("Idempotency-Key", "sa-thay:2026-05:202605010900");
    ResponseEntity<Map> refused = rest.exchange("/sim/dashboard/communes/sa-thay/snapshots", HttpMethod.POST, new HttpEntity<>(body, unknown), Map.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(401);

    HttpHeaders demo = new HttpHeaders(unknown);
    demo.set("X-Client-Id", "demo");
    demo.set("X-Client-Secret", "demo");
    ResponseEntity<Map> otherCommune = rest.exchange("/sim/dashboard/communes/kon-tum/snapshots", HttpMethod.POST, new HttpEntity<>(body, demo), Map.class);
    assertThat(otherCommune.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(otherCommune.getBody())).contains("Mã xã/phường trong nội dung khác mã xã/phường trên đường dẫn.");
    ResponseEntity<Map> badPeriod = rest.exchange("/sim/dashboard/communes/sa-thay/snapshots", HttpMethod.POST,
        new HttpEntity<>(body.replace("\"2026-05\"", "\"2026-13\""), demo), Map.class);
    assertThat(badPeriod.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(badPeriod.getBody())).contains("Kỳ báo cáo phải có dạng năm-tháng (yyyy-MM).");
    assertThat(dashboard.snapshots("sa-thay", "2026-05")).isEmpty();

    assertThat(rest.exchange("/sim/dashboard/communes/sa-thay/snapshots", HttpMethod.POST, new HttpEntity<>(body, demo), Map.class)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(rest.exchange("/sim/dashboard/communes/sa-thay/snapshots", HttpMethod.POST, new HttpEntity<>(body, demo), Map.class)
        .getStatusCode().value()).as("same key, same snapshot: the first answer").isEqualTo(200);
    ResponseEntity<Map> changed = rest.exchange("/sim/dashboard/communes/sa-thay/snapshots", HttpMethod.POST,
        new HttpEntity<>(body.replace("\"received\":1", "\"received\":2"), demo), Map.class);
    assertThat(changed.getStatusCode().value()).as("same key, another snapshot").isEqualTo(422);
    assertThat(dashboard.snapshots("sa-thay", "2026-05")).singleElement().satisfies(s -> assertThat(s.dossiers().received()).isEqualTo(1));
  }
}
