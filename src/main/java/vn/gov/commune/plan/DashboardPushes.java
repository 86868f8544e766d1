package vn.gov.commune.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;

/**
 * The scheduled push to the provincial steering committee's dashboard (issue 14 point 5): at every
 * {@code app.dashboard.push-cron} (hourly by default) one {@value #PROCESS} instance per commune, in the
 * commune's tenant, which takes the snapshot (the month's dossier figures, plan progress) and sends it
 * as an async job: retried after 1, 5 and 15 minutes, then an incident a supervisor retries in Cockpit.
 *
 * <p>Cluster-safe: the snapshot slot is the minute the schedule fired (Vietnam time), the version is
 * that minute ({@code yyyyMMddHHmm}), and the row {@link DashboardPush} (unique commune + version) is
 * written in the same transaction as the start, so when every node fires, one start per commune and slot
 * survives. The idempotency key {@code {commune}:{period}:{version}} makes a retry after a failure (or an
 * answer lost on the way) deliver once.
 */
@Service
public class DashboardPushes {

  public static final String PROCESS = "dashboard-push";

  private static final Logger LOG = LoggerFactory.getLogger(DashboardPushes.class);
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
  private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");

  private final CommuneRepository communes;
  private final DashboardPushRepository pushes;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final TransactionTemplate eachCommune;

  public DashboardPushes(
      CommuneRepository communes,
      DashboardPushRepository pushes,
      RuntimeService runtime,
      IdentityService identity,
      WorkingDayCalendar calendar,
      PlatformTransactionManager transactions) {
    this.communes = communes;
    this.pushes = pushes;
    this.runtime = runtime;
    this.identity = identity;
    this.calendar = calendar;
    this.eachCommune = new TransactionTemplate(transactions);
    this.eachCommune.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Scheduled(cron = "${app.dashboard.push-cron:0 0 * * * *}", zone = "Asia/Ho_Chi_Minh")
  public void scheduled() {
    List<String> started = pushAll();
    LOG.info("dashboard push: {} commune(s) started", started.size());
  }

  /**
   * Starts one push per commune for the present slot (engine clock, to the minute); a commune already
   * pushed in this slot (by another node) is skipped.
   *
   * @return the started process instances
   */
  public List<String> pushAll() {
    Instant now = PlanService.now();
    ZonedDateTime slot = now.atZone(zone()).truncatedTo(ChronoUnit.MINUTES);
    String period = PERIOD.format(slot);
    long version = Long.parseLong(VERSION.format(slot));
    List<String> started = new ArrayList<>();
    for (Commune commune : communes.findAllByOrderByName()) {
      try {
        started.add(eachCommune.execute(status -> start(commune.getId(), period, version, now)));
      } catch (DataIntegrityViolationException e) {
        LOG.debug("dashboard push of {} {} already started by another node", commune.getId(), version);
      }
    }
    return started;
  }

  private String start(String communeId, String period, long version, Instant now) {
    DashboardPush push = pushes.saveAndFlush(new DashboardPush(communeId, period, version, now));
    String key = communeId + ":" + period + ":" + version; // = DashboardClient.key of the snapshot
    String instanceId = SystemCalls.asSystem(identity, () -> runtime.startProcessInstanceByKey(PROCESS, key, Map.of(
        DashboardPushVariables.COMMUNE_ID, communeId,
        DashboardPushVariables.PERIOD, period,
        DashboardPushVariables.VERSION, version)).getId());
    push.started(instanceId);
    return instanceId;
  }

  private ZoneId zone() {
    return calendar.properties().zone();
  }

}
