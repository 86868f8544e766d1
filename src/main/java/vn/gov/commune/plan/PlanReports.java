package vn.gov.commune.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.documents.SlipContent;
import vn.gov.commune.documents.SlipRenderer;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.organisation.Commune;

/**
 * The monthly consolidated report of a plan (every task: status, progress, result, evidence; overdue
 * first) and the final summary, as JSON for dashboards and as a DOCX laid out as commune offices write
 * reports (Nghị định 30/2020/NĐ-CP layout: body and nation headers, title, table), rendered by the
 * same {@link SlipRenderer} as the dossier slips.
 */
@Service
public class PlanReports {

  public record Row(
      int stt, Long taskId, String code, String content, String leadUnit, String officer, String deadline,
      String status, String statusLabel, String progress, String result, List<String> evidence, String indicator,
      Long parentTaskId, String communes) {}

  /** A confirmed objective of the plan against its live value (null for one followed by hand). */
  public record IndicatorRow(
      Long id, String description, Indicator indicator, String indicatorLabel, Double target, String unit, String targetText,
      Double value, String assessment) {}

  /** One commune under a parent task: the overall status of its tasks that implement it. */
  public record CommuneProgress(
      String communeId, String communeName, Long planId, String planNumber, String status, String statusLabel, List<String> tasks) {}

  /**
   * A task of this (parent) plan and the communes' progress under it: how many communes finished on
   * time, late, are under way (in time or overdue) or have not started, and the list.
   */
  public record ParentTaskRollUp(
      Long taskId, String code, String content, int communes, int doneOnTime, int doneLate, int inProgress, int overdue, int notStarted,
      List<CommuneProgress> communeList) {}

  public record Report(
      Long planId, String planNumber, String planTitle, String commune, String month, Instant generatedAt,
      Map<String, Long> countByStatus, List<Row> rows, List<IndicatorRow> indicators, List<ParentTaskRollUp> rollUp) {}

  private final PlanService service;
  private final PlanCalendar calendar;
  private final ProgressReportRepository reports;
  private final EvidenceRepository evidence;
  private final IndicatorService indicators;
  private final SlipRenderer renderer;
  private final PlanIndicatorRepository planIndicators;

  public PlanReports(
      PlanService service,
      PlanCalendar calendar,
      ProgressReportRepository reports,
      EvidenceRepository evidence,
      IndicatorService indicators,
      SlipRenderer renderer,
      PlanIndicatorRepository planIndicators) {
    this.planIndicators = planIndicators;
    this.service = service;
    this.calendar = calendar;
    this.reports = reports;
    this.evidence = evidence;
    this.indicators = indicators;
    this.renderer = renderer;
  }

  /** Status as of now: an unfinished task past its due day is overdue even before the escalation timer ran. */
  TaskStatus effectiveStatus(PlanTask task) {
    if (!task.getStatus().finished() && task.getDeadline() != null && task.getOfficerId() != null
        && PlanService.now().isAfter(calendar.endOf(calendar.dueDay(task.getDeadline())))) {
      return TaskStatus.DANG_THUC_HIEN_QUA_HAN;
    }
    return task.getStatus();
  }

  /** The report with every commune under the parent tasks (the system's view). */
  @Transactional(readOnly = true)
  public Report report(Plan plan, YearMonth month) {
    return report(plan, month, communeId -> true);
  }

