package vn.gov.commune.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.dossier.DossierFigures;

/**
 * Live values of the {@link Indicator}s from the commune's dossiers (competent commune, all time), in
 * percent, null when there is nothing to count yet. The figures are those of the dossier report
 * ({@link DossierFigures}, one definition for both):
 *
 * <ul>
 *   <li>FULLY_ONLINE_SHARE: dossiers filed online for a fully online (toàn trình) procedure, over all
 *       dossiers received;
 *   <li>ELECTRONIC_RESULT_SHARE: finished approved dossiers whose signed result was delivered
 *       electronically (to the citizen's data store), over finished approved dossiers;
 *   <li>ON_TIME_SHARE: processed dossiers processed by the appointment given at receipt (an apology's
 *       new date does not make a late dossier on time), over processed dossiers;
 *   <li>DATA_REUSE_SHARE: dossiers with at least one component taken from a national database or
 *       linked from the citizen's data store instead of being handed in again, over all dossiers
 *       received.
 * </ul>
 */
@Service
public class IndicatorService {

  private final DossierFigures figures;

  public IndicatorService(DossierFigures figures) {
    this.figures = figures;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Double value(Indicator indicator, String communeId) {
    DossierFigures.Counts counts = figures.allTime(communeId);
    Double share = switch (indicator) {
      case FULLY_ONLINE_SHARE -> counts.fullyOnlineShare();
      case ELECTRONIC_RESULT_SHARE -> counts.electronicResultShare();
      case ON_TIME_SHARE -> counts.onTimeShare();
      case DATA_REUSE_SHARE -> counts.reuseShare();
    };
    return share == null ? null : Math.round(share * 1000.0) / 10.0;
  }

  /** "≥ 80%" style text of the value against the target. */
  public static String describe(Indicator indicator, Double target, Double value) {
    if (indicator == null) {
      return null;
    }
    String current = value == null ? "chưa có số liệu" : format(value) + "%";
    String goal = target == null ? "" : " (mục tiêu ≥ " + format(target) + "%" + (value != null && value >= target ? ", đạt" : value == null ? "" : ", chưa đạt") + ")";
    return indicator.label() + ": " + current + goal;
  }

  static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
  }
}
