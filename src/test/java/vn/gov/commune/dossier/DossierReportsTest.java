package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.commune.dossier.DossierTestSupport.vars;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.plan.Indicator;
import vn.gov.commune.plan.IndicatorService;
import vn.gov.commune.simulator.SimulatorFaults;
import vn.gov.commune.support.IntegrationTest;

/**
 * The dossier report (GET /api/reports/dossiers and .xlsx) and the corrected measures: on time
 * against the first appointment (an apology does not make a late dossier on time), electronic result
 * = signed result delivered to the citizen's data store, ratings online and recorded at the counter.
 *
 * <p>{@link #everyFigureCountsTheRightDossiers} builds the dossiers of a commune of its own directly
 * (each kind: on time, late, apologised, withdrawn, refused, open, overdue, near due, carried over
 * from the previous month, online and counter, reused data, electronic and paper result, rated), so
 * every number is known; {@link #dossiersRunThroughTheProcessAreCountedAsTheyHappened} runs real
 * dossiers of Sa Thầy through the processes with time travel (November 2026, a month no other test
 * uses) and checks what the steps record and the figures of the period.
 */
@IntegrationTest
class DossierReportsTest {

  static final String BIRTH = "1.001193"; // same day, free, fully online
  static final String BIRTH_BUNDLE = "LT-KS-TT-BHYT"; // 3 working days, liên thông
  static final String MARRIAGE = "1.004873";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired ComponentRepository components;
  @Autowired HistoryRepository historyEntries;
  @Autowired IndicatorService indicators;
  @Autowired SimulatorFaults faults;
  @Autowired PlatformTransactionManager transactions;

