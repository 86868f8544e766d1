package vn.gov.commune.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import vn.gov.commune.web.WebappEngineErrors;

/**
 * Camunda's REST API as the starter configures it, except its two exception mappers for engine and
 * REST exceptions: an action on a process instance or task of another commune fails Camunda's
 * tenant check with a plain ProcessEngineException (wrapped in a RestException by some resources),
 * which Camunda answers with 500. It is a refused permission: 403. So is a refusal of the product's
 * listeners (an {@link AuthorizationException} that Camunda wraps as the failure of a listener).
 *
 * <p>Also checks a request to execute a job before the job is touched ({@link JobExecutionPrecheck}).
 */
public class EngineRestResourceConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
    configuration.remove(ProcessEngineExceptionHandler.class);
    configuration.remove(RestExceptionHandler.class);
    configuration.add(TenantCheckExceptionHandler.class);
    configuration.add(TenantCheckRestExceptionHandler.class);
    configuration.add(JobExecutionPrecheck.class);
    registerClasses(configuration);
    register(JacksonFeature.class);
  }

  static Response forbidTenantCheckFailure(Response response, Throwable exception) {
    String message = exception.getMessage();
    if (response.getStatus() == 500 && (message != null && message.contains(WebappEngineErrors.TENANT_CHECK_FAILURE) || refusedByListener(exception))) {
      return Response.fromResponse(response).status(Response.Status.FORBIDDEN).build();
    }
    return response;
  }

  /** A refusal raised by the product's listeners (four eyes, a dossier of another commune), which Camunda wraps. */
  private static boolean refusedByListener(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return true;
      }
    }
    return false;
  }

  /** Camunda's handler of engine exceptions, with tenant-check failures turned into 403. */
  public static class TenantCheckExceptionHandler extends ProcessEngineExceptionHandler {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return forbidTenantCheckFailure(super.toResponse(exception), exception);
    }
  }

  /** Camunda's handler of REST exceptions (which wrap engine ones), with tenant-check failures turned into 403. */
  public static class TenantCheckRestExceptionHandler extends RestExceptionHandler {
    @Override
    public Response toResponse(RestException exception) {
      return forbidTenantCheckFailure(super.toResponse(exception), exception);
    }
  }

  /**
   * {@code POST job/{id}/execute}: Camunda checks the caller's commune and authorization inside the
   * job's execution, so a refused call counted as a failed attempt of the job (retries burnt, a
   * failure in the job log, an incident at the last retry) in a commune the caller cannot even see.
   * The engine's own checks for executing a job run here first, in a command of their own: a
   * refused call is answered 403 and reaches no job.
   */
  public static class JobExecutionPrecheck implements ContainerRequestFilter {

    private static final Pattern EXECUTE_JOB = Pattern.compile("(?:engine/([^/]+)/)?job/([^/]+)/execute/?");

    @Override
    public void filter(ContainerRequestContext request) {
      Matcher execute = EXECUTE_JOB.matcher(request.getUriInfo().getPath());
      if (!"POST".equals(request.getMethod()) || !execute.matches()) {
        return;
      }
      check(EngineUtil.lookupProcessEngine(execute.group(1)), execute.group(2));
    }

    /**
     * Runs the engine's checks for executing the job as the current authentication, in a command of
     * their own; throws as Camunda would (tenant check, AuthorizationException) without touching the job.
     */
    static void check(org.camunda.bpm.engine.ProcessEngine engine, String jobId) {
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      configuration.getCommandExecutorTxRequired().execute(commandContext -> {
        JobEntity job = commandContext.getJobManager().findJobById(jobId);
        if (job != null) {
          for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkUpdateJob(job);
          }
        }
        return null;
      });
    }
  }
}
