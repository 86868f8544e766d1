package vn.gov.commune.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.organisation.Commune;

/**
 * The monthly consolidated report of a plan (every task: status, progress, result, evidence; overdue
 * first) and the final summary, as JSON for dashboards and as a DOCX laid out as commune offices write
 * reports (Nghị định 30/2020/NĐ-CP layout: body and nation headers, title, table).
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

  public PlanReports(PlanService service, PlanCalendar calendar, ProgressReportRepository reports, EvidenceRepository evidence, IndicatorService indicators) {
    this.service = service;
    this.calendar = calendar;
    this.reports = reports;
    this.evidence = evidence;
    this.indicators = indicators;
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
    return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  // ---- DOCX ---------------------------------------------------------------------------------

  public byte[] docx(Report report) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
    parts.put("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
    parts.put("word/document.xml", document(report));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private String document(Report report) {
    LocalDate today = calendar.today(report.generatedAt());
    StringBuilder body = new StringBuilder();
    // header: body on the left, nation and motto on the right (two-column table without borders)
    body.append("<w:tbl><w:tblPr><w:tblW w:w=\"9500\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders></w:tblPr>")
        .append("<w:tblGrid><w:gridCol w:w=\"3800\"/><w:gridCol w:w=\"5700\"/></w:tblGrid><w:tr>")
        .append(cell(3800, para("ỦY BAN NHÂN DÂN", true, false, "center") + para(report.commune().toUpperCase(java.util.Locale.forLanguageTag("vi")), true, false, "center") + para("Số:      /BC-UBND", false, false, "center")))
        .append(cell(5700, para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, "center") + para("Độc lập - Tự do - Hạnh phúc", true, false, "center")
            + para(report.commune().replaceFirst("^(Xã|Phường) ", "") + ", ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm " + today.getYear(), false, true, "center")))
        .append("</w:tr></w:tbl>");
    body.append(para("BÁO CÁO", true, false, "center"));
    String period = report.month() == null ? "(báo cáo tổng kết)" : "tháng " + YearMonth.parse(report.month()).getMonthValue() + " năm " + YearMonth.parse(report.month()).getYear();
    body.append(para("Kết quả thực hiện Kế hoạch số " + report.planNumber() + " " + period, true, false, "center"));
    body.append(para(report.planTitle(), false, true, "center"));
    StringBuilder summary = new StringBuilder("Tổng số nhiệm vụ: " + report.rows().size() + ". ");
    report.countByStatus().forEach((label, n) -> summary.append(label).append(": ").append(n).append("; "));
    body.append(para(summary.toString().replaceAll("; $", "."), false, false, "both"));
    int[] widths = {600, 2600, 1100, 1200, 1300, 1700, 1300};
    String[] heads = {"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Kết quả/Sản phẩm", "Minh chứng"};
    body.append("<w:tbl><w:tblPr><w:tblW w:w=\"9800\" w:type=\"dxa\"/><w:tblBorders>")
        .append("<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>")
        .append("</w:tblBorders></w:tblPr><w:tblGrid>");
    for (int w : widths) {
      body.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    body.append("</w:tblGrid><w:tr>");
    for (int i = 0; i < heads.length; i++) {
      body.append(cell(widths[i], para(heads[i], true, false, "center")));
    }
    body.append("</w:tr>");
    for (Row row : report.rows()) {
      String[] values = {
        String.valueOf(row.stt()), row.code() + ". " + row.content() + (row.indicator() == null ? "" : " — " + row.indicator()),
        row.leadUnit(), row.deadline(), row.statusLabel(), row.result() + (row.progress() == null || row.progress().equals(row.result()) ? "" : " (Tiến độ: " + row.progress() + ")"),
        String.join("; ", row.evidence())};
      body.append("<w:tr>");
      for (int i = 0; i < values.length; i++) {
        body.append(cell(widths[i], para(values[i], false, false, i == 0 ? "center" : "left")));
      }
      body.append("</w:tr>");
    }
    body.append("</w:tbl>");
    body.append(para("Nơi nhận: Thường trực Ban Chỉ đạo; Lưu: VT.", false, true, "left"));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
  }

  private static String cell(int width, String content) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
  }

  private static String para(String text, boolean bold, boolean italic, String align) {
    String props = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        + (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + "<w:sz w:val=\"26\"/>";
    return "<w:p><w:pPr><w:jc w:val=\"" + align + "\"/></w:pPr><w:r><w:rPr>" + props + "</w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
