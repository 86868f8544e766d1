package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.commune.dossier.DossierTestSupport.at;
import static vn.gov.commune.dossier.DossierTestSupport.basic;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.support.IntegrationTest;

/**
 * The lists of the Cockpit page "Giám sát": GET /api/reports/dossiers/attention (overdue and near-due
 * open dossiers by procedure, step and holder, the most urgent one by one, the steps past their own
 * due date), GET /api/reports/plans, GET /api/reports/archives and the administrator's declared
 * archive total (PUT /api/admin/communes/{id}/archive-total). Each test builds a commune of its own,
 * so the other tests' dossiers, plans and archives do not count; the engine's holders come from a
 * small process (one review task) started for the dossiers' codes in that commune's tenant.
 */
@IntegrationTest
class SupervisionApiTest {

  static final String BIRTH = "1.001193";
  static final String MARRIAGE = "1.004873";
  static final String HOLDING = "supervision-test-holding";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired DossierRepository dossiers;
  @Autowired CommuneRepository communes;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  DossierTestSupport flow;
  String deploymentId;

  @BeforeEach
  void setUp() {
    flow = new DossierTestSupport(rest, management, taskService, identity);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    if (deploymentId != null) {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  private static Instant t(String local) {
    return OffsetDateTime.parse(local + "+07:00").toInstant();
  }

  private String newCommune() {
    String id = "gs-" + UUID.randomUUID().toString().substring(0, 8);
    Commune commune = new Commune(id, "Xã Giám Sát " + id.substring(3), "Tỉnh Quảng Ngãi", null);
    commune.addUnit("VHXH", "Phòng Văn hóa - Xã hội");
    communes.save(commune);
    return id;
  }

  private Dossier open(String commune, String procedure, String name, DossierStatus status, String received, String appointment) {
    Dossier d = new Dossier("GS-" + UUID.randomUUID().toString().substring(0, 23), procedure, 1, name, commune, commune, Channel.COUNTER,
        "PARTIAL_ONLINE", "062095001234", "Nguyễn Văn An", t(received).minusSeconds(600), "sathay.clerk", null);
    d.setReceivedAt(t(received));
    d.setAppointmentAt(t(appointment));
    d.moveTo(DossierStatus.PROCESSING);
    if (status != DossierStatus.PROCESSING) {
      d.moveTo(status);
    }
    return dossiers.save(d);
  }

  /** One review step "Thẩm định hồ sơ" for the dossier, in the commune's tenant, due at {@code due}; returns its instance. */
  private String holding(String commune, String code, String due) {
    if (deploymentId == null) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(HOLDING).camundaHistoryTimeToLive(1)
          .startEvent("StartEvent_Held")
          .userTask("Task_Review").name("Thẩm định hồ sơ").camundaCandidateGroups("specialist").camundaDueDate("${due}")
          .endEvent("EndEvent_Held")
          .done();
      deploymentId = repository.createDeployment().addModelInstance(HOLDING + ".bpmn", model).deploy().getId();
    }
    return runtime.startProcessInstanceByKey(HOLDING, code,
        Map.of("communeId", commune, "due", java.util.Date.from(t(due)))).getId();
  }

  private Task task(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> only(Map<String, Object> answer) {
    List<Map<String, Object>> list = (List<Map<String, Object>>) answer.get("communes");
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    return (List<Map<String, Object>>) map.get(key);
  }

  private Map<String, Object> get(String user, String url) {
    ResponseEntity<Map> answer = flow.get(user, url, Map.class);
    assertThat(answer.getStatusCode().value()).as(url + " " + answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }

  @Test
  void overdueAndNearDueDossiersAreListedByProcedureStepAndHolderWithTheInstanceToOpen() {
    String c = newCommune();
    at("2026-10-20T10:00:00+07:00"); // Tuesday; near due = due by the end of Wednesday 21/10
    // overdue since Friday, waiting at review for the specialists (nobody has claimed it); the step itself is overdue too
    Dossier reviewLate = open(c, BIRTH, "Đăng ký khai sinh", DossierStatus.PROCESSING, "2026-10-14T09:00:00", "2026-10-16T17:00:00");
    String reviewInstance = holding(c, reviewLate.getCode(), "2026-10-15T17:00:00");
    // due tomorrow, claimed by Trần Văn Minh; its step is not due yet
    Dossier claimed = open(c, MARRIAGE, "Đăng ký kết hôn", DossierStatus.PROCESSING, "2026-10-15T09:00:00", "2026-10-21T17:00:00");
    String claimedInstance = holding(c, claimed.getCode(), "2026-10-21T12:00:00");
    taskService.claim(task(claimedInstance).getId(), "sathay.specialist");
    // overdue, waiting for the citizen's supplement (no step held by anyone)
    Dossier supplement = open(c, MARRIAGE, "Đăng ký kết hôn", DossierStatus.SUPPLEMENT_REQUESTED, "2026-10-12T09:00:00", "2026-10-19T17:00:00");
    // not counted: due next week; processed late; withdrawn; overdue but in another commune
    open(c, BIRTH, "Đăng ký khai sinh", DossierStatus.PROCESSING, "2026-10-19T09:00:00", "2026-10-27T17:00:00");
    Dossier processed = open(c, BIRTH, "Đăng ký khai sinh", DossierStatus.PROCESSING, "2026-10-13T09:00:00", "2026-10-14T17:00:00");
    processed.setProcessedAt(t("2026-10-15T10:00:00"));
    processed.setResultType(Dossier.ResultType.APPROVED);
    processed.moveTo(DossierStatus.PROCESSED);
    dossiers.save(processed);
    Dossier withdrawn = open(c, BIRTH, "Đăng ký khai sinh", DossierStatus.PROCESSING, "2026-10-13T09:00:00", "2026-10-14T17:00:00");
    withdrawn.setStoppedAt(t("2026-10-14T10:00:00"));
    withdrawn.moveTo(DossierStatus.STOPPED);
    dossiers.save(withdrawn);
    String other = newCommune();
    Dossier elsewhere = open(other, BIRTH, "Đăng ký khai sinh", DossierStatus.PROCESSING, "2026-10-13T09:00:00", "2026-10-14T17:00:00");

    Map<String, Object> answer = get("demo", "/api/reports/dossiers/attention?communeId=" + c);
    assertThat(Instant.parse((String) answer.get("asOf"))).isEqualTo(t("2026-10-20T10:00:00"));
    assertThat(Instant.parse((String) answer.get("nearDueUntil"))).isEqualTo(t("2026-10-21T17:00:00"));
    Map<String, Object> commune = only(answer);
    assertThat(commune).containsEntry("communeId", c).containsEntry("overdue", 2).containsEntry("nearDue", 1)
        .containsEntry("moreDossiers", false).containsEntry("moreOverdueSteps", false);
    assertThat(list(commune, "byProcedure")).extracting(r -> r.get("key"), r -> r.get("label"), r -> r.get("overdue"), r -> r.get("nearDue"))
        .containsExactlyInAnyOrder(tuple(BIRTH, "Đăng ký khai sinh", 1, 0), tuple(MARRIAGE, "Đăng ký kết hôn", 1, 1));
    assertThat(list(commune, "byStep")).extracting(r -> r.get("key"), r -> r.get("label"), r -> r.get("overdue"), r -> r.get("nearDue"))
        .containsExactly(tuple("PROCESSING", "Đang xử lý", 1, 1),
            tuple("SUPPLEMENT_REQUESTED", DossierStatus.SUPPLEMENT_REQUESTED.label(), 1, 0));
    assertThat(list(commune, "byHolder")).extracting(r -> r.get("label"), r -> r.get("overdue"), r -> r.get("nearDue"))
        .containsExactlyInAnyOrder(tuple("Nhóm Chuyên viên", 1, 0), tuple("Chưa có người xử lý", 1, 0), tuple("Trần Văn Minh", 0, 1));
    // one by one, the most urgent first, each with the instance to open in Cockpit
    assertThat(list(commune, "dossiers"))
        .extracting(r -> r.get("code"), r -> r.get("step"), r -> r.get("holder"), r -> r.get("overdue"), r -> r.get("processInstanceId"))
        .containsExactly(
            tuple(reviewLate.getCode(), "Thẩm định hồ sơ", "Nhóm Chuyên viên", true, reviewInstance),
            tuple(supplement.getCode(), DossierStatus.SUPPLEMENT_REQUESTED.label(), "Chưa có người xử lý", true, null),
            tuple(claimed.getCode(), "Thẩm định hồ sơ", "Trần Văn Minh", false, claimedInstance));
    assertThat(list(commune, "dossiers").get(0)).containsEntry("procedureName", "Đăng ký khai sinh").containsEntry("statusLabel", "Đang xử lý");
    assertThat(Instant.parse((String) list(commune, "dossiers").get(0).get("dueAt"))).isEqualTo(t("2026-10-16T17:00:00"));
    assertThat(answer.toString()).doesNotContain(elsewhere.getCode());
    // the steps past their own due date: only the unclaimed review (the claimed one is due tomorrow)
    assertThat(list(commune, "overdueSteps")).singleElement().satisfies(s -> {
      assertThat(s).containsEntry("step", "Thẩm định hồ sơ").containsEntry("holder", "Nhóm Chuyên viên").containsEntry("tasks", 1)
          .containsEntry("processInstanceId", reviewInstance);
      assertThat(Instant.parse((String) s.get("oldestDue"))).isEqualTo(t("2026-10-15T17:00:00"));
    });
    // the same definitions as the dossier report of the period
    Map<String, Object> report = get("demo", "/api/reports/dossiers?communeId=" + c + "&from=2026-10-01&to=2026-10-31");
    assertThat(report).containsEntry("overdue", 2).containsEntry("nearDue", 1);

    // a shorter list: the most urgent one only, the counts unchanged
    Map<String, Object> first = only(get("demo", "/api/reports/dossiers/attention?communeId=" + c + "&limit=1"));
    assertThat(list(first, "dossiers")).extracting(r -> r.get("code")).containsExactly(reviewLate.getCode());
    assertThat(first).containsEntry("moreDossiers", true).containsEntry("overdue", 2).containsEntry("nearDue", 1);

    // the province (an administrator, no commune): every commune in one answer, each as asked alone
    for (String limit : List.of("", "&limit=1")) {
      Map<String, Object> province = get("demo", "/api/reports/dossiers/attention?" + limit);
      for (String id : List.of(c, other)) {
        Map<String, Object> alone = only(get("demo", "/api/reports/dossiers/attention?communeId=" + id + limit));
        assertThat(list(province, "communes")).filteredOn(x -> id.equals(x.get("communeId"))).as(id + limit).singleElement()
            .isEqualTo(alone);
      }
    }

    // a day later the claimed one is overdue too, and its step
    at("2026-10-22T09:00:00+07:00");
    Map<String, Object> later = only(get("demo", "/api/reports/dossiers/attention?communeId=" + c));
    assertThat(later).containsEntry("overdue", 3);
    assertThat(list(later, "overdueSteps")).extracting(s -> s.get("holder"), s -> s.get("tasks"))
        .containsExactly(tuple("Nhóm Chuyên viên", 1), tuple("Trần Văn Minh", 1));
  }

  @Test
  void eachCommuneSeesOnlyItsOwnAndTheAdministratorSeesEveryCommuneSideBySide() {
    String base = "/api/reports/dossiers/attention";
    Map<String, Object> own = get("sathay.supervisor", base);
    assertThat(list(own, "communes")).extracting(c -> c.get("communeId")).containsExactly("sa-thay");
    assertThat(get("sathay.leader", base + "?communeId=sa-thay")).isNotNull();
    Map<String, Object> all = get("demo", base);
    assertThat(list(all, "communes")).extracting(c -> c.get("communeId")).contains("sa-thay", "kon-tum");
    assertThat(list(get("demo", "/api/reports/plans"), "communes")).extracting(c -> c.get("communeId")).contains("sa-thay", "kon-tum");
    assertThat(list(get("demo", "/api/reports/archives"), "communes")).extracting(c -> c.get("communeId")).contains("sa-thay", "kon-tum");
    assertThat(list(get("demo", "/api/reports/failed-jobs"), "communes")).extracting(c -> c.get("communeId")).contains("sa-thay", "kon-tum");
    assertThat(list(get("sathay.leader", "/api/reports/failed-jobs"), "communes")).extracting(c -> c.get("communeId")).containsExactly("sa-thay");

    for (String path : List.of(base, "/api/reports/plans", "/api/reports/archives", "/api/reports/failed-jobs")) {
      ResponseEntity<Map> other = flow.get("sathay.supervisor", path + "?communeId=kon-tum", Map.class);
      assertThat(other.getStatusCode().value()).as(path).isEqualTo(403);
      assertThat((String) other.getBody().get("detail")).isEqualTo("Bạn không có quyền truy cập dữ liệu của xã/phường này.");
      ResponseEntity<Map> clerk = flow.get("sathay.clerk", path, Map.class);
      assertThat(clerk.getStatusCode().value()).as(path).isEqualTo(403);
      assertThat((String) clerk.getBody().get("detail")).isEqualTo("Chỉ cán bộ giám sát, lãnh đạo hoặc quản trị viên được xem báo cáo.");
      assertThat(flow.get(null, path, Map.class).getStatusCode().value()).as(path).isEqualTo(401);
      ResponseEntity<Map> unknown = flow.get("demo", path + "?communeId=khong-co", Map.class);
      assertThat(unknown.getStatusCode().value()).as(path).isEqualTo(404);
      assertThat((String) unknown.getBody().get("detail")).isEqualTo("Không có xã/phường 'khong-co'.");
    }
    for (String limit : List.of("0", "201", "abc", "-3")) {
      ResponseEntity<Map> bad = flow.get("sathay.supervisor", base + "?limit=" + limit, Map.class);
      assertThat(bad.getStatusCode().value()).as(limit).isEqualTo(400);
      assertThat((String) bad.getBody().get("detail"))
          .isEqualTo("Số hồ sơ hiển thị (tham số limit) phải là số nguyên từ 1 đến 200, nhận được \"" + limit + "\".");
      ResponseEntity<Map> badJobs = flow.get("sathay.supervisor", "/api/reports/failed-jobs?limit=" + limit, Map.class);
      assertThat(badJobs.getStatusCode().value()).as(limit).isEqualTo(400);
      assertThat((String) badJobs.getBody().get("detail"))
          .isEqualTo("Số việc hiển thị (tham số limit) phải là số nguyên từ 1 đến 200, nhận được \"" + limit + "\".");
    }
  }

  private long plan(String commune, String number) {
    vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "INSERT INTO work_plan (commune_id, created_at, created_by, monthly_due_day, number, row_version, status, title, issued_on)"
            + " VALUES (?, ?, 'sathay.steering', 13, ?, 0, 'ISSUED', ?, ?)",
        commune, Timestamp.from(t("2026-03-02T08:00:00")), number, "Kế hoạch chuyển đổi số năm 2026", Date.valueOf("2026-03-02"));
    return jdbc.queryForObject("SELECT id FROM work_plan WHERE commune_id = ? AND number = ?", Long.class, commune, number);
  }

  private void planTask(long plan, String code, String status, String deadline, String unit, String officer, String indicator, Double target) {
    vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "INSERT INTO work_plan_task (code, content, deadline, late_periods, lead_unit_code, lead_unit_text, officer_id, recurring,"
            + " row_version, status, plan_id, indicator, indicator_target) VALUES (?, ?, ?, 0, ?, ?, ?, FALSE, 0, ?, ?, ?, ?)",
        code, "Nhiệm vụ " + code, deadline == null ? null : Date.valueOf(deadline), unit, unit == null ? "Công an xã" : null, officer,
        status, plan, indicator, target);
  }

  @Test
  void plansShowTasksByTheFiveStatusesTheOverdueOnesWithUnitAndOfficerAndTheIndicators() {
    String c = newCommune();
    at("2026-10-20T10:00:00+07:00");
    long plan = plan(c, "77/KH-UBND");
    planTask(plan, "1", "HOAN_THANH_DUNG_HAN", "2026-09-30", "VHXH", "sathay.specialist", null, null);
    planTask(plan, "2", "HOAN_THANH_QUA_HAN", "2026-09-30", "VHXH", "sathay.specialist", null, null);
    // marked overdue by the escalation timer
    planTask(plan, "3", "DANG_THUC_HIEN_QUA_HAN", "2026-10-10", "VHXH", "sathay.specialist", null, null);
    // still "in time" in the table, but its deadline (Friday 16/10) has passed: overdue now
    planTask(plan, "4", "DANG_THUC_HIEN_TRONG_HAN", "2026-10-16", null, "sathay.unithead", null, null);
    planTask(plan, "5", "DANG_THUC_HIEN_TRONG_HAN", "2026-10-30", "VHXH", "sathay.specialist", "ON_TIME_SHARE", 80.0);
    planTask(plan, "6", "CHUA_THUC_HIEN", "2026-11-30", "VHXH", null, null, null);
    // not yet assigned and past its deadline: not started, not counted overdue (nobody holds it yet)
    planTask(plan, "7", "CHUA_THUC_HIEN", "2026-10-01", "VHXH", null, "FULLY_ONLINE_SHARE", null);
    // one finished dossier, on time: ON_TIME_SHARE 100%
    Dossier done = open(c, BIRTH, "Đăng ký khai sinh", DossierStatus.PROCESSING, "2026-10-05T09:00:00", "2026-10-05T17:00:00");
    done.setProcessedAt(t("2026-10-05T15:00:00"));
    done.setResultType(Dossier.ResultType.APPROVED);
    done.moveTo(DossierStatus.PROCESSED);
    dossiers.save(done);

    Map<String, Object> commune = only(get("demo", "/api/reports/plans?communeId=" + c));
    Map<String, Object> summary = list(commune, "plans").get(0);
    assertThat(list(commune, "plans")).hasSize(1);
    assertThat(summary).containsEntry("number", "77/KH-UBND").containsEntry("statusLabel", "Đã ban hành").containsEntry("tasks", 7);
    assertThat(list(summary, "byStatus")).extracting(s -> s.get("label"), s -> s.get("tasks")).containsExactly(
        tuple("Chưa thực hiện", 2), tuple("Đang thực hiện trong hạn", 1), tuple("Đang thực hiện quá hạn", 2),
        tuple("Hoàn thành đúng hạn", 1), tuple("Hoàn thành quá hạn", 1));
    assertThat(list(summary, "overdueTasks")).extracting(o -> o.get("code"), o -> o.get("leadUnit"), o -> o.get("officer"), o -> o.get("deadline"))
        .containsExactly(tuple("3", "Phòng Văn hóa - Xã hội", "Trần Văn Minh", "2026-10-10"),
            tuple("4", "Công an xã", "Phạm Thị Hương", "2026-10-16"));
    assertThat(list(summary, "indicators")).extracting(i -> i.get("code"), i -> i.get("label"), i -> i.get("target"), i -> i.get("value"), i -> i.get("met"))
        .containsExactly(tuple("5", "Tỷ lệ hồ sơ giải quyết đúng hạn", 80.0, 100.0, true),
            tuple("7", "Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến", null, 0.0, null));
  }

  private ResponseEntity<Map> putTotal(String user, String commune, String json) {
    HttpHeaders headers = basic(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/api/admin/communes/" + commune + "/archive-total", HttpMethod.PUT, new HttpEntity<>(json, headers), Map.class);
  }

  @Test
  void archivesDigitisedAreShownAgainstTheDeclaredTotalAndTheThirtyPercentTarget() {
    String c = newCommune();
    Map<String, Object> none = only(get("demo", "/api/reports/archives?communeId=" + c));
    assertThat(none).containsEntry("collections", 0).containsEntry("digitised", 0).containsEntry("declaredTotal", null)
        .containsEntry("share", null).containsEntry("met", null).containsEntry("target", 0.3);
    for (String[] run : new String[][] {{"a", "1200", "1100", "40"}, {"b", "900", "700", "10"}}) {
      vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "INSERT INTO dg_collection (commune_id, done_files, folder, name, rate, refused_files, skipped_files, status, total_files)"
              + " VALUES (?, ?, ?, ?, 0, ?, 0, 'DONE', ?)",
          c, Integer.valueOf(run[2]), "/srv/archives/" + c + "/" + run[0], c + "-" + run[0], Integer.valueOf(run[3]), Integer.valueOf(run[1]));
    }
    Map<String, Object> undeclared = only(get("demo", "/api/reports/archives?communeId=" + c));
    assertThat(undeclared).containsEntry("collections", 2).containsEntry("filesFound", 2100).containsEntry("digitised", 1800)
        .containsEntry("refused", 50).containsEntry("declaredTotal", null).containsEntry("share", null);

    // only an administrator declares the total; bad totals change nothing
    ResponseEntity<Map> supervisor = putTotal("sathay.supervisor", c, "{\"declaredTotal\": 5000}");
    assertThat(supervisor.getStatusCode().value()).isEqualTo(403);
    assertThat((String) supervisor.getBody().get("detail")).isEqualTo("Chỉ quản trị viên hệ thống được thực hiện thao tác này.");
    for (String bad : List.of("{\"declaredTotal\": 0}", "{\"declaredTotal\": -5}", "{\"declaredTotal\": 100000001}")) {
      ResponseEntity<Map> answer = putTotal("demo", c, bad);
      assertThat(answer.getStatusCode().value()).as(bad).isEqualTo(400);
      assertThat((String) answer.getBody().get("detail")).as(bad).startsWith("Tổng số hồ sơ, tài liệu lưu trữ phải từ 1 đến 100000000");
    }
    ResponseEntity<Map> missing = putTotal("demo", c, "{}");
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat((String) missing.getBody().get("detail")).startsWith("Nhập tổng số hồ sơ, tài liệu lưu trữ");
    assertThat(putTotal("demo", c, "{\"declaredTotal\": \"nhiều\"}").getStatusCode().value()).isEqualTo(400);
    assertThat(putTotal("demo", "khong-co", "{\"declaredTotal\": 10}").getStatusCode().value()).isEqualTo(404);
    assertThat(communes.findById(c).orElseThrow().getArchiveDeclaredTotal()).isNull();

    ResponseEntity<Map> set = putTotal("demo", c, "{\"declaredTotal\": 5000}");
    assertThat(set.getStatusCode().value()).isEqualTo(200);
    assertThat(set.getBody()).containsEntry("communeId", c).containsEntry("declaredTotal", 5000);
    assertThat(only(get("demo", "/api/reports/archives?communeId=" + c))).containsEntry("declaredTotal", 5000)
        .containsEntry("share", 0.36).containsEntry("met", true);
    putTotal("demo", c, "{\"declaredTotal\": 7000}");
    assertThat(only(get("demo", "/api/reports/archives?communeId=" + c))).containsEntry("share", 0.2571).containsEntry("met", false);
  }
}
