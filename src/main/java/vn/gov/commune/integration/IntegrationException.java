package vn.gov.commune.integration;

/**
 * A national service could not be reached or failed (timeout, refused connection, HTTP 5xx, an
 * unexpected answer). Unchecked, so the Camunda job that made the call fails and is retried; the
 * Vietnamese message names the service and is what an operator sees in Cockpit.
 */
public class IntegrationException extends RuntimeException {

  private final NationalService service;
  private final Integer status;

  public IntegrationException(NationalService service, Integer status, String message, Throwable cause) {
    super(message, cause);
    this.service = service;
    this.status = status;
  }

  public IntegrationException(NationalService service, String message) {
    this(service, null, message, null);
  }

  public NationalService service() {
    return service;
  }

  /** The HTTP status the service answered with, or null when there was no answer. */
  public Integer status() {
    return status;
  }
}
