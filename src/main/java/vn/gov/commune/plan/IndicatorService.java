package vn.gov.commune.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live values of the {@link Indicator}s from the commune's dossiers (competent commune), in percent,
 * null when there is no dossier to count yet.
 *
 * <ul>
 *   <li>FULLY_ONLINE_SHARE: dossiers filed online for a fully online (toàn trình) procedure, over all
 *       dossiers received;
 *   <li>ELECTRONIC_RESULT_SHARE: approved dossiers whose result was digitally signed, over approved
 *       dossiers;
 *   <li>ON_TIME_SHARE: processed dossiers processed by their appointment, over processed dossiers;
 *   <li>DATA_REUSE_SHARE: dossiers with at least one component taken from a national database or
 *       linked from the citizen's data store instead of being handed in again
 *       (DossierComponent.Source.NATIONAL_DATA or DATA_STORE), over all dossiers received.
 * </ul>
 */
@Service
public class IndicatorService {

  @PersistenceContext private EntityManager em;

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Double value(Indicator indicator, String communeId) {
    return switch (indicator) {
      case FULLY_ONLINE_SHARE -> share(
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.receivedAt is not null and d.channel = vn.gov.commune.dossier.Channel.ONLINE and d.serviceLevel = 'FULL_ONLINE'",
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.receivedAt is not null", communeId);
      case ELECTRONIC_RESULT_SHARE -> share(
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.resultType = vn.gov.commune.dossier.Dossier.ResultType.APPROVED and d.resultSignatureId is not null",
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.resultType = vn.gov.commune.dossier.Dossier.ResultType.APPROVED", communeId);
      case ON_TIME_SHARE -> share(
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.processedAt is not null and d.appointmentAt is not null and d.processedAt <= d.appointmentAt",
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.processedAt is not null and d.appointmentAt is not null", communeId);
      case DATA_REUSE_SHARE -> share(
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.receivedAt is not null and exists (select k from DossierComponent k where k.dossierCode = d.code and k.source in (vn.gov.commune.dossier.DossierComponent.Source.NATIONAL_DATA, vn.gov.commune.dossier.DossierComponent.Source.DATA_STORE))",
          "select count(d) from Dossier d where d.competentCommuneId = :c and d.receivedAt is not null", communeId);
    };
  }

  private Double share(String numerator, String denominator, String communeId) {
    long all = em.createQuery(denominator, Long.class).setParameter("c", communeId).getSingleResult();
    if (all == 0) {
      return null;
    }
    long counted = em.createQuery(numerator, Long.class).setParameter("c", communeId).getSingleResult();
    return Math.round(counted * 1000.0 / all) / 10.0;
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