  /**
   * {@code month} null: the final summary (all reports up to now). {@code visible}: the communes the
   * reader may see under the plan's tasks (a commune's staff see their own, a user of several
   * communes each of them, an administrator all).
   */
  @Transactional(readOnly = true)
  public Report report(Plan plan, YearMonth month, java.util.function.Predicate<String> visible) {
    Instant until = month == null ? PlanService.now() : calendar.endOf(month.atEndOfMonth());
    List<PlanTask> tasks = new ArrayList<>(service.tasks(plan));
    tasks.sort(Comparator.comparingInt((PlanTask t) -> effectiveStatus(t).reportOrder()).thenComparing(PlanTask::getId));
    List<Row> rows = new ArrayList<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TaskStatus s : TaskStatus.values()) {
      counts.put(s.label(), 0L);
    }
    Map<Long, ParentTaskRollUp> rollUps = rollUp(tasks, visible);
    int stt = 0;
    for (PlanTask task : tasks) {
      TaskStatus status = effectiveStatus(task);
      counts.merge(status.label(), 1L, Long::sum);
      List<ProgressReport> upTo = reports.findByTaskIdOrderById(task.getId()).stream().filter(r -> !r.getSubmittedAt().isAfter(until)).toList();
      ProgressReport latest = upTo.isEmpty() ? null : upTo.get(upTo.size() - 1);
      ProgressReport accepted = upTo.stream().filter(r -> ProgressReport.ACCEPTED.equals(r.getDecision())).reduce((a, b) -> b).orElse(null);
      List<String> files = new ArrayList<>();
      for (ProgressReport r : upTo) {
        evidence.findByReportIdOrderById(r.getId()).forEach(e -> files.add(e.getFileName()));
      }
      Double value = task.getIndicator() == null ? null : indicators.value(task.getIndicator(), plan.getCommuneId());
      rows.add(new Row(
          ++stt, task.getId(), task.getCode(), task.getContent(), task.getLeadUnitCode(), task.getOfficerId(),
          task.isRecurring() ? "Thường xuyên (báo cáo trước ngày " + plan.getMonthlyDueDay() + " hằng tháng)" : vn(task.getDeadline()),
          status.name(), status.label(),
          latest == null ? "Chưa có báo cáo" : latest.getText(),
          accepted == null ? (task.getExpectedResult() == null ? "" : "Dự kiến: " + task.getExpectedResult()) : accepted.getText(),
          files,
          IndicatorService.describe(task.getIndicator(), task.getIndicatorTarget(), value),
          task.getParentTaskId(),
          rollUps.containsKey(task.getId()) ? summary(rollUps.get(task.getId())) : null));
    }
    Commune commune = service.commune(plan.getCommuneId());
    List<ParentTaskRollUp> rollUp = tasks.stream().filter(t -> rollUps.containsKey(t.getId()))
        .sorted(Comparator.comparing(PlanTask::getId)).map(t -> rollUps.get(t.getId())).toList();
    return new Report(plan.getId(), plan.getNumber(), plan.getTitle(), commune.getName(), month == null ? null : month.toString(),
        PlanService.now(), counts, rows, indicators(plan), rollUp);
  }

  /** The plan's confirmed objectives, each with its live value when it is bound to a measure. */
  public List<IndicatorRow> indicators(Plan plan) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (PlanIndicator objective : planIndicators.findByPlanIdOrderById(plan.getId())) {
      if (!objective.isConfirmed()) {
        continue;
      }
      Indicator indicator = objective.getIndicator();
      Double value = indicator == null ? null : indicators.value(indicator, plan.getCommuneId());
      String assessment = indicator == null
          ? "Theo dõi thủ công" + (objective.getTargetText() == null ? "" : " (mục tiêu: " + objective.getTargetText() + ")")
          : IndicatorService.describe(indicator, objective.getTargetValue(), value);
      rows.add(new IndicatorRow(objective.getId(), objective.getDescription(), indicator, indicator == null ? null : indicator.label(),
          objective.getTargetValue(), objective.getTargetUnit(), objective.getTargetText(), value, assessment));
    }
    return rows;
  }

  /** Per task of this plan that commune tasks implement: the visible communes' overall status under it. */
  private Map<Long, ParentTaskRollUp> rollUp(List<PlanTask> parents, java.util.function.Predicate<String> visible) {
    Map<Long, PlanTask> byId = new LinkedHashMap<>();
    parents.forEach(t -> byId.put(t.getId(), t));
    Map<Long, Map<String, List<PlanTask>>> grouped = new LinkedHashMap<>();
    for (PlanTask child : service.implementingTasks(byId.keySet())) {
      String communeId = child.getPlan().getCommuneId();
      if (!visible.test(communeId)) {
        continue;
      }
      grouped.computeIfAbsent(child.getParentTaskId(), k -> new java.util.TreeMap<>())
          .computeIfAbsent(communeId, k -> new ArrayList<>()).add(child);
    }
    Map<Long, ParentTaskRollUp> result = new LinkedHashMap<>();
    Map<String, String> names = new java.util.HashMap<>();
    grouped.forEach((parentId, communes) -> {
      List<CommuneProgress> list = new ArrayList<>();
      int onTime = 0, late = 0, inProgress = 0, overdue = 0, notStarted = 0;
      for (Map.Entry<String, List<PlanTask>> entry : communes.entrySet()) {
        TaskStatus status = overall(entry.getValue());
        switch (status) {
          case HOAN_THANH_DUNG_HAN -> onTime++;
          case HOAN_THANH_QUA_HAN -> late++;
          case DANG_THUC_HIEN_QUA_HAN -> { inProgress++; overdue++; }
          case DANG_THUC_HIEN_TRONG_HAN -> inProgress++;
          case CHUA_THUC_HIEN -> notStarted++;
        }
        PlanTask first = entry.getValue().get(0);
        list.add(new CommuneProgress(entry.getKey(), names.computeIfAbsent(entry.getKey(), id -> service.commune(id).getName()),
            first.getPlan().getId(), first.getPlan().getNumber(), status.name(), status.label(),
            entry.getValue().stream().map(t -> t.getCode() + ". " + abbreviate(t.getContent()) + " (" + effectiveStatus(t).label() + ")").toList()));
      }
      list.sort(Comparator.comparingInt((CommuneProgress c) -> TaskStatus.valueOf(c.status()).reportOrder()).thenComparing(CommuneProgress::communeName));
      PlanTask parent = byId.get(parentId);
      result.put(parentId, new ParentTaskRollUp(parentId, parent.getCode(), parent.getContent(), list.size(), onTime, late, inProgress, overdue,
          notStarted, list));
    });
    return result;
  }

  /**
   * A commune's status under a parent task from its tasks that implement it: finished when all are
   * (late if one was late), overdue when one is overdue, not started when none has started.
   */
  TaskStatus overall(List<PlanTask> tasks) {
    List<TaskStatus> statuses = tasks.stream().map(this::effectiveStatus).toList();
    if (statuses.stream().allMatch(TaskStatus::finished)) {
      return statuses.contains(TaskStatus.HOAN_THANH_QUA_HAN) ? TaskStatus.HOAN_THANH_QUA_HAN : TaskStatus.HOAN_THANH_DUNG_HAN;
    }
    if (statuses.contains(TaskStatus.DANG_THUC_HIEN_QUA_HAN)) {
      return TaskStatus.DANG_THUC_HIEN_QUA_HAN;
    }
    if (statuses.stream().allMatch(s -> s == TaskStatus.CHUA_THUC_HIEN)) {
      return TaskStatus.CHUA_THUC_HIEN;
    }
    return TaskStatus.DANG_THUC_HIEN_TRONG_HAN;
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }

  /** "Cấp xã: 2 xã/phường — hoàn thành đúng hạn 1, hoàn thành quá hạn 0, đang thực hiện 0 (quá hạn 0), chưa thực hiện 1 (Xã Sa Thầy: …; …)". */
  static String summary(ParentTaskRollUp r) {
    return "Cấp xã: " + r.communes() + " xã/phường — hoàn thành đúng hạn " + r.doneOnTime() + ", hoàn thành quá hạn " + r.doneLate()
        + ", đang thực hiện " + r.inProgress() + " (quá hạn " + r.overdue() + "), chưa thực hiện " + r.notStarted() + " ("
        + String.join("; ", r.communeList().stream().map(c -> c.communeName() + ": " + c.statusLabel()).toList()) + ")";
  }

  static String vn(LocalDate d) {
    return PlanCalendar.day(d);
  }

  // ---- DOCX ---------------------------------------------------------------------------------

  /**
   * The report as a document of the commune (the product's one renderer of official documents): the
   * people's committee and the nation in the header, "BÁO CÁO" with the plan and period under it, the
   * count by status, then one row per task, overdue first.
   */
  public byte[] docx(Report report) {
    LocalDate today = calendar.today(report.generatedAt());
    String period = report.month() == null
        ? "(báo cáo tổng kết)"
        : "tháng " + YearMonth.parse(report.month()).getMonthValue() + " năm " + YearMonth.parse(report.month()).getYear();
    StringBuilder summary = new StringBuilder("Tổng số nhiệm vụ: " + report.rows().size() + ". ");
    report.countByStatus().forEach((label, n) -> summary.append(label).append(": ").append(n).append("; "));
    List<List<String>> rows = new ArrayList<>();
    for (Row row : report.rows()) {
      rows.add(List.of(
          String.valueOf(row.stt()),
          row.code() + ". " + row.content() + (row.indicator() == null ? "" : " — " + row.indicator())
              + (row.communes() == null ? "" : " — " + row.communes()),
          text(row.leadUnit()),
          text(row.deadline()),
          row.statusLabel(),
          text(row.result()) + (row.progress() == null || row.progress().equals(row.result()) ? "" : " (Tiến độ: " + row.progress() + ")"),
          String.join("; ", row.evidence())));
    }
    return renderer.render(new SlipContent(
        SlipType.PLAN_REPORT,
        "Ủy ban nhân dân\n" + report.commune(),
        report.commune().replaceFirst("^(Xã|Phường|Đặc khu) ", "") + ", ngày " + today.getDayOfMonth() + " tháng "
            + today.getMonthValue() + " năm " + today.getYear(),
        null,
        fields(summary.toString().replaceAll("; $", "."), report.indicators()),
        List.of(report.planTitle()),
        new SlipContent.Table(List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Kết quả/Sản phẩm", "Minh chứng"), rows),
        "TM. ỦY BAN NHÂN DÂN",
        null,
        false,
        "Kết quả thực hiện Kế hoạch số " + report.planNumber() + " " + period));
  }

  private static List<SlipContent.Field> fields(String summary, List<IndicatorRow> indicators) {
    List<SlipContent.Field> fields = new ArrayList<>();
    fields.add(new SlipContent.Field("", summary));
    int n = 0;
    for (IndicatorRow row : indicators) {
      fields.add(new SlipContent.Field("Chỉ tiêu " + (++n), row.description() + " — " + row.assessment()));
    }
    return fields;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
