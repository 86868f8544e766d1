package vn.gov.commune.dossier;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.shared.BackgroundPriority;

/**
 * The figures of the commune's dossiers over a period: the one definition of the report
 * (GET /api/reports/dossiers) and of the plan indicators. Each figure is an aggregate query (GROUP BY
 * commune and procedure), never a load of the dossiers. A dossier belongs to its competent commune
 * (the one answerable for its deadline), so a liên thông dossier is counted once.
 *
 * <ul>
 *   <li>received: received (receivedAt) in the period; online: of those, filed online; fully online:
 *       filed online for a fully online (toàn trình) procedure; reused: of those, with at least one
 *       component taken from a national database or the citizen's data store instead of being handed
 *       in again (data entered once: {@link DossierComponent.Source#NATIONAL_DATA},
 *       {@link DossierComponent.Source#DATA_STORE}), as the dossier's {@code reused} flag keeps it
 *       ({@link ComponentRepository});
 *   <li>finished: processed (result or refusal signed, processedAt) in the period; on time: processed
 *       by the deadline {@link Dossier#getDueAt()}, the appointment given at receipt (or after a
 *       supplement), never the apology's later date: an apologised dossier finished after its first
 *       appointment is late;
 *   <li>electronic results: of the finished approved dossiers, those whose signed result was
 *       delivered to the citizen's data store (resultDeliveredAt);
 *   <li>stopped: stopped (withdrawn, not supplemented, stopped) in the period, after receipt;
 *   <li>in progress at the period's end (or now, for a period not over yet): received, not processed
 *       and not stopped by then; overdue: of those, past their deadline; near due: due within one
 *       working day;
 *   <li>ratings: ratings given in the period (online and recorded at the counter), their sum (levels
 *       1–3) and count per level.
 * </ul>
 */
@Service
public class DossierFigures {

  private static final Instant EVER = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant NEVER = Instant.parse("3000-01-01T00:00:00Z");

  /** The commune's deadline: the appointment before any apology. */
  private static final String DUE = "coalesce(d.originalAppointmentAt, d.appointmentAt)";

  /** Threads running the province report's queries side by side, for all callers together. */
  static final int PROVINCE_QUERY_THREADS = 4;

  @PersistenceContext private EntityManager em;
  private final WorkingDayCalendar calendar;
  private final TransactionTemplate readOnly;
  private final ThreadPoolExecutor provinceQueries;

  public DossierFigures(WorkingDayCalendar calendar, PlatformTransactionManager transactions) {
    this.calendar = calendar;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.provinceQueries = new ThreadPoolExecutor(0, PROVINCE_QUERY_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        BackgroundPriority.threads("province-report-", 0, null),
        // all threads busy (or shutting down): the query runs in the caller's thread, never dropped
        (task, executor) -> task.run());
  }

  @PreDestroy
  void stop() {
    provinceQueries.shutdownNow();
  }

  /** Counts of one procedure in one commune, or the sum of several. */
  public static final class Counts {
    public long received;
    public long receivedOnline;
    public long receivedFullyOnline;
    public long reused;
    public long finished;
    public long finishedOnTime;
    public long finishedApproved;
    public long electronicResults;
    public long stopped;
    public long inProgress;
    public long nearDue;
    public long overdue;
    public long ratings;
    public long ratingSum;
    public long ratingsAtCounter;
    public long dissatisfied;
    public long satisfied;
    public long verySatisfied;

    void add(Counts o) {
      received += o.received;
      receivedOnline += o.receivedOnline;
      receivedFullyOnline += o.receivedFullyOnline;
      reused += o.reused;
      finished += o.finished;
      finishedOnTime += o.finishedOnTime;
      finishedApproved += o.finishedApproved;
      electronicResults += o.electronicResults;
      stopped += o.stopped;
      inProgress += o.inProgress;
      nearDue += o.nearDue;
      overdue += o.overdue;
      ratings += o.ratings;
      ratingSum += o.ratingSum;
      ratingsAtCounter += o.ratingsAtCounter;
      dissatisfied += o.dissatisfied;
      satisfied += o.satisfied;
      verySatisfied += o.verySatisfied;
    }

