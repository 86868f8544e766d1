package vn.gov.commune.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.commune.dossier.DossierFigures;

/**
 * The answer of GET /api/reports/dossiers: the figures of the period for the commune (or all
 * communes), then the same per procedure, then the open dossiers by the step they wait at. Counts are
 * whole numbers; shares are between 0 and 1, null when there is nothing to divide. Definitions:
 * {@link DossierFigures}.
 */
public record DossierReport(
    String communeId,
    LocalDate from,
    LocalDate to,
    Instant asOf,
    @JsonUnwrapped Figures totals,
    List<ProcedureRow> byProcedure,
    List<StepRow> byStep) {

  /** The figures of one procedure, one commune or the whole report. */
  public record Figures(
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
      Satisfaction satisfaction) {

    static Figures of(DossierFigures.Counts c) {
      return new Figures(
          c.received, c.receivedOnline, c.finished, c.finishedOnTime, c.finishedLate(), c.stopped, c.inProgress, c.nearDue,
          c.overdue, c.onTimeShare(), c.onlineShare(), c.fullyOnlineShare(), c.electronicResultShare(), c.reuseShare(),
          new Satisfaction(c.ratings, c.averageRating(), c.ratings - c.ratingsAtCounter, c.ratingsAtCounter,
              c.verySatisfied, c.satisfied, c.dissatisfied));
    }
  }

  /** Ratings given in the period: count, average level (1–3, null without ratings), by channel and by level. */
  public record Satisfaction(
      long ratings, Double average, long online, long atCounter, long verySatisfied, long satisfied, long dissatisfied) {}

  public record ProcedureRow(String communeId, String procedureCode, String procedureName, @JsonUnwrapped Figures figures) {}

  /** Dossiers open now at one status (the step they wait at), how many of them past their deadline. */
  public record StepRow(String communeId, String status, int statusCode, String label, long dossiers, long overdue) {}
}
