package vn.gov.commune.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.dossier.DossierFigures;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.Downloads;

/**
 * The dossier reports for the commune and the province: the figures of a period as JSON and as an
 * XLSX workbook laid out as the monthly TTHC reports (one sheet per commune, one row per procedure).
 * Supervisors, leaders and administrators may call it (ApiRoleRules); a commune's staff see only
 * their own commune, administrators any commune or, without communeId, all of them.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  /** The longest period one report covers. */
  static final int MAX_DAYS = 366;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final DossierFigures figures;
  private final CommuneRepository communes;
  private final ZoneId zone;

  ReportController(DossierFigures figures, CommuneRepository communes, WorkingDayCalendar calendar) {
    this.figures = figures;
    this.communes = communes;
    this.zone = calendar.properties().zone();
  }

  @GetMapping("/dossiers")
  @Transactional(readOnly = true)
  public DossierReport dossiers(
      @RequestParam(name = "communeId", required = false) String communeId,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      CurrentUser user) {
    Request request = request(communeId, from, to, user);
    List<DossierFigures.ProcedureCounts> rows = figures.byProcedure(request.communeIds(), request.start(), request.end());
    return new DossierReport(
        request.communeId(),
        request.from(),
        request.to(),
        request.asOf(),
        DossierReport.Figures.of(DossierFigures.total(rows)),
        rows.stream()
            .map(r -> new DossierReport.ProcedureRow(r.communeId(), r.procedureCode(), r.procedureName(), DossierReport.Figures.of(r.counts())))
            .toList(),
        figures.openByStatus(request.communeIds(), request.end()).stream()
            .map(s -> new DossierReport.StepRow(s.communeId(), s.status().name(), s.status().code(), s.status().label(), s.dossiers(), s.overdue()))
            .toList());
  }

  @GetMapping("/dossiers.xlsx")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> workbook(
      @RequestParam(name = "communeId", required = false) String communeId,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      CurrentUser user) {
    Request request = request(communeId, from, to, user);
    List<DossierFigures.ProcedureCounts> rows = figures.byProcedure(request.communeIds(), request.start(), request.end());
    // one sheet per commune asked for (all known communes for the province), even one with nothing to count
    Map<String, String> sheets = new LinkedHashMap<>();
    if (request.communeIds() == null) {
      communes.findAll().stream()
          .sorted(java.util.Comparator.comparing(Commune::getId))
          .forEach(c -> sheets.put(c.getId(), c.getName()));
      rows.forEach(r -> sheets.putIfAbsent(r.communeId(), r.communeId()));
    } else {
      request.communeIds().forEach(id -> sheets.put(id, communes.findById(id).map(Commune::getName).orElse(id)));
    }
    byte[] content = ReportWorkbook.write(sheets, rows, request.from(), request.to(), request.asOf(), zone);
    String name = "bao-cao-tthc-" + (request.communeId() == null ? "toan-tinh" : request.communeId()) + "-" + request.from() + "-" + request.to() + ".xlsx";
    return Downloads.attachment(content, name, XLSX);
  }

  /** The checked parameters: the communes (null for all), the dates and the instants they stand for. */
  record Request(String communeId, List<String> communeIds, LocalDate from, LocalDate to, Instant start, Instant end, Instant asOf) {}

  private Request request(String communeId, String fromText, String toText, CurrentUser user) {
    LocalDate today = LocalDate.ofInstant(vn.gov.commune.dossier.DossierService.now(), zone);
    LocalDate from = fromText == null || fromText.isBlank() ? today.withDayOfMonth(1) : date(fromText, "from");
    LocalDate to = toText == null || toText.isBlank() ? today : date(toText, "to");
    if (from.isAfter(to)) {
      throw ApiException.badRequest("Ngày bắt đầu kỳ báo cáo (" + from + ") sau ngày kết thúc (" + to + ").");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw ApiException.badRequest("Kỳ báo cáo dài quá " + MAX_DAYS + " ngày: chia thành nhiều kỳ ngắn hơn.");
    }
    String commune = communeId == null || communeId.isBlank() ? null : communeId.strip();
    List<String> ids;
    if (commune != null) {
      user.requireCommune(commune);
      ids = List.of(commune);
    } else if (user.isAdmin()) {
      ids = null; // the province: every commune
    } else if (user.tenantIds().size() == 1) {
      commune = user.tenantIds().get(0);
      ids = List.of(commune);
    } else {
      throw ApiException.badRequest("Chọn xã/phường của báo cáo (tham số communeId).");
    }
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Instant now = vn.gov.commune.dossier.DossierService.now();
    return new Request(commune, ids == null ? null : new ArrayList<>(ids), from, to, start, end, end.isBefore(now) ? end : now);
  }

  private static LocalDate date(String text, String name) {
    try {
      return LocalDate.parse(text.strip(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("Ngày không hợp lệ ở tham số " + name + ": \"" + abbreviate(text) + "\" (nhập theo dạng năm-tháng-ngày, ví dụ 2026-12-31).");
    }
  }

  private static String abbreviate(String text) {
    String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
    return clean.length() > 20 ? clean.substring(0, 20) + "…" : clean;
  }
}
