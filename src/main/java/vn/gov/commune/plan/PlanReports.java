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
      String status, String statusLabel, String progress, String result, List<String> evidence, String indicator) {}

  public record Report(
      Long planId, String planNumber, String planTitle, String commune, String month, Instant generatedAt,
      Map<String, Long> countByStatus, List<Row> rows) {}

  private final PlanService service;
  private final PlanCalendar calendar;
  private final ProgressReportRepository reports;
  private final EvidenceRepository evidence;
  private final IndicatorService indicators;
  private final SlipRenderer renderer;

  public PlanReports(
      PlanService service,
      PlanCalendar calendar,
      ProgressReportRepository reports,
      EvidenceRepository evidence,
      IndicatorService indicators,
      SlipRenderer renderer) {
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

  /** {@code month} null: the final summary (all reports up to now). */
  @Transactional(readOnly = true)
  public Report report(Plan plan, YearMonth month) {
    Instant until = month == null ? PlanService.now() : calendar.endOf(month.atEndOfMonth());
    List<PlanTask> tasks = new ArrayList<>(service.tasks(plan));
    tasks.sort(Comparator.comparingInt((PlanTask t) -> effectiveStatus(t).reportOrder()).thenComparing(PlanTask::getId));
    List<Row> rows = new ArrayList<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TaskStatus s : TaskStatus.values()) {
      counts.put(s.label(), 0L);
    }
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
          IndicatorService.describe(task.getIndicator(), task.getIndicatorTarget(), value)));
    }
    Commune commune = service.commune(plan.getCommuneId());
    return new Report(plan.getId(), plan.getNumber(), plan.getTitle(), commune.getName(), month == null ? null : month.toString(),
        PlanService.now(), counts, rows);
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
          row.code() + ". " + row.content() + (row.indicator() == null ? "" : " — " + row.indicator()),
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
        List.of(new SlipContent.Field("", summary.toString().replaceAll("; $", "."))),
        List.of(report.planTitle()),
        new SlipContent.Table(List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Kết quả/Sản phẩm", "Minh chứng"), rows),
        "TM. ỦY BAN NHÂN DÂN",
        null,
        false,
        "Kết quả thực hiện Kế hoạch số " + report.planNumber() + " " + period));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
