package vn.gov.commune.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.dossier.DossierFigures;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.OrgUnit;
import vn.gov.commune.organisation.StaffDirectory;
import vn.gov.commune.plan.Indicator;
import vn.gov.commune.plan.IndicatorService;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanStatus;
import vn.gov.commune.plan.TaskStatus;

/**
 * What a supervisor watches on the Cockpit page "Giám sát", for one commune at a time: the open
 * dossiers that are overdue or due within one working day (by procedure, by step, by holder, and the
 * most urgent of them one by one, with who holds them), the open steps past their own due date, the
 * plans' tasks by the five government statuses with the overdue ones and the bound indicators, and
 * the archives digitised against the commune's declared total.
 *
 * <p>Counts are aggregate queries (GROUP BY); only bounded lists are loaded (the most urgent dossiers,
 * overdue steps and tasks, at most the limits below), and for those the holders are read from the
 * engine's open tasks as the system, after the controller has checked the caller's commune. The
 * definitions are those of {@link DossierFigures} (deadline = the appointment before any apology;
 * near due = due by the end of the next working day; open = received, neither processed nor stopped),
 * so the totals equal the report's {@code overdue} and {@code nearDue} of the current period.
 */
@Service
public class Supervision {

  /** The most overdue steps listed per commune. */
  static final int MAX_OVERDUE_STEPS = 200;
  /** The overdue plan tasks listed per plan. */
  static final int MAX_OVERDUE_TASKS = 100;
  /** The plans listed per commune (newest first). */
  static final int MAX_PLANS = 20;
  /** The share of archives digitised that Kế hoạch 02-KH/BCĐTW asks for. */
  static final double ARCHIVE_TARGET = 0.30;

