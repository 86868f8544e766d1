package vn.gov.commune.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Work the product queues as engine jobs of its own, without a process instance: the engine's job
 * executor runs it after the queuing transaction commits, on any node, with the engine's locks,
 * retries ({@code failed-job-retry-time-cycle}) and, once retries are spent, an incident
 * ({@code GET /engine-rest/incident}, {@code /engine-rest/job?withException=true}).
 *
 * <p>The jobs carry the process definition key {@value #HANDLER_TYPE}, which no model has, so that the
 * engine's authorization checks apply to them (it checks none on a job without a key).
 *
 * <p>A module declares a kind of job as a {@link Job} bean; {@link #send} queues one in the caller's
 * transaction (joining it, as every engine call here does). All kinds share one engine job handler
 * ({@value #HANDLER_TYPE}); the job's configuration is {@code kind:payload}.
 */
@Component
public class ProductJobs extends AbstractProcessEnginePlugin {

  /** The engine job handler type of all product jobs. */
  public static final String HANDLER_TYPE = "product-job";

  /** One kind of product job. {@link #run} is called in the engine's transaction; throwing fails the job (retried). */
  public interface Job {
    /** The kind, [a-z-]: part of the job's stored configuration, so never renamed while jobs may be queued. */
    String kind();

    /** Runs the job queued with {@code payload} for {@code tenantId} (null: none). */
    void run(String payload, String tenantId);

    /** What a job of this kind with {@code payload} does, in Vietnamese, for the list of failed jobs. */
    default Description describe(String payload) {
      return new Description("Việc tự động của hệ thống (" + kind() + ")", null, null);
    }
  }

  /** A job as a supervisor reads it: what it does, the dossier it is for (if any) and a detail. */
  public record Description(String title, String dossierCode, String detail) {}

  /** A product job whose retries are spent (an incident): what it was doing, its last error, since when. */
  public record FailedJob(
      String jobId, String tenantId, String kind, String title, String dossierCode, String detail, String error, Instant failedAt) {}

  private final ObjectProvider<Job> jobs;
  private volatile ProcessEngineConfigurationImpl configuration;

  public ProductJobs(ObjectProvider<Job> jobs) {
    this.jobs = jobs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    this.configuration = engine;
    List<JobHandler> handlers = engine.getCustomJobHandlers() == null ? new ArrayList<>() : new ArrayList<>(engine.getCustomJobHandlers());
    handlers.add(new Handler());
    engine.setCustomJobHandlers(handlers);
    List<SessionFactory> sessions = engine.getCustomSessionFactories() == null ? new ArrayList<>() : new ArrayList<>(engine.getCustomSessionFactories());
    sessions.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return Queued.class;
      }

      @Override
      public Session openSession() {
        return new Queued();
      }
    });
    engine.setCustomSessionFactories(sessions);
    engine.setFailedJobCommandFactory(RetryCommand::new);
  }

  /**
   * The engine retries a job without an activity at once, three times in a row (its "standard
   * strategy"). A product job is retried as the models' jobs are, on the engine's
   * {@code failed-job-retry-time-cycle} (first try, then after 1, 5 and 15 minutes), so that an outage
   * of a national service has time to pass before the job becomes an incident. Other jobs: unchanged.
   */
  static final class RetryCommand extends DefaultJobRetryCmd {
    RetryCommand(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext context) {
      JobEntity job = getJob();
      if (job == null || !HANDLER_TYPE.equals(job.getJobHandlerType())) {
        return super.execute(context);
      }
      try {
        executeCustomStrategy(context, job, null);
      } catch (Exception unparsable) {
        executeStandardStrategy(context);
      }
      return null;
    }

    @Override
    public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
      if (activity != null) {
        return super.getFailedJobRetryConfiguration(job, activity);
      }
      String cycle = Context.getProcessEngineConfiguration().getFailedJobRetryTimeCycle();
      return cycle == null || cycle.isBlank() ? null : ParseUtil.parseRetryIntervals(cycle);
    }
  }

  /**
   * Queues a job of {@code kind} in the current transaction (the engine's, or the caller's Spring
   * transaction, which the engine joins); it runs once that commits. Returns the job's id.
   */
  public String send(String kind, String payload, String tenantId) {
    return send(kind, payload, tenantId, null);
  }

  /** {@link #send} to run not before {@code due} (null: as soon as the transaction commits). */
  public String send(String kind, String payload, String tenantId, java.util.Date due) {
    requireKind(kind);
    return configuration.getCommandExecutorTxRequired().execute(context -> queue(context, kind, payload, tenantId, due));
  }

  /**
   * {@link #send}, unless the same engine command (the same transaction) already queued a job of
   * {@code kind} for {@code tenantId} to run at once and {@code merge} combines that job's payload
   * with {@code payload} (null: it does not): that job then carries the combination, and no second
   * job is queued. Work one transaction produces in several pieces (two status changes of a dossier)
   * runs as one job: one acquisition, one lock, one execution, one job log, instead of one per piece.
   */
  public String sendOrMerge(String kind, String payload, String tenantId, BinaryOperator<String> merge) {
    requireKind(kind);
    String prefix = kind + ":";
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      DbEntityManager entities = context.getDbEntityManager();
      // the product jobs this command queued (the entity cache cannot list jobs by subtype: in 7.24 it compares
      // the asked type with its own entry class and finds none)
      for (MessageEntity queued : context.getSession(Queued.class).jobs) {
        CachedDbEntity cached = entities.getDbEntityCache().getCachedEntity(MessageEntity.class, queued.getId());
        // only a job not written yet: once inserted it is the job executor's
        if (cached == null || cached.getEntityState() != DbEntityState.TRANSIENT || queued.getDuedate() != null
            || !Objects.equals(tenantId, queued.getTenantId()) || !queued.getJobHandlerConfigurationRaw().startsWith(prefix)) {
          continue;
        }
        String merged = merge.apply(queued.getJobHandlerConfigurationRaw().substring(prefix.length()), payload);
        if (merged != null) {
          queued.setJobHandlerConfigurationRaw(prefix + merged);
          return queued.getId();
        }
      }
      return queue(context, kind, payload, tenantId, null);
    });
  }

  private void requireKind(String kind) {
    job(kind).orElseThrow(() -> new IllegalArgumentException("No product job of kind " + kind));
    if (configuration == null) {
      throw new IllegalStateException("The process engine is not configured yet");
    }
  }

  private static String queue(CommandContext context, String kind, String payload, String tenantId, java.util.Date due) {
    MessageEntity message = new MessageEntity();
    message.setJobHandlerType(HANDLER_TYPE);
    message.setJobHandlerConfigurationRaw(kind + ":" + payload);
    // Camunda checks nothing on a job without a process definition key ("standalone"): any engine user
    // could delete or suspend it. Under this key, no definition of which exists, only those granted on
    // it (administrators; supervisors' RETRY_JOB and READ_INSTANCE on every definition) may touch it.
    message.setProcessDefinitionKey(HANDLER_TYPE);
    message.setTenantId(tenantId);
    message.setDuedate(due);
    context.getJobManager().send(message);
    context.getSession(Queued.class).jobs.add(message);
    return message.getId();
  }

  /** The product jobs queued in one engine command (a session of the command context, opened on first use). */
  static final class Queued implements Session {
    final List<MessageEntity> jobs = new ArrayList<>();

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * The product jobs of these tenants whose retries are spent, most recent failure first, at most
   * {@code limit}; read as the system (the caller has checked which communes the person may see). A
   * retry goes through the engine's API and its authorization ({@code RETRY_JOB}).
   */
  public List<FailedJob> failed(Collection<String> tenantIds, int limit) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    return SystemCalls.asSystem(configuration.getIdentityService(), () -> {
      List<FailedJob> failed = new ArrayList<>();
      List<org.camunda.bpm.engine.runtime.Job> found = configuration.getManagementService().createJobQuery()
          .processDefinitionKey(HANDLER_TYPE)
          .noRetriesLeft()
          .tenantIdIn(tenantIds.toArray(String[]::new))
          .orderByJobDuedate()
          .desc()
          .listPage(0, limit);
      for (org.camunda.bpm.engine.runtime.Job job : found) {
        Configuration stored = new Handler().newConfiguration(((JobEntity) job).getJobHandlerConfigurationRaw());
        Description description;
        try {
          description = job(stored.kind()).map(j -> j.describe(stored.payload()))
              .orElse(new Description("Việc tự động không còn trên máy chủ này (" + stored.kind() + ")", null, null));
        } catch (RuntimeException unreadable) {
          description = new Description("Việc tự động (" + stored.kind() + ")", null, null);
        }
        List<Incident> incidents = configuration.getRuntimeService().createIncidentQuery().configuration(job.getId()).listPage(0, 1);
        Instant failedAt = !incidents.isEmpty() ? incidents.get(0).getIncidentTimestamp().toInstant()
            : job.getCreateTime() == null ? null : job.getCreateTime().toInstant();
        failed.add(new FailedJob(job.getId(), job.getTenantId(), stored.kind(), description.title(), description.dossierCode(),
            description.detail(), lastError(job.getExceptionMessage()), failedAt));
      }
      failed.sort(Comparator.comparing(FailedJob::failedAt, Comparator.nullsLast(Comparator.reverseOrder())));
      return failed;
    });
  }

  /** The last error, without the promise of a retry that the message made while retries were left. */
  static String lastError(String message) {
    return message == null ? null : message.replaceFirst("\\s*Hệ thống sẽ tự thử lại sau\\.?\\s*$", "");
  }

  private Optional<Job> job(String kind) {
    return jobs.orderedStream().filter(j -> j.kind().equals(kind)).findFirst();
  }

  record Configuration(String kind, String payload) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return kind + ":" + payload;
    }
  }

  private final class Handler implements JobHandler<Configuration> {
    @Override
    public String getType() {
      return HANDLER_TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
      job(configuration.kind())
          .orElseThrow(() -> new IllegalStateException("No product job of kind " + configuration.kind() + " on this node"))
          .run(configuration.payload(), tenantId);
    }

    @Override
    public Configuration newConfiguration(String canonical) {
      int colon = canonical.indexOf(':');
      return colon < 0 ? new Configuration(canonical, "") : new Configuration(canonical.substring(0, colon), canonical.substring(colon + 1));
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity job) {}
  }
}