    public long finishedLate() { return finished - finishedOnTime; }
    public Double onTimeShare() { return share(finishedOnTime, finished); }
    public Double onlineShare() { return share(receivedOnline, received); }
    public Double fullyOnlineShare() { return share(receivedFullyOnline, received); }
    public Double electronicResultShare() { return share(electronicResults, finishedApproved); }
    public Double reuseShare() { return share(reused, received); }
    /** Average level (1 không hài lòng – 3 rất hài lòng), null without ratings. */
    public Double averageRating() { return ratings == 0 ? null : Math.round(ratingSum * 100.0 / ratings) / 100.0; }
  }

  /** A share between 0 and 1 (4 decimals), null when there is nothing to divide. */
  public static Double share(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
  }

  /** One procedure's counts in one commune. */
  public record ProcedureCounts(String communeId, String procedureCode, String procedureName, Counts counts) {}

  /** Open dossiers by their present status. */
  public record StepCounts(String communeId, DossierStatus status, long dossiers, long overdue) {}

  /** The whole history of a commune's dossiers up to now. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Counts allTime(String communeId) {
    Counts total = new Counts();
    byProcedure(List.of(communeId), EVER, NEVER).forEach(p -> total.add(p.counts()));
    return total;
  }

  /** Sum of rows. */
  public static Counts total(Collection<ProcedureCounts> rows) {
    Counts total = new Counts();
    rows.forEach(p -> total.add(p.counts()));
    return total;
  }

