package vn.gov.commune.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.dossier.DossierFigures;
import vn.gov.commune.integration.DashboardSnapshot;

/**
 * Takes a commune's snapshot for the provincial steering dashboard: the dossier figures of the month so
 * far, counted exactly as {@code GET /api/reports/dossiers} counts them for that month (from the 1st to
 * today, both included, Vietnam time; {@link DossierFigures}), and the progress of each issued or closed
 * plan of the commune (tasks by report status as of now, overdue first in the plan reports; each task
 * indicator's value against its target, {@link IndicatorService}).
 */
@Service
public class DashboardSnapshots {

  private final DossierFigures figures;
  private final PlanRepository plans;
  private final PlanService service;
  private final PlanReports reports;
  private final IndicatorService indicators;
  private final WorkingDayCalendar calendar;

  public DashboardSnapshots(
      DossierFigures figures,
      PlanRepository plans,
      PlanService service,
      PlanReports reports,
      IndicatorService indicators,
      WorkingDayCalendar calendar) {
    this.figures = figures;
    this.plans = plans;
    this.service = service;
    this.reports = reports;
    this.indicators = indicators;
    this.calendar = calendar;
  }

  /** The snapshot of {@code communeId} for the month {@code period} (yyyy-MM), taken now (engine clock). */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public DashboardSnapshot take(String communeId, String period, long version) {
    Instant now = PlanService.now();
    ZoneId zone = calendar.properties().zone();
    YearMonth month = YearMonth.parse(period);
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate to = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    DossierFigures.Counts c = DossierFigures.total(figures.byProcedure(List.of(communeId), start, end));
    DashboardSnapshot.DossierFigures dossiers = new DashboardSnapshot.DossierFigures(
        c.received, c.receivedOnline, c.finished, c.finishedOnTime, c.finishedLate(), c.stopped, c.inProgress, c.nearDue,
        c.overdue, c.onTimeShare(), c.onlineShare(), c.fullyOnlineShare(), c.electronicResultShare(), c.reuseShare(),
        c.ratings, c.averageRating());

    List<DashboardSnapshot.PlanProgress> progress = new ArrayList<>();
    for (Plan plan : plans.findByCommuneIdInOrderByIdDesc(List.of(communeId))) {
      if (plan.getStatus() != PlanStatus.ISSUED && plan.getStatus() != PlanStatus.CLOSED) {
        continue;
      }
      Map<String, Long> byStatus = new LinkedHashMap<>();
      for (TaskStatus s : TaskStatus.values()) {
        byStatus.put(s.label(), 0L);
      }
      List<DashboardSnapshot.IndicatorProgress> measured = new ArrayList<>();
      for (PlanTask task : service.tasks(plan)) {
        byStatus.merge(reports.effectiveStatus(task).label(), 1L, Long::sum);
        if (task.getIndicator() != null) {
          measured.add(new DashboardSnapshot.IndicatorProgress(
              task.getCode(), task.getIndicator().name(), task.getIndicator().label(), task.getIndicatorTarget(),
              indicators.value(task.getIndicator(), communeId)));
        }
      }
      progress.add(new DashboardSnapshot.PlanProgress(
          plan.getId(), plan.getNumber(), plan.getTitle(), byStatus, byStatus.get(TaskStatus.DANG_THUC_HIEN_QUA_HAN.label()), measured));
    }
    return new DashboardSnapshot(communeId, service.commune(communeId).getName(), period, version, now, dossiers, progress);
  }
}