  private static final String DUE = "coalesce(d.originalAppointmentAt, d.appointmentAt)";
  private static final String OPEN =
      " from Dossier d where d.receivedAt is not null and d.receivedAt <= :now"
          + " and d.processedAt is null and d.stoppedAt is null and d.status in :open and " + DUE + " <= :nearDue";
  private static final List<DossierStatus> OPEN_STATUSES = List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
      DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED, DossierStatus.WITHDRAWAL_REQUESTED);

  @PersistenceContext private EntityManager em;
  private final DossierFigures figures;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final StaffDirectory staff;
  private final IndicatorService indicators;
  private final PlanCalendar planCalendar;

  public Supervision(DossierFigures figures, TaskService tasks, RuntimeService runtime, IdentityService identity, StaffDirectory staff,
      IndicatorService indicators, PlanCalendar planCalendar) {
    this.figures = figures;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.staff = staff;
    this.indicators = indicators;
    this.planCalendar = planCalendar;
  }

  // --- dossiers needing attention ----------------------------------------------------------------

  /** Overdue and near-due open dossiers of one key (procedure, step, holder). */
  public record Count(String key, String label, long overdue, long nearDue) {}

  /** One dossier needing attention: its step(s), who holds it, its deadline and the instance to open in Cockpit. */
  public record DossierRow(
      String code, String procedureCode, String procedureName, String status, String statusLabel, String step, String holder,
      Instant dueAt, boolean overdue, String processInstanceId) {}

  /** Open steps (tasks) of one name and holder past their own due date, the oldest one to open in Cockpit. */
  public record StepRow(String step, String holder, long tasks, Instant oldestDue, String processInstanceId) {}

  public record CommuneAttention(
      String communeId, String communeName, long overdue, long nearDue, List<Count> byProcedure, List<Count> byStep,
      List<Count> byHolder, List<DossierRow> dossiers, boolean moreDossiers, List<StepRow> overdueSteps, boolean moreOverdueSteps) {}

  /** The end of the next working day: due by then is near due (as in the dossier report). */
  public Instant nearDueUntil(Instant now) {
    return figures.nearDueLimit(now);
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public CommuneAttention attention(Commune commune, int limit) {
    return attention(List.of(commune), limit).get(0);
  }

  /**
   * The attention lists of several communes (the province for an administrator), in their order. The
   * same as asking for each commune in turn, answered with one query per kind for all of them: counts
   * grouped by commune, the urgent dossiers of all of them in one ordered list cut per commune, their
   * steps in one engine query; the open steps past their due date in one engine query when there are
   * at most {@link #MAX_OVERDUE_STEPS} of them in all, else one per commune.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<CommuneAttention> attention(List<Commune> communes, int limit) {
    Instant now = DossierService.now();
    Instant nearDue = nearDueUntil(now);
    List<String> ids = communes.stream().map(Commune::getId).toList();
    // one commune: its part of the indexes; several (the province): every open dossier once, kept for
    // the communes asked (an IN list of a hundred communes made MariaDB read hundreds of index ranges)
    String only = ids.size() == 1 ? " and d.competentCommuneId = :commune" : "";
    Map<String, List<Count>> byProcedure = counts(
        "select d.competentCommuneId, d.procedureCode, max(d.procedureName), " + split() + OPEN + only
            + " group by d.competentCommuneId, d.procedureCode", ids, now, nearDue,
        r -> (String) r[2]);
    Map<String, List<Count>> byStep = counts(
        "select d.competentCommuneId, d.status, count(d), " + split() + OPEN + only + " group by d.competentCommuneId, d.status", ids,
        now, nearDue,
        r -> ((DossierStatus) r[1]).label());

    TypedQuery<Object[]> urgentQuery = em.createQuery(
            "select d.competentCommuneId, d.code, d.procedureCode, d.procedureName, d.status, " + DUE + ", d.processInstanceId" + OPEN
                + only + " order by d.competentCommuneId, " + DUE + ", d.code",
            Object[].class)
        .setParameter("now", now).setParameter("nearDue", nearDue).setParameter("open", OPEN_STATUSES);
    if (ids.size() == 1) {
      urgentQuery.setParameter("commune", ids.get(0)).setMaxResults(limit + 1);
    }
    Set<String> asked = Set.copyOf(ids);
    Map<String, List<Object[]>> urgentByCommune = new HashMap<>();
    for (Object[] r : urgentQuery.getResultList()) {
      if (!asked.contains((String) r[0])) {
        continue;
      }
      List<Object[]> own = urgentByCommune.computeIfAbsent((String) r[0], k -> new ArrayList<>());
      if (own.size() <= limit) {
        own.add(r);
      }
    }
    // each commune keeps one row more than it shows (to tell that there are more): that one needs no steps
    List<String> codes = urgentByCommune.values().stream()
        .flatMap(own -> own.subList(0, Math.min(limit, own.size())).stream())
        .map(r -> (String) r[1]).toList();
    Map<String, List<Task>> tasksByCode = tasksOf(codes);
    Map<String, List<Task>> lateByCommune = lateSteps(ids, now);

    Holders holders = new Holders();
    List<CommuneAttention> answer = new ArrayList<>();
    for (Commune commune : communes) {
      String c = commune.getId();
      List<Count> procedures = byProcedure.getOrDefault(c, List.of());
      List<Count> steps = byStep.getOrDefault(c, List.of()).stream()
          .sorted(Comparator.comparingInt(s -> DossierStatus.valueOf(s.key()).code())).toList();
      long overdue = procedures.stream().mapToLong(Count::overdue).sum();
      long near = procedures.stream().mapToLong(Count::nearDue).sum();
      List<Object[]> urgent = urgentByCommune.getOrDefault(c, List.of());
      boolean more = urgent.size() > limit;
      if (more) {
        urgent = urgent.subList(0, limit);
      }
      answer.add(attention(commune, now, procedures, steps, overdue, near, urgent, more, tasksByCode,
          lateByCommune.getOrDefault(c, List.of()), holders));
    }
    return answer;
  }

  private CommuneAttention attention(Commune commune, Instant now, List<Count> byProcedure, List<Count> byStep, long overdue, long near,
      List<Object[]> urgent, boolean more, Map<String, List<Task>> tasksByCode, List<Task> late, Holders holders) {
    String c = commune.getId();
    List<DossierRow> rows = new ArrayList<>();
    Map<String, long[]> holderCounts = new LinkedHashMap<>();
    Map<String, String> holderLabels = new HashMap<>();
    for (Object[] r : urgent) {
      String code = (String) r[1];
      DossierStatus status = (DossierStatus) r[4];
      Instant due = (Instant) r[5];
      boolean isLate = due.isBefore(now);
      List<Task> open = tasksByCode.getOrDefault(code, List.of());
      Set<String> steps = new LinkedHashSet<>();
      Set<String> keys = new LinkedHashSet<>();
      String instance = (String) r[6];
      for (Task task : open) {
        steps.add(task.getName());
        keys.addAll(holders.keys(task));
      }
      // the instance in the commune's own tenant (the processing in the competent commune), else the dossier's
      instance = open.stream().filter(t -> c.equals(t.getTenantId())).map(Task::getProcessInstanceId).findFirst()
          .orElse(open.isEmpty() ? instance : open.get(0).getProcessInstanceId());
      if (keys.isEmpty()) {
        keys.add(Holders.NOBODY);
      }
      for (String key : keys) {
        long[] n = holderCounts.computeIfAbsent(key, k -> new long[2]);
        n[isLate ? 0 : 1]++;
        holderLabels.put(key, holders.label(key));
      }
      rows.add(new DossierRow(code, (String) r[2], (String) r[3], status.name(), status.label(),
          steps.isEmpty() ? status.label() : String.join("; ", steps),
          keys.stream().map(holders::label).collect(Collectors.joining("; ")), due, isLate, instance));
    }
    List<Count> byHolder = holderCounts.entrySet().stream()
        .map(e -> new Count(e.getKey(), holderLabels.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingLong(Count::overdue).reversed().thenComparing(Count::label))
        .toList();

    // open steps past their own due date (each step of a model has its own, e.g. review 2 working days)
    boolean moreSteps = late.size() > MAX_OVERDUE_STEPS;
    if (moreSteps) {
      late = late.subList(0, MAX_OVERDUE_STEPS);
    }
    Map<String, StepRow> steps = new LinkedHashMap<>();
    for (Task task : late) {
      String holder = holders.keys(task).stream().map(holders::label).collect(Collectors.joining("; "));
      if (holder.isEmpty()) {
        holder = holders.label(Holders.NOBODY);
      }
      String key = task.getName() + "\u0000" + holder;
      StepRow before = steps.get(key);
      steps.put(key, before == null
          ? new StepRow(task.getName(), holder, 1, task.getDueDate().toInstant(), task.getProcessInstanceId())
          : new StepRow(before.step(), before.holder(), before.tasks() + 1, before.oldestDue(), before.processInstanceId()));
    }
    return new CommuneAttention(c, commune.getName(), overdue, near, byProcedure, byStep, byHolder, rows, more,
        new ArrayList<>(steps.values()), moreSteps);
  }

  /** The open tasks of the dossiers (by business key), oldest first, read as the system; 1000 keys a query. */
  private Map<String, List<Task>> tasksOf(List<String> codes) {
    Map<String, List<Task>> byCode = new LinkedHashMap<>();
    for (int from = 0; from < codes.size(); from += 1000) {
      List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 1000));
      Map<String, List<Task>> found = SystemCalls.asSystem(identity, () -> {
        List<Task> held = tasks.createTaskQuery().processInstanceBusinessKeyIn(chunk.toArray(String[]::new)).orderByTaskCreateTime().asc().list();
        // a task names its instance, not the business key: read the keys of those instances in one query
        Set<String> instances = held.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keyOf = instances.isEmpty() ? Map.of() : runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
            .stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return held.stream().filter(t -> keyOf.containsKey(t.getProcessInstanceId()))
            .collect(Collectors.groupingBy(t -> keyOf.get(t.getProcessInstanceId()), LinkedHashMap::new, Collectors.toList()));
      });
      byCode.putAll(found);
    }
    return byCode;
  }

  /**
   * Each commune's open steps past their due date, the oldest first, at most {@link #MAX_OVERDUE_STEPS}
   * + 1 (to tell that there are more): one query for all the communes, which answers for each of them
   * when it finds no more than that in all, else one query per commune.
   */
  private Map<String, List<Task>> lateSteps(List<String> communeIds, Instant now) {
    Map<String, List<Task>> byCommune = new HashMap<>();
    if (communeIds.size() > 1) {
      List<Task> all = SystemCalls.asSystem(identity, () -> tasks.createTaskQuery().tenantIdIn(communeIds.toArray(String[]::new))
          .dueBefore(Date.from(now)).orderByDueDate().asc().listPage(0, MAX_OVERDUE_STEPS + 1));
      if (all.size() <= MAX_OVERDUE_STEPS) {
        all.forEach(t -> byCommune.computeIfAbsent(t.getTenantId(), k -> new ArrayList<>()).add(t));
        return byCommune;
      }
    }
    for (String c : communeIds) {
      byCommune.put(c, SystemCalls.asSystem(identity, () -> tasks.createTaskQuery().tenantIdIn(c).dueBefore(Date.from(now))
          .orderByDueDate().asc().listPage(0, MAX_OVERDUE_STEPS + 1)));
    }
    return byCommune;
  }

  private static String split() {
    return "sum(case when " + DUE + " < :now then 1 else 0 end), sum(case when " + DUE + " >= :now then 1 else 0 end)";
  }

  /** Counts per commune (r[0]) of one key (r[1]), with r[2], r[3] the overdue and near-due dossiers, most overdue first. */
  private Map<String, List<Count>> counts(String jpql, List<String> communes, Instant now, Instant nearDue,
      java.util.function.Function<Object[], String> label) {
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
        .setParameter("now", now).setParameter("nearDue", nearDue).setParameter("open", OPEN_STATUSES);
    if (communes.size() == 1) {
      query.setParameter("commune", communes.get(0));
    }
    Set<String> asked = Set.copyOf(communes);
    Map<String, List<Count>> byCommune = new HashMap<>();
    for (Object[] r : query.getResultList()) {
      if (asked.contains((String) r[0])) {
        byCommune.computeIfAbsent((String) r[0], k -> new ArrayList<>())
            .add(new Count(r[1] instanceof DossierStatus s ? s.name() : (String) r[1], label.apply(r), n(r[3]), n(r[4])));
      }
    }
    byCommune.replaceAll((c, list) -> list.stream()
        .sorted(Comparator.comparingLong(Count::overdue).reversed().thenComparing(Count::label)).toList());
    return byCommune;
  }

  /**
   * Who holds a task: its assignee (by full name), else its candidate groups (by group name), else its
   * candidate users; names read once per request.
   */
  private final class Holders {
    static final String NOBODY = "-";
    private final Map<String, String> labels = new HashMap<>();

    List<String> keys(Task task) {
      if (task.getAssignee() != null) {
        return List.of("user:" + task.getAssignee());
      }
      List<IdentityLink> links = SystemCalls.asSystem(identity, () -> tasks.getIdentityLinksForTask(task.getId()));
      List<String> keys = new ArrayList<>();
      links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .forEach(l -> keys.add("group:" + l.getGroupId()));
      links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
          .forEach(l -> keys.add("user:" + l.getUserId()));
      return keys;
    }

    String label(String key) {
      return labels.computeIfAbsent(key, k -> {
        if (k.equals(NOBODY)) {
          return "Chưa có người xử lý";
        }
        String id = k.substring(k.indexOf(':') + 1);
        if (k.startsWith("user:")) {
          return staff.fullName(id);
        }
        Group group = SystemCalls.asSystem(identity, () -> identity.createGroupQuery().groupId(id).singleResult());
        return "Nhóm " + (group == null || group.getName() == null ? id : group.getName());
      });
    }
  }

  // --- plans -----------------------------------------------------------------------------------

  public record StatusCount(String status, String label, long tasks) {}

  public record OverdueTask(
      Long taskId, String code, String content, String leadUnit, String officer, LocalDate deadline, String processInstanceId) {}

  public record IndicatorRow(Long taskId, String code, String content, String indicator, String label, Double target, Double value, Boolean met) {}

  public record PlanSummary(
      Long planId, String number, String title, String status, String statusLabel, long tasks, List<StatusCount> byStatus,
      List<OverdueTask> overdueTasks, boolean moreOverdueTasks, List<IndicatorRow> indicators) {}

  public record CommunePlans(String communeId, String communeName, List<PlanSummary> plans) {}

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public CommunePlans plans(Commune commune) {
    Instant now = PlanService.now();
    LocalDate today = planCalendar.today(now);
    List<Object[]> plans = em.createQuery(
            "select p.id, p.number, p.title, p.status from Plan p where p.communeId = :commune and p.status in :shown order by p.id desc",
            Object[].class)
        .setParameter("commune", commune.getId())
        .setParameter("shown", List.of(PlanStatus.ISSUED, PlanStatus.CLOSED))
        .setMaxResults(MAX_PLANS)
        .getResultList();
    Map<String, String> units = new HashMap<>();
    for (OrgUnit unit : commune.getUnits()) {
      units.put(unit.getCode(), unit.getName());
    }
    Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
    List<PlanSummary> summaries = new ArrayList<>();
    for (Object[] p : plans) {
      Long planId = (Long) p[0];
      Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
      for (TaskStatus s : TaskStatus.values()) {
        counts.put(s, 0L);
      }
      em.createQuery("select t.status, count(t) from PlanTask t where t.plan.id = :plan group by t.status", Object[].class)
          .setParameter("plan", planId).getResultList()
          .forEach(r -> counts.put((TaskStatus) r[0], n(r[1])));
      // unfinished tasks past their due day count as overdue before the escalation timer runs (PlanReports)
      List<Object[]> candidates = em.createQuery(
              "select t.id, t.code, t.content, t.leadUnitCode, t.leadUnitText, t.officerId, t.deadline, t.processInstanceId, t.status"
                  + " from PlanTask t where t.plan.id = :plan and t.status in :unfinished and (t.status = :overdue"
                  + " or (t.deadline is not null and t.officerId is not null and t.deadline <= :today))"
                  + " order by t.deadline, t.id",
              Object[].class)
          .setParameter("plan", planId)
          .setParameter("unfinished", List.of(TaskStatus.CHUA_THUC_HIEN, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, TaskStatus.DANG_THUC_HIEN_QUA_HAN))
          .setParameter("overdue", TaskStatus.DANG_THUC_HIEN_QUA_HAN)
          .setParameter("today", today)
          .getResultList();
      List<OverdueTask> overdue = new ArrayList<>();
      for (Object[] t : candidates) {
        TaskStatus status = (TaskStatus) t[8];
        LocalDate deadline = (LocalDate) t[6];
        boolean late = status == TaskStatus.DANG_THUC_HIEN_QUA_HAN
            || (deadline != null && t[5] != null && now.isAfter(planCalendar.endOf(planCalendar.dueDay(deadline))));
        if (!late) {
          continue;
        }
        if (status != TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
          counts.merge(status, -1L, Long::sum);
          counts.merge(TaskStatus.DANG_THUC_HIEN_QUA_HAN, 1L, Long::sum);
        }
        if (overdue.size() <= MAX_OVERDUE_TASKS) {
          String unitCode = (String) t[3];
          String unit = unitCode != null && units.containsKey(unitCode) ? units.get(unitCode) : t[4] != null ? (String) t[4] : unitCode;
          overdue.add(new OverdueTask((Long) t[0], (String) t[1], (String) t[2], unit,
              t[5] == null ? null : staff.fullName((String) t[5]), deadline, (String) t[7]));
        }
      }
      boolean moreOverdue = overdue.size() > MAX_OVERDUE_TASKS;
      if (moreOverdue) {
        overdue = overdue.subList(0, MAX_OVERDUE_TASKS);
      }
      List<IndicatorRow> bound = em.createQuery(
              "select t.id, t.code, t.content, t.indicator, t.indicatorTarget from PlanTask t"
                  + " where t.plan.id = :plan and t.indicator is not null order by t.id",
              Object[].class)
          .setParameter("plan", planId).getResultList().stream()
          .map(r -> {
            Indicator indicator = (Indicator) r[3];
            Double value = values.computeIfAbsent(indicator, i -> indicators.value(i, commune.getId()));
            Double target = (Double) r[4];
            return new IndicatorRow((Long) r[0], (String) r[1], (String) r[2], indicator.name(), indicator.label(), target, value,
                target == null || value == null ? null : value >= target);
          })
          .toList();
      List<StatusCount> byStatus = new ArrayList<>();
      counts.forEach((s, n) -> byStatus.add(new StatusCount(s.name(), s.label(), n)));
      PlanStatus planStatus = (PlanStatus) p[3];
      summaries.add(new PlanSummary(planId, (String) p[1], (String) p[2], planStatus.name(), planStatus.label(),
          counts.values().stream().mapToLong(Long::longValue).sum(), byStatus, overdue, moreOverdue, bound));
    }
    return new CommunePlans(commune.getId(), commune.getName(), summaries);
  }

  // --- archives --------------------------------------------------------------------------------

  /**
   * The commune's archive digitisation: files digitised (stored with their text) by the bulk runs of
   * its collections, against the total it declared; the share and whether it meets the 30% target.
   */
  public record CommuneArchives(
      String communeId, String communeName, long collections, long filesFound, long digitised, long refused,
      Long declaredTotal, Double share, double target, Boolean met) {}

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public CommuneArchives archives(Commune commune) {
    Object[] r = em.createQuery(
            "select count(a), sum(a.totalFiles), sum(a.doneFiles), sum(a.refusedFiles) from ArchiveCollection a where a.communeId = :commune",
            Object[].class)
        .setParameter("commune", commune.getId())
        .getSingleResult();
    long digitised = n(r[2]);
    Long declared = commune.getArchiveDeclaredTotal();
    Double share = declared == null || declared == 0 ? null : DossierFigures.share(digitised, declared);
    return new CommuneArchives(commune.getId(), commune.getName(), n(r[0]), n(r[1]), digitised, n(r[3]), declared, share,
        ARCHIVE_TARGET, share == null ? null : share >= ARCHIVE_TARGET);
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

}