  /**
   * The counts of each (commune, procedure) with anything to count in [from, to), ordered by commune
   * and procedure code.
   *
   * <p>Each query groups by commune, procedure code and procedure name and reads only columns of one
   * of V15's indexes, most of which begin with those three, so that MariaDB answers it from the index,
   * in index order (no temporary table, no row read). A row's procedure name is the greatest of the
   * names in its group ({@code max(procedureName)} in the database, asked only when a procedure's
   * dossiers carry more than one name, e.g. versions named differently).
   *
   * @param communeIds the communes; null for all
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<ProcedureCounts> byProcedure(Collection<String> communeIds, Instant from, Instant to) {
    Instant now = DossierService.now();
    Instant asOf = to.isBefore(now) ? to : now;
    String communes = communeIds == null ? "" : " and d.competentCommuneId in :communes";
    String group = " group by d.competentCommuneId, d.procedureCode, d.procedureName";
    Map<String, Object> period = Map.of("from", from, "to", to);
    List<Part> parts = List.of(
        new Part("ix_dossier_report_received",
            "select d.competentCommuneId, d.procedureCode, d.procedureName, count(d),"
                + " sum(case when d.channel = vn.gov.commune.dossier.Channel.ONLINE then 1 else 0 end),"
                + " sum(case when d.channel = vn.gov.commune.dossier.Channel.ONLINE and d.serviceLevel = 'FULL_ONLINE' then 1 else 0 end),"
                + " sum(case when d.reused = true then 1 else 0 end)"
                + " from Dossier d where d.receivedAt >= :from and d.receivedAt < :to" + communes + group,
            period,
            (c, r) -> {
              c.received += n(r[3]);
              c.receivedOnline += n(r[4]);
              c.receivedFullyOnline += n(r[5]);
              c.reused += n(r[6]);
            }),
        new Part("ix_dossier_report_processed",
            "select d.competentCommuneId, d.procedureCode, d.procedureName, count(d),"
                + " sum(case when d.processedAt <= " + DUE + " then 1 else 0 end),"
                + " sum(case when d.resultType = vn.gov.commune.dossier.Dossier.ResultType.APPROVED then 1 else 0 end),"
                + " sum(case when d.resultType = vn.gov.commune.dossier.Dossier.ResultType.APPROVED and d.resultDeliveredAt is not null then 1 else 0 end)"
                + " from Dossier d where d.processedAt >= :from and d.processedAt < :to" + communes + group,
            period,
            (c, r) -> {
              c.finished += n(r[3]);
              c.finishedOnTime += n(r[4]);
              c.finishedApproved += n(r[5]);
              c.electronicResults += n(r[6]);
            }),
        new Part("ix_dossier_report_stopped",
            "select d.competentCommuneId, d.procedureCode, d.procedureName, count(d)"
                + " from Dossier d where d.stoppedAt >= :from and d.stoppedAt < :to and d.receivedAt is not null" + communes + group,
            period,
            (c, r) -> c.stopped += n(r[3])),
        new Part("ix_dossier_report_rated",
            "select d.competentCommuneId, d.procedureCode, d.procedureName, count(d),"
                + " sum(case when d.rating = 1 then 1 else 0 end), sum(case when d.rating = 2 then 1 else 0 end),"
                + " sum(case when d.rating = 3 then 1 else 0 end),"
                + " sum(case when d.ratingChannel = vn.gov.commune.dossier.Channel.COUNTER then 1 else 0 end)"
                + " from Dossier d where d.ratedAt >= :from and d.ratedAt < :to and d.rating is not null" + communes + group,
            period,
            (c, r) -> {
              c.ratings += n(r[3]);
              c.dissatisfied += n(r[4]);
              c.satisfied += n(r[5]);
              c.verySatisfied += n(r[6]);
              c.ratingSum = c.dissatisfied + 2 * c.satisfied + 3 * c.verySatisfied;
              c.ratingsAtCounter += n(r[7]);
            }),
        // open at the end of the period: received before it, neither processed nor stopped by then
        new Part("ix_dossier_report_open",
            "select d.competentCommuneId, d.procedureCode, d.procedureName, count(d),"
                + " sum(case when " + DUE + " < :asOf then 1 else 0 end),"
                + " sum(case when " + DUE + " >= :asOf and " + DUE + " <= :nearDue then 1 else 0 end)"
                + " from Dossier d where d.receivedAt < :asOf" + communes
                + " and (d.processedAt is null or d.processedAt >= :asOf) and (d.stoppedAt is null or d.stoppedAt >= :asOf)"
                + group,
            Map.of("asOf", asOf, "nearDue", nearDueLimit(asOf)),
            (c, r) -> {
              c.inProgress += n(r[3]);
              c.overdue += n(r[4]);
              c.nearDue += n(r[5]);
            }));

    List<List<Object[]>> results = communeIds == null
        ? provinceResults(parts)
        : parts.stream().map(part -> run(part, communeIds)).toList();
    Map<String, ProcedureCounts> rows = new TreeMap<>();
    for (int i = 0; i < parts.size(); i++) {
      merge(rows, results.get(i), parts.get(i).fill());
    }
    return new ArrayList<>(rows.values());
  }

  /** One aggregate query of the report: the index it is written for, JPQL, parameters, how its rows add up. */
  private record Part(String index, String jpql, Map<String, Object> parameters, BiConsumer<Counts, Object[]> fill) {}

  private List<Object[]> run(Part part, Collection<String> communeIds) {
    TypedQuery<Object[]> query = em.createQuery(part.jpql(), Object[].class);
    part.parameters().forEach(query::setParameter);
    if (communeIds != null) {
      query.setParameter("communes", communeIds);
    } else {
      // the whole province: the index the query is written for (USE INDEX, through Hibernate's query
      // hint; MariaDB and H2 both take it). Left to itself, MariaDB at times read a year's finished
      // dossiers through the ratings index, which gives the grouping order but not the columns:
      // 100,000 row reads, 210 ms instead of 55. One commune's queries read a short range of any
      // index and are left to the optimizer.
      query.unwrap(org.hibernate.query.Query.class).addQueryHint(part.index());
    }
    return query.getResultList();
  }

