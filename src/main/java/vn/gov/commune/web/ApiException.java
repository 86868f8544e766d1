package vn.gov.commune.web;

import org.springframework.http.HttpStatus;

/**
 * An error the caller can act on, with a message in Vietnamese for the clerk or citizen who reads
 * it. Thrown before anything is changed, so a refused request leaves no trace.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

  public ApiException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  /** Extra members of the problem answer, e.g. the code of an existing dossier. */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public java.util.Map<String, Object> properties() {
    return java.util.Collections.unmodifiableMap(properties);
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, message);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message);
  }
}
