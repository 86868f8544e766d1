package vn.gov.commune.security;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * Camunda's REST API as the starter configures it, except its two exception mappers for engine and
 * REST exceptions: an action on a process instance or task of another commune fails Camunda's
 * tenant check with a plain ProcessEngineException (wrapped in a RestException by some resources),
 * which Camunda answers with 500. It is a refused permission: 403.
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
    registerClasses(configuration);
    register(JacksonFeature.class);
  }

  static final String TENANT_CHECK_FAILURE = "belongs to no authenticated tenant";

  static Response forbidTenantCheckFailure(Response response, Throwable exception) {
    String message = exception.getMessage();
    if (response.getStatus() == 500 && message != null && message.contains(TENANT_CHECK_FAILURE)) {
      return Response.fromResponse(response).status(Response.Status.FORBIDDEN).build();
    }
    return response;
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
}