  DossierTestSupport flow;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    flow = new DossierTestSupport(rest, management, taskService, identity);
  }

  @AfterEach
  void tearDown() {
    faults.reset();
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  private static Instant t(String local) {
    return OffsetDateTime.parse(local + "+07:00").toInstant();
  }

  // --- dossiers built directly ---------------------------------------------------------------

  private Dossier made(String commune, String procedure, String name, Channel channel, String level, String received, String appointment) {
    Dossier d = new Dossier("RPT-" + UUID.randomUUID().toString().substring(0, 23), procedure, 1, name, commune, commune, channel, level,
        "062095001234", "Nguyễn Văn An", t(received).minusSeconds(600), "portal", null);
    d.setReceivedAt(t(received));
    d.setAppointmentAt(t(appointment));
    d.moveTo(DossierStatus.PROCESSING);
    return d;
  }

  private static void finish(Dossier d, String processed, Dossier.ResultType result, String delivered) {
    d.setProcessedAt(t(processed));
    d.setResultType(result);
    d.setResultSignatureId("CK-" + d.getCode());
    if (delivered != null) {
      d.setResultDeliveredAt(t(delivered));
    }
    d.setReturnedAt(t(processed));
    d.moveTo(DossierStatus.RESULT_RETURNED);
  }

  private static void rate(Dossier d, int level, Channel channel, String when) {
    d.setRating(level);
    d.setRatingChannel(channel);
    d.setRatedAt(t(when));
  }

  private static void apologise(Dossier d, String newAppointment) {
    d.setOriginalAppointmentAt(d.getAppointmentAt());
    d.setAppointmentAt(t(newAppointment));
    d.setApologyIssuedAt(d.getOriginalAppointmentAt().minusSeconds(3600));
  }

  @Test
  void everyFigureCountsTheRightDossiers() throws Exception {
    String c = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
    String khaiSinh = "Đăng ký khai sinh";
    String ketHon = "Đăng ký kết hôn";
    // 1 online, fully online, on time, delivered electronically, a component from the national database, rated 3 online
    Dossier onTime = made(c, BIRTH, khaiSinh, Channel.ONLINE, "FULL_ONLINE", "2026-10-05T09:00:00", "2026-10-05T17:00:00");
    finish(onTime, "2026-10-05T15:00:00", Dossier.ResultType.APPROVED, "2026-10-05T15:01:00");
    rate(onTime, 3, Channel.ONLINE, "2026-10-06T08:00:00");
    // 2 counter, late, result on paper only (never delivered electronically), scanned component, rated 1 at the counter
    Dossier late = made(c, BIRTH, khaiSinh, Channel.COUNTER, "PARTIAL_ONLINE", "2026-10-06T09:00:00", "2026-10-07T17:00:00");
    finish(late, "2026-10-08T10:00:00", Dossier.ResultType.APPROVED, null);
    rate(late, 1, Channel.COUNTER, "2026-10-09T08:00:00");
    // 3 online, apologised: finished before the apology's new date but after the first appointment: late; rated 2
    Dossier apologised = made(c, MARRIAGE, ketHon, Channel.ONLINE, "PARTIAL_ONLINE", "2026-10-07T09:00:00", "2026-10-09T17:00:00");
    apologise(apologised, "2026-10-14T17:00:00");
    finish(apologised, "2026-10-13T10:00:00", Dossier.ResultType.APPROVED, "2026-10-13T10:01:00");
    rate(apologised, 2, Channel.ONLINE, "2026-10-14T09:00:00");
    // 4 online, fully online, withdrawn; a document linked from the citizen's data store
    Dossier withdrawn = made(c, MARRIAGE, ketHon, Channel.ONLINE, "FULL_ONLINE", "2026-10-08T09:00:00", "2026-10-12T17:00:00");
    withdrawn.setStoppedAt(t("2026-10-09T09:00:00"));
    withdrawn.moveTo(DossierStatus.STOPPED);
    // 5 counter, refused on time (no result to deliver)
    Dossier refused = made(c, BIRTH, khaiSinh, Channel.COUNTER, "PARTIAL_ONLINE", "2026-10-12T09:00:00", "2026-10-12T17:00:00");
    finish(refused, "2026-10-12T16:00:00", Dossier.ResultType.REFUSED, null);
    // 6 counter, open and overdue; 7 online, open, due tomorrow; 8 online, open, due next week
    Dossier overdue = made(c, MARRIAGE, ketHon, Channel.COUNTER, "PARTIAL_ONLINE", "2026-10-13T09:00:00", "2026-10-16T17:00:00");
    Dossier nearDue = made(c, MARRIAGE, ketHon, Channel.ONLINE, "PARTIAL_ONLINE", "2026-10-15T09:00:00", "2026-10-21T17:00:00");
    Dossier notDue = made(c, BIRTH, khaiSinh, Channel.ONLINE, "PARTIAL_ONLINE", "2026-10-19T09:00:00", "2026-10-27T17:00:00");
    // 9 online, open, apologised with a date next week: past its first appointment, so overdue
    Dossier apologisedOpen = made(c, MARRIAGE, ketHon, Channel.ONLINE, "PARTIAL_ONLINE", "2026-10-12T09:00:00", "2026-10-15T17:00:00");
    apologise(apologisedOpen, "2026-10-30T17:00:00");
    // 10 received in September, finished late in October, delivered electronically
    Dossier carried = made(c, BIRTH, khaiSinh, Channel.COUNTER, "PARTIAL_ONLINE", "2026-09-28T09:00:00", "2026-09-30T17:00:00");
    finish(carried, "2026-10-02T10:00:00", Dossier.ResultType.APPROVED, "2026-10-02T10:01:00");
    // 11 submitted, never received: counts nowhere
    Dossier notReceived = new Dossier("RPT-" + UUID.randomUUID().toString().substring(0, 23), BIRTH, 1, khaiSinh, c, c, Channel.ONLINE,
        "FULL_ONLINE", "062095001234", "Nguyễn Văn An", t("2026-10-10T09:00:00"), "portal", null);
    dossiers.saveAll(List.of(onTime, late, apologised, withdrawn, refused, overdue, nearDue, notDue, apologisedOpen, carried, notReceived));
    components.save(new DossierComponent(onTime.getCode(), "NOI_CU_TRU", "Giấy tờ chứng minh nơi cư trú", DossierComponent.Source.NATIONAL_DATA, "he-thong", t("2026-10-05T09:00:00")));
    components.save(new DossierComponent(withdrawn.getCode(), "GIAY_KHAI_SINH", "Giấy khai sinh", DossierComponent.Source.DATA_STORE, "he-thong", t("2026-10-08T09:00:00")));
    components.save(new DossierComponent(late.getCode(), "TO_KHAI", "Tờ khai", DossierComponent.Source.SCANNED, "sathay.clerk", t("2026-10-06T09:00:00")));

    at("2026-10-20T10:00:00+07:00"); // Tuesday: the period is not over, the open dossiers are counted now
    Map<String, Object> report = report("demo", "?communeId=" + c + "&from=2026-10-01&to=2026-10-31");
    assertThat(report).containsEntry("communeId", c).containsEntry("from", "2026-10-01").containsEntry("to", "2026-10-31");
    assertThat(Instant.parse((String) report.get("asOf"))).isEqualTo(t("2026-10-20T10:00:00"));
    assertThat(numbers(report)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("received", 9.0), Map.entry("receivedOnline", 6.0), Map.entry("finished", 5.0), Map.entry("finishedOnTime", 2.0),
        Map.entry("finishedLate", 3.0), Map.entry("stopped", 1.0), Map.entry("inProgress", 4.0), Map.entry("nearDue", 1.0),
        Map.entry("overdue", 2.0), Map.entry("onTimeShare", 0.4), Map.entry("onlineShare", 0.6667), Map.entry("fullyOnlineShare", 0.2222),
        Map.entry("electronicResultShare", 0.75), Map.entry("reuseShare", 0.2222)));
    assertThat(satisfaction(report)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "ratings", 3.0, "average", 2.0, "online", 2.0, "atCounter", 1.0, "verySatisfied", 1.0, "satisfied", 1.0, "dissatisfied", 1.0));

    List<Map<String, Object>> byProcedure = list(report, "byProcedure");
    assertThat(byProcedure).extracting(p -> p.get("procedureCode")).containsExactly(BIRTH, MARRIAGE);
    assertThat(byProcedure.get(0)).containsEntry("communeId", c).containsEntry("procedureName", khaiSinh);
    assertThat(numbers(byProcedure.get(0))).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("received", 4.0), Map.entry("receivedOnline", 2.0), Map.entry("finished", 4.0), Map.entry("finishedOnTime", 2.0),
        Map.entry("finishedLate", 2.0), Map.entry("stopped", 0.0), Map.entry("inProgress", 1.0), Map.entry("nearDue", 0.0),
        Map.entry("overdue", 0.0), Map.entry("onTimeShare", 0.5), Map.entry("onlineShare", 0.5), Map.entry("fullyOnlineShare", 0.25),
        Map.entry("electronicResultShare", 0.6667), Map.entry("reuseShare", 0.25)));
    assertThat(satisfaction(byProcedure.get(0))).containsEntry("ratings", 2.0).containsEntry("average", 2.0).containsEntry("atCounter", 1.0);
    assertThat(numbers(byProcedure.get(1))).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("received", 5.0), Map.entry("receivedOnline", 4.0), Map.entry("finished", 1.0), Map.entry("finishedOnTime", 0.0),
        Map.entry("finishedLate", 1.0), Map.entry("stopped", 1.0), Map.entry("inProgress", 3.0), Map.entry("nearDue", 1.0),
        Map.entry("overdue", 2.0), Map.entry("onTimeShare", 0.0), Map.entry("onlineShare", 0.8), Map.entry("fullyOnlineShare", 0.2),
        Map.entry("electronicResultShare", 1.0), Map.entry("reuseShare", 0.2)));
    assertThat(list(report, "byStep")).singleElement().satisfies(step -> assertThat(step)
        .containsEntry("communeId", c).containsEntry("status", "PROCESSING").containsEntry("statusCode", 4)
        .containsEntry("label", "Đang xử lý").containsEntry("dossiers", 4).containsEntry("overdue", 2));

    // September: one dossier received; at the month's end it was open and past its appointment
    Map<String, Object> september = report("demo", "?communeId=" + c + "&from=2026-09-01&to=2026-09-30");
    assertThat(numbers(september)).containsEntry("received", 1.0).containsEntry("finished", 0.0).containsEntry("inProgress", 1.0)
        .containsEntry("overdue", 1.0).containsEntry("nearDue", 0.0);
    assertThat(september.get("onTimeShare")).as("nothing finished: no share").isNull();
    assertThat(september.get("electronicResultShare")).isNull();
    assertThat(satisfaction(september)).containsEntry("ratings", 0.0);
    assertThat(((Map<?, ?>) september.get("satisfaction")).get("average")).isNull();

    // the plan indicators use the same definitions (all time, in percent)
    assertThat(indicators.value(Indicator.ON_TIME_SHARE, c)).isEqualTo(40.0);
    assertThat(indicators.value(Indicator.ELECTRONIC_RESULT_SHARE, c)).isEqualTo(75.0);
    assertThat(indicators.value(Indicator.FULLY_ONLINE_SHARE, c)).isEqualTo(20.0);
    assertThat(indicators.value(Indicator.DATA_REUSE_SHARE, c)).isEqualTo(20.0);

    // the workbook: one sheet for the commune, one row per procedure and the total, Vietnamese headers
    try (XSSFWorkbook workbook = workbook("demo", "?communeId=" + c + "&from=2026-10-01&to=2026-10-31")) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo(c);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026");
      assertThat(cells(sheet.getRow(4))).containsExactly("STT", "Mã thủ tục", "Tên thủ tục hành chính", "Số hồ sơ tiếp nhận",
          "Trong đó: trực tuyến", "Số hồ sơ đã giải quyết", "Giải quyết đúng hạn", "Giải quyết quá hạn", "Đang giải quyết",
          "Đang giải quyết: sắp đến hạn", "Đang giải quyết: quá hạn", "Dừng xử lý, rút hồ sơ", "Tỷ lệ đúng hạn", "Tỷ lệ hồ sơ trực tuyến",
          "Tỷ lệ hồ sơ trực tuyến toàn trình", "Tỷ lệ trả kết quả điện tử", "Tỷ lệ tái sử dụng dữ liệu", "Số lượt đánh giá",
          "Mức hài lòng bình quân (1–3)");
      assertThat(cells(sheet.getRow(5))).containsExactly("1", BIRTH, khaiSinh, "4", "2", "4", "2", "2", "1", "0", "0", "0",
          "0.5", "0.5", "0.25", "0.6667", "0.25", "2", "2.0");
      assertThat(cells(sheet.getRow(6))).containsExactly("2", MARRIAGE, ketHon, "5", "4", "1", "0", "1", "3", "1", "2", "1",
          "0.0", "0.8", "0.2", "1.0", "0.2", "1", "2.0");
      assertThat(cells(sheet.getRow(7))).containsExactly("", "", "Tổng cộng", "9", "6", "5", "2", "3", "4", "1", "2", "1",
          "0.4", "0.6667", "0.2222", "0.75", "0.2222", "3", "2.0");
      assertThat(sheet.getRow(8)).isNull();
    }
    // the province's workbook (administrator, no commune): a sheet for each commune, this one among them
    // with the same rows as its own workbook
    try (XSSFWorkbook workbook = workbook("demo", "?from=2026-10-01&to=2026-10-31")) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).contains(c).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
      Sheet sheet = workbook.getSheet(c);
      assertThat(cells(sheet.getRow(5))).containsExactly("1", BIRTH, khaiSinh, "4", "2", "4", "2", "2", "1", "0", "0", "0",
          "0.5", "0.5", "0.25", "0.6667", "0.25", "2", "2.0");
      assertThat(cells(sheet.getRow(7))).containsExactly("", "", "Tổng cộng", "9", "6", "5", "2", "3", "4", "1", "2", "1",
          "0.4", "0.6667", "0.2222", "0.75", "0.2222", "3", "2.0");
    }
    // the province's figures (its queries run side by side): this commune's rows as in its own report
    assertThat(list(report("demo", "?from=2026-10-01&to=2026-10-31"), "byProcedure"))
        .filteredOn(row -> c.equals(row.get("communeId")))
        .containsExactlyElementsOf(byProcedure);
  }

  @Test
  void aProcedureWhoseDossiersCarryTwoNamesIsOneRowUnderTheGreaterName() {
    String c = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
    // a dossier keeps the procedure's name as filed: the same procedure under two names (e.g. two versions)
    Dossier first = made(c, BIRTH, "Đăng ký khai sinh", Channel.ONLINE, "FULL_ONLINE", "2026-10-05T09:00:00", "2026-10-05T17:00:00");
    finish(first, "2026-10-05T15:00:00", Dossier.ResultType.APPROVED, null);
    Dossier second = made(c, BIRTH, "Đăng ký khai sinh lưu động", Channel.COUNTER, "PARTIAL_ONLINE", "2026-10-06T09:00:00",
        "2026-10-08T17:00:00");
    // received in September, finished in October: its row first appears among the finished
    Dossier carried = made(c, MARRIAGE, "Đăng ký kết hôn", Channel.COUNTER, "PARTIAL_ONLINE", "2026-09-28T09:00:00", "2026-09-30T17:00:00");
    finish(carried, "2026-10-02T10:00:00", Dossier.ResultType.APPROVED, null);
    dossiers.saveAll(List.of(first, second, carried));

    at("2026-10-20T10:00:00+07:00");
    List<Map<String, Object>> byProcedure = list(report("demo", "?communeId=" + c + "&from=2026-10-01&to=2026-10-31"), "byProcedure");
    assertThat(byProcedure).extracting(p -> p.get("procedureCode"), p -> p.get("procedureName"))
        .containsExactly(tuple(BIRTH, "Đăng ký khai sinh lưu động"), tuple(MARRIAGE, "Đăng ký kết hôn"));
    assertThat(numbers(byProcedure.get(0))).containsEntry("received", 2.0).containsEntry("receivedOnline", 1.0)
        .containsEntry("finished", 1.0).containsEntry("inProgress", 1.0).containsEntry("overdue", 1.0);
    assertThat(numbers(byProcedure.get(1))).containsEntry("received", 0.0).containsEntry("finished", 1.0).containsEntry("finishedOnTime", 0.0);
  }

  @Test
  void aDossierCountsAsReusedExactlyWhileOneOfItsComponentsComesFromNationalDataOrTheDataStore() {
    String c = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
    Dossier fetched = made(c, BIRTH, "Đăng ký khai sinh", Channel.ONLINE, "FULL_ONLINE", "2026-10-05T09:00:00", "2026-10-07T17:00:00");
    Dossier linked = made(c, BIRTH, "Đăng ký khai sinh", Channel.ONLINE, "FULL_ONLINE", "2026-10-06T09:00:00", "2026-10-08T17:00:00");
    Dossier handedIn = made(c, BIRTH, "Đăng ký khai sinh", Channel.COUNTER, "PARTIAL_ONLINE", "2026-10-06T10:00:00", "2026-10-08T17:00:00");
    Dossier changedInOneGo = made(c, BIRTH, "Đăng ký khai sinh", Channel.COUNTER, "PARTIAL_ONLINE", "2026-10-07T10:00:00", "2026-10-09T17:00:00");
    dossiers.saveAll(List.of(fetched, linked, handedIn, changedInOneGo));
    Instant when = t("2026-10-05T09:00:00");
    DossierComponent residence = components.save(new DossierComponent(fetched.getCode(), "NOI_CU_TRU", "Giấy tờ chứng minh nơi cư trú",
        DossierComponent.Source.NATIONAL_DATA, "he-thong", when));
    components.save(new DossierComponent(fetched.getCode(), "CCCD", "Căn cước", DossierComponent.Source.NATIONAL_DATA, "he-thong", when));
    DossierComponent birth = components.save(new DossierComponent(linked.getCode(), "GIAY_KHAI_SINH", "Giấy khai sinh",
        DossierComponent.Source.DATA_STORE, "he-thong", when));
    components.save(new DossierComponent(handedIn.getCode(), "TO_KHAI", "Tờ khai", DossierComponent.Source.PAPER, "sathay.clerk", when));
    // a component saved as national data, then (the national database could not give it) as paper, in one transaction
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      DossierComponent component = components.save(new DossierComponent(changedInOneGo.getCode(), "NOI_CU_TRU", "Nơi cư trú",
          DossierComponent.Source.NATIONAL_DATA, "he-thong", when));
      component.expectFrom(DossierComponent.Source.PAPER, "he-thong", when);
      components.save(component);
    });
    at("2026-10-20T10:00:00+07:00");
    String query = "?communeId=" + c + "&from=2026-10-01&to=2026-10-31";
    assertThat(numbers(report("demo", query))).containsEntry("received", 4.0).containsEntry("reuseShare", 0.5);

    // one of two national-data components now expected on paper: still reused; the other too: not any more
    DossierComponent reloaded = components.findById(residence.getId()).orElseThrow();
    reloaded.expectFrom(DossierComponent.Source.PAPER, "he-thong", when);
    components.save(reloaded);
    assertThat(numbers(report("demo", query))).containsEntry("reuseShare", 0.5);
    DossierComponent other = components.findByDossierCodeOrderById(fetched.getCode()).stream()
        .filter(k -> k.getComponentCode().equals("CCCD")).findFirst().orElseThrow();
    other.expectFrom(DossierComponent.Source.PAPER, "he-thong", when);
    components.save(other);
    assertThat(numbers(report("demo", query))).containsEntry("reuseShare", 0.25);
    // the data-store document removed: nothing reused; the paper one scanned from the data store again: reused
    components.delete(components.findById(birth.getId()).orElseThrow());
    assertThat(numbers(report("demo", query))).containsEntry("reuseShare", 0.0);
    DossierComponent paper = components.findByDossierCodeOrderById(handedIn.getCode()).get(0);
    paper.expectFrom(DossierComponent.Source.DATA_STORE, "he-thong", when);
    components.save(paper);
    assertThat(numbers(report("demo", query))).containsEntry("reuseShare", 0.25);
    assertThat(dossiers.findByCode(handedIn.getCode()).orElseThrow().isReused()).isTrue();
    assertThat(dossiers.findByCode(fetched.getCode()).orElseThrow().isReused()).isFalse();
  }

  @Test
  void onlyStaffWhoWatchTheCommuneGetItsReportAndBadPeriodsAreRefusedInVietnamese() {
    at("2026-10-20T10:00:00+07:00");
    String period = "&from=2026-10-01&to=2026-10-31";
    assertThat(flow.get("sathay.supervisor", "/api/reports/dossiers?communeId=sa-thay" + period, Map.class).getStatusCode().value()).isEqualTo(200);
    assertThat(flow.get("sathay.leader", "/api/reports/dossiers?communeId=sa-thay" + period, Map.class).getStatusCode().value()).isEqualTo(200);
    assertThat(flow.get("sathay.supervisor", "/api/reports/dossiers.xlsx?communeId=sa-thay" + period, byte[].class).getStatusCode().value()).isEqualTo(200);
    // without communeId a supervisor gets the own commune
    assertThat(flow.get("sathay.supervisor", "/api/reports/dossiers?from=2026-10-01&to=2026-10-31", Map.class).getBody()).containsEntry("communeId", "sa-thay");
    // another commune
    ResponseEntity<Map> other = flow.get("sathay.supervisor", "/api/reports/dossiers?communeId=kon-tum" + period, Map.class);
    assertThat(other.getStatusCode().value()).isEqualTo(403);
    assertThat((String) other.getBody().get("detail")).isEqualTo("Bạn không có quyền truy cập dữ liệu của xã/phường này.");
    assertThat(flow.get("sathay.supervisor", "/api/reports/dossiers.xlsx?communeId=kon-tum" + period, String.class).getStatusCode().value()).isEqualTo(403);
    // other roles and anonymous callers
    ResponseEntity<Map> clerk = flow.get("sathay.clerk", "/api/reports/dossiers?communeId=sa-thay" + period, Map.class);
    assertThat(clerk.getStatusCode().value()).isEqualTo(403);
    assertThat((String) clerk.getBody().get("detail")).isEqualTo("Chỉ cán bộ giám sát, lãnh đạo hoặc quản trị viên được xem báo cáo.");
    assertThat(flow.get("portal", "/api/reports/dossiers?communeId=sa-thay" + period, Map.class).getStatusCode().value()).isEqualTo(403);
    assertThat(flow.get(null, "/api/reports/dossiers?communeId=sa-thay" + period, Map.class).getStatusCode().value()).isEqualTo(401);

    assertBadRequest("?communeId=sa-thay&from=2026-10-31&to=2026-10-01", "Ngày bắt đầu kỳ báo cáo (2026-10-31) sau ngày kết thúc (2026-10-01).");
    assertBadRequest("?communeId=sa-thay&from=2026-13-01&to=2026-12-31", "Ngày không hợp lệ ở tham số from: \"2026-13-01\"");
    assertBadRequest("?communeId=sa-thay&from=01/10/2026&to=2026-12-31", "nhập theo dạng năm-tháng-ngày");
    assertBadRequest("?communeId=sa-thay&from=2026-02-30&to=2026-12-31", "Ngày không hợp lệ ở tham số from");
    assertBadRequest("?communeId=sa-thay&from=2025-01-01&to=2026-12-31", "Kỳ báo cáo dài quá 366 ngày");
    ResponseEntity<Map> badXlsx = flow.get("sathay.supervisor", "/api/reports/dossiers.xlsx?communeId=sa-thay&from=2026-10-31&to=2026-10-01", Map.class);
    assertThat(badXlsx.getStatusCode().value()).isEqualTo(400);
  }

  private void assertBadRequest(String query, String message) {
    ResponseEntity<Map> answer = flow.get("sathay.supervisor", "/api/reports/dossiers" + query, Map.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat((String) answer.getBody().get("detail")).contains(message);
  }

  // --- dossiers run through the processes --------------------------------------------------------

  private void receive(String code) {
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", vars("receiptDecision", "accept"));
  }

  private void reviewAndApprove(String code) {
    flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", "specialist", "sa-thay",
        vars("reviewDecision", "approve", "reviewNote", "Đủ điều kiện."));
    flow.complete(code, "UserTask_ApproveDossier", "sathay.leader", "leader", "sa-thay", vars("approvalDecision", "approve"));
  }

  private Dossier dossier(String code) {
    return dossiers.findByCode(code).orElseThrow();
  }

  @Test
  void dossiersRunThroughTheProcessAreCountedAsTheyHappened() throws Exception {
    Map<String, byte[]> birthFiles = Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF);
    // an online dossier handled the same day, its result delivered electronically, rated online
    at("2026-11-02T09:00:00+07:00");
    String onTime = flow.submitOnline(BIRTH, birthFiles);
    receive(onTime);
    reviewAndApprove(onTime);
    assertThat(dossier(onTime).getResultDeliveredAt()).isEqualTo(t("2026-11-02T09:00:00"));
    assertThat(flow.post("portal", "/api/dossiers/" + onTime + "/rating", Map.of("level", 3), Map.class).getStatusCode().value()).isEqualTo(200);
    assertThat(dossier(onTime).getRatingChannel()).isEqualTo(Channel.ONLINE);

    // a liên thông dossier that runs late: the apology moves the appointment, the dossier still counts late
    String apologised = flow.submitOnline(BIRTH_BUNDLE, Map.of("TO_KHAI_LIEN_THONG", PDF, "GIAY_CHUNG_SINH", PDF));
    receive(apologised);
    assertThat(dossier(apologised).getAppointmentAt()).isEqualTo(t("2026-11-05T17:00:00"));
    at("2026-11-05T17:00:01+07:00");
    flow.runJobs();
    flow.complete(apologised, "UserTask_PrepareApology", "sathay.clerk", "clerk", "sa-thay",
        vars("apologyReason", "Chờ ý kiến cơ quan bảo hiểm xã hội.", "newAppointmentDate", "2026-11-10"));
    assertThat(dossier(apologised).getAppointmentAt()).isEqualTo(t("2026-11-10T17:00:00"));
    assertThat(dossier(apologised).getDueAt()).isEqualTo(t("2026-11-05T17:00:00"));
    at("2026-11-09T09:00:00+07:00");
    reviewAndApprove(apologised);
    assertThat(dossier(apologised).getProcessedAt()).isBefore(dossier(apologised).getAppointmentAt()).isAfter(dossier(apologised).getDueAt());

    // a dossier the citizen withdraws
    String withdrawn = flow.submitOnline(BIRTH, birthFiles);
    receive(withdrawn);
    assertThat(flow.post("portal", "/api/dossiers/" + withdrawn + "/withdraw", Map.of("reason", "Không còn nhu cầu"), Map.class).getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    assertThat(dossier(withdrawn).getStatus()).isEqualTo(DossierStatus.STOPPED);

    // the citizen's data store is down: the result is signed but not delivered electronically (paper only so far)
    at("2026-11-10T09:00:00+07:00");
    String paper = flow.submitOnline(BIRTH, birthFiles);
    receive(paper);
    faults.set(NationalService.DATASTORE, 0L, true);
    reviewAndApprove(paper);
    assertThat(dossier(paper).getStatus()).isEqualTo(DossierStatus.PROCESSED);
    assertThat(dossier(paper).getResultDeliveredAt()).isNull();
    faults.reset();

    // a counter dossier returned at the counter; the clerk records the citizen's rating
    String counter = counterDossierReturned();
    ResponseEntity<Map> notTheirs = flow.post("kontum.clerk", "/api/dossiers/" + counter + "/rating", Map.of("level", 1), Map.class);
    assertThat(notTheirs.getStatusCode().value()).isEqualTo(404);
    ResponseEntity<Map> badLevel = flow.post("sathay.clerk", "/api/dossiers/" + counter + "/rating", Map.of("level", 5), Map.class);
    assertThat(badLevel.getStatusCode().value()).isEqualTo(400);
    assertThat(dossier(counter).getRating()).isNull();
    ResponseEntity<Map> specialist = flow.post("sathay.specialist", "/api/dossiers/" + counter + "/rating", Map.of("level", 1), Map.class);
    assertThat(specialist.getStatusCode().value()).isEqualTo(403);
    assertThat((String) specialist.getBody().get("detail")).isEqualTo("Chỉ công dân (qua Cổng Dịch vụ công) hoặc cán bộ một cửa được ghi nhận đánh giá.");
    assertThat(flow.post("sathay.clerk", "/api/dossiers/" + counter + "/rating", Map.of("level", 1, "comment", "Chờ lâu"), Map.class).getStatusCode().value()).isEqualTo(200);
    Dossier rated = dossier(counter);
    assertThat(rated.getRating()).isEqualTo(1);
    assertThat(rated.getRatingChannel()).isEqualTo(Channel.COUNTER);
    assertThat(rated.getRatedAt()).isEqualTo(t("2026-11-10T09:00:00"));
    assertThat(historyEntries.findByDossierCodeOrderById(counter)).filteredOn(h -> "RATING".equals(h.getAction())).singleElement()
        .satisfies(h -> {
          assertThat(h.getActor()).isEqualTo("sathay.clerk");
          assertThat(h.getMessage()).isEqualTo("Cán bộ một cửa ghi nhận đánh giá của công dân tại quầy: Không hài lòng.");
        });
    assertThat(flow.get("sathay.clerk", "/api/dossiers/" + counter, Map.class).getBody())
        .containsEntry("rating", 1).containsEntry("ratingChannel", "COUNTER").containsKey("resultDeliveredAt");
    ResponseEntity<Map> twice = flow.post("sathay.clerk", "/api/dossiers/" + counter + "/rating", Map.of("level", 3), Map.class);
    assertThat(twice.getStatusCode().value()).isEqualTo(409);
    // a dossier not yet returned cannot be rated
    assertThat(flow.post("sathay.clerk", "/api/dossiers/" + paper + "/rating", Map.of("level", 3), Map.class).getStatusCode().value()).isEqualTo(409);

    Map<String, Object> report = report("sathay.supervisor", "?communeId=sa-thay&from=2026-11-01&to=2026-11-30");
    Map<String, Double> n = numbers(report);
    assertThat(n).containsEntry("received", 5.0).containsEntry("receivedOnline", 4.0).containsEntry("finished", 4.0)
        .containsEntry("finishedOnTime", 3.0).containsEntry("finishedLate", 1.0).containsEntry("stopped", 1.0)
        .containsEntry("onTimeShare", 0.75).containsEntry("onlineShare", 0.8)
        .containsEntry("electronicResultShare", 0.75); // 3 of 4 approved results delivered electronically
    assertThat(n.get("reuseShare")).isBetween(0.0, 1.0);
    assertThat(satisfaction(report)).containsEntry("ratings", 2.0).containsEntry("average", 2.0).containsEntry("atCounter", 1.0).containsEntry("online", 1.0);
    assertThat(list(report, "byProcedure")).extracting(p -> p.get("procedureCode")).contains(BIRTH, BIRTH_BUNDLE);
    assertThat(list(report, "byStep")).anySatisfy(s -> assertThat(s).containsEntry("status", "PROCESSED"));

    try (XSSFWorkbook workbook = workbook("sathay.supervisor", "?communeId=sa-thay&from=2026-11-01&to=2026-11-30")) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Xã Sa Thầy");
      List<String> procedures = new ArrayList<>();
      for (int r = 5; sheet.getRow(r) != null && !"Tổng cộng".equals(sheet.getRow(r).getCell(2).getStringCellValue()); r++) {
        procedures.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(procedures).containsExactlyElementsOf(list(report, "byProcedure").stream().map(p -> (String) p.get("procedureCode")).toList());
    }
  }

  /**
   * An apology's new date followed by a supplement: the supplement gives a new legal appointment
   * (RESTART: the full 3 working days from the supplement), so the apology's first appointment no
   * longer applies and a dossier finished before the new appointment is on time (July 2026, a month
   * no other test uses).
   */
  @Test
  void aSupplementAfterAnApologyGivesTheAppointmentOnTimeIsMeasuredAgainst() {
    at("2026-07-06T09:00:00+07:00"); // Monday
    String code = flow.submitOnline(BIRTH_BUNDLE, Map.of("TO_KHAI_LIEN_THONG", PDF, "GIAY_CHUNG_SINH", PDF));
    receive(code);
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(t("2026-07-09T17:00:00"));
    at("2026-07-09T17:00:01+07:00");
    flow.runJobs();
    flow.complete(code, "UserTask_PrepareApology", "sathay.clerk", "clerk", "sa-thay",
        vars("apologyReason", "Chờ ý kiến cơ quan bảo hiểm xã hội.", "newAppointmentDate", "2026-07-14"));
    assertThat(dossier(code).getDueAt()).isEqualTo(t("2026-07-09T17:00:00"));

    at("2026-07-10T09:00:00+07:00"); // Friday: the reviewer finds a paper missing
    flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", "specialist", "sa-thay",
        vars("reviewDecision", "supplement", "missingComponents", "Giấy chứng sinh bản rõ nét."));
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    at("2026-07-13T10:00:00+07:00"); // Monday: the citizen supplements
    assertThat(flow.supplement(code, Map.of("GIAY_CHUNG_SINH", PDF), "Bổ sung giấy chứng sinh").getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    // RESTART: 3 working days from Monday 13/7 → Thursday 16/7, later than the apology's 14/7
    assertThat(dossier(code).getAppointmentAt()).isEqualTo(t("2026-07-16T17:00:00"));
    assertThat(dossier(code).getOriginalAppointmentAt()).isNull();
    assertThat(dossier(code).getDueAt()).isEqualTo(t("2026-07-16T17:00:00"));

    at("2026-07-15T09:00:00+07:00");
    reviewAndApprove(code);
    assertThat(dossier(code).getProcessedAt()).isBefore(t("2026-07-16T17:00:00")).isAfter(t("2026-07-14T17:00:00"));
    Map<String, Double> n = numbers(report("sathay.supervisor", "?communeId=sa-thay&from=2026-07-06&to=2026-07-17"));
    assertThat(n).containsEntry("finished", 1.0).containsEntry("finishedOnTime", 1.0).containsEntry("finishedLate", 0.0)
        .containsEntry("onTimeShare", 1.0);
  }

  private String counterDossierReturned() {
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
    receive(code);
    flow.complete(code, "UserTask_DigitiseComponents", "sathay.clerk", "clerk", "sa-thay", vars(
        "scan_TO_KHAI", Variables.fileValue("to-khai.pdf").file(PDF).create(),
        "scan_GIAY_CHUNG_SINH", Variables.fileValue("giay-chung-sinh.pdf").file(PDF).create()));
    reviewAndApprove(code);
    flow.complete(code, "UserTask_ReturnAtCounter", "sathay.clerk", "clerk", "sa-thay", vars("returnedConfirmed", true));
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(dossier(code).getChannel()).isEqualTo(Channel.COUNTER);
    return code;
  }

  // --- helpers -------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private Map<String, Object> report(String user, String query) {
    ResponseEntity<Map> answer = flow.get(user, "/api/reports/dossiers" + query, Map.class);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    return answer.getBody();
  }

  private XSSFWorkbook workbook(String user, String query) throws Exception {
    ResponseEntity<byte[]> answer = flow.get(user, "/api/reports/dossiers.xlsx" + query, byte[].class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
    return new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()));
  }

  private static final List<String> NUMBERS = List.of("received", "receivedOnline", "finished", "finishedOnTime", "finishedLate", "stopped",
      "inProgress", "nearDue", "overdue", "onTimeShare", "onlineShare", "fullyOnlineShare", "electronicResultShare", "reuseShare");

  /** The numeric fields of a report or row, as doubles (null shares left out). */
  private static Map<String, Double> numbers(Map<String, Object> figures) {
    Map<String, Double> numbers = new HashMap<>();
    for (String key : NUMBERS) {
      assertThat(figures).containsKey(key);
      Object value = figures.get(key);
      if (value != null) {
        numbers.put(key, ((Number) value).doubleValue());
      }
    }
    return numbers;
  }

  private static Map<String, Double> satisfaction(Map<String, Object> figures) {
    Map<String, Double> numbers = new HashMap<>();
    ((Map<?, ?>) figures.get("satisfaction")).forEach((k, v) -> {
      if (v != null) {
        numbers.put((String) k, ((Number) v).doubleValue());
      }
    });
    return numbers;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> report, String key) {
    return (List<Map<String, Object>>) report.get(key);
  }

  private static List<String> cells(Row row) {
    List<String> values = new ArrayList<>();
    row.forEach(cell -> values.add(switch (cell.getCellType()) {
      // counts (STT, columns D–L, the number of ratings) are whole numbers; shares and the average are not
      case NUMERIC -> cell.getColumnIndex() < 12 || cell.getColumnIndex() == 17
          ? String.valueOf((long) cell.getNumericCellValue()) : String.valueOf(cell.getNumericCellValue());
      default -> cell.getStringCellValue();
    }));
    return values;
  }
}
