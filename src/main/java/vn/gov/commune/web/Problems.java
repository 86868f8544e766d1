package vn.gov.commune.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers written by filters and interceptors before any controller (security, the simulators):
 * RFC 9457 problem JSON with a Vietnamese {@code detail}, like the controllers' (ApiExceptionHandler),
 * never a stack trace; and the error shape the Camunda webapps show ({@link #camundaError}).
 */
public final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }

  /** 429 with Retry-After in seconds. */
  public static void tooMany(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
  }

  /**
   * An error in the shape of Camunda's own REST answers ({@code type}, {@code message}), which the
   * webapps show to the person (e.g. under the login form), for filters in front of Camunda's API.
   */
  public static void camundaError(HttpServletResponse response, int status, String type, String message) throws IOException {
    ObjectNode error = JSON.createObjectNode();
    error.put("type", type);
    error.put("message", message);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.getWriter().write(JSON.writeValueAsString(error));
  }
}