  /**
   * The province's queries side by side, each in a read-only transaction of its own on a pooled
   * connection (at most {@link #PROVINCE_QUERY_THREADS} at once for all callers; beyond that a query
   * runs in the caller's thread). Each of them reads every commune's index entries of the period; one
   * after the other they took most of a year's report (issue 14 point 6).
   */
  private List<List<Object[]>> provinceResults(List<Part> parts) {
    List<CompletableFuture<List<Object[]>>> running = parts.stream()
        .map(part -> CompletableFuture.supplyAsync(() -> readOnly.execute(tx -> run(part, null)), provinceQueries))
        .toList();
    try {
      return running.stream().map(CompletableFuture::join).toList();
    } catch (CompletionException e) {
      running.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * The dossiers received before {@code to} that are still open now, by their present status (the
   * step they wait at), with how many of them are past their deadline.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<StepCounts> openByStatus(Collection<String> communeIds, Instant to) {
    TypedQuery<Object[]> query = em.createQuery(
        "select d.competentCommuneId, d.status, count(d), sum(case when " + DUE + " < :now then 1 else 0 end)"
            + " from Dossier d where d.receivedAt < :to and d.status in :open"
            + (communeIds == null ? "" : " and d.competentCommuneId in :communes")
            + " group by d.competentCommuneId, d.status order by d.competentCommuneId",
        Object[].class)
        .setParameter("now", DossierService.now())
        .setParameter("to", to)
        .setParameter("open", List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.PAYMENT_REQUESTED, DossierStatus.WITHDRAWAL_REQUESTED, DossierStatus.PROCESSED));
    if (communeIds != null) {
      query.setParameter("communes", communeIds);
    }
    return query.getResultList().stream()
        .map(r -> new StepCounts((String) r[0], (DossierStatus) r[1], n(r[2]), n(r[3])))
        .sorted(java.util.Comparator.comparing(StepCounts::communeId).thenComparing(s -> s.status().code()))
        .toList();
  }

  /** The end of the next working day after {@code asOf}'s day: due by then is "near due". */
  public Instant nearDueLimit(Instant asOf) {
    LocalDate day = LocalDate.ofInstant(asOf, calendar.properties().zone());
    return calendar.addWorkingDays(day, 1).atTime(calendar.properties().endOfWorkingDay()).atZone(calendar.properties().zone()).toInstant();
  }

  /**
   * Adds one query's rows (commune, procedure code, procedure name, figures…) to the (commune,
   * procedure) rows. A row first seen in this query is named as {@code max(procedureName)} of this
   * query would have named it: the greatest of its names in the database's collation.
   */
  private void merge(Map<String, ProcedureCounts> rows, List<Object[]> result, BiConsumer<Counts, Object[]> fill) {
    Map<String, Set<String>> names = new HashMap<>();
    for (Object[] r : result) {
      String key = r[0] + "\u0000" + r[1];
      if (!rows.containsKey(key)) {
        names.computeIfAbsent(key, k -> new TreeSet<>()).add((String) r[2]);
      }
    }
    for (Object[] r : result) {
      String commune = (String) r[0];
      String procedure = (String) r[1];
      ProcedureCounts row = rows.computeIfAbsent(commune + "\u0000" + procedure,
          k -> new ProcedureCounts(commune, procedure, greatest(commune, procedure, names.get(k)), new Counts()));
      fill.accept(row.counts(), r);
    }
  }

  /** The greatest of a procedure's names in the database's collation, as {@code max()} there gives it. */
  private String greatest(String commune, String procedure, Set<String> names) {
    if (names.size() == 1) {
      return names.iterator().next();
    }
    return em.createQuery("select max(d.procedureName) from Dossier d where d.competentCommuneId = :commune and d.procedureCode = :code"
            + " and d.procedureName in :names", String.class)
        .setParameter("commune", commune).setParameter("code", procedure).setParameter("names", names).getSingleResult();
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
