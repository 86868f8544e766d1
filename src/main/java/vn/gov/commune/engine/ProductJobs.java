package vn.gov.commune.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
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
  }

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
    job(kind).orElseThrow(() -> new IllegalArgumentException("No product job of kind " + kind));
    if (configuration == null) {
      throw new IllegalStateException("The process engine is not configured yet");
    }
    return configuration.getCommandExecutorTxRequired().execute(context -> {
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
      return message.getId();
    });
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
