package vn.gov.commune.integration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one commune sends the provincial steering committee's dashboard (Ban Chỉ đạo tỉnh): the dossier
 * figures of the period, the same numbers as {@code GET /api/reports/dossiers} for that month up to the
 * snapshot, and the progress of its plans. The dashboard keeps, per commune and period, the snapshot
 * with the highest version.
 *
 * @param period the month, {@code yyyy-MM} (Vietnam time)
 * @param version increases with every snapshot of the commune ({@code yyyyMMddHHmm} of the snapshot
 *     slot, Vietnam time); with the commune and period it makes the idempotency key
 */
public record DashboardSnapshot(
    String communeId,
    String communeName,
    String period,
    long version,
    Instant takenAt,
    DossierFigures dossiers,
    List<PlanProgress> plans) {

  /** The dossier figures of the period (definitions: README "Reports"). Shares are 0–1, null when nothing to divide. */
  public record DossierFigures(
      long received,
      long receivedOnline,
      long finished,
      long finishedOnTime,
      long finishedLate,
      long stopped,
      long inProgress,
      long nearDue,
      long overdue,
      Double onTimeShare,
      Double onlineShare,
      Double fullyOnlineShare,
      Double electronicResultShare,
      Double reuseShare,
      long ratings,
      Double averageRating) {}

  /**
   * One issued plan of the commune.
   *
   * @param tasksByStatus Vietnamese status label (Hoàn thành đúng hạn, Đang thực hiện quá hạn, …) → tasks
   * @param overdueTasks tasks "đang thực hiện quá hạn" now
   */
  public record PlanProgress(
      Long planId, String number, String title, Map<String, Long> tasksByStatus, long overdueTasks, List<IndicatorProgress> indicators) {}

  /**
   * A task's indicator against its target.
   *
   * @param value percent (0–100, one decimal), null when there is nothing to count yet
   */
  public record IndicatorProgress(String taskCode, String indicator, String name, Double targetPercent, Double value) {}
}
