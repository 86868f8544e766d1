package vn.gov.commune.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist shows the {@code message} of a refused form submission as it comes from the webapps' copy
 * of the engine API ({@code /camunda/api/engine}): for a refusal of the product's own steps and
 * listeners that is Camunda's wrapping, e.g. {@code Cannot submit task form 6af6…: ENGINE-03051 There
 * was an exception while invoking the TaskListener. Message: 'org.camunda.bpm.engine.ProcessEngineException:
 * Thành phần …'}. For completing a task and starting a process, this filter cuts such a message down
 * to the product's Vietnamese text (what is left once Camunda's prefixes, ENGINE codes and Java class
 * names are taken off), and answers 400 instead of Camunda's 500 (403 for a refused permission): the
 * person sent something the product refuses, nothing failed on the server. Messages that do not end
 * in a Vietnamese text (Camunda's own errors) pass unchanged.
 *
 * <p>Any change (a method other than GET/HEAD/OPTIONS) on something of another commune fails Camunda's
 * tenant check with a plain engine exception, which the webapps' API answers with 500 and an English
 * ENGINE message (e.g. the retry of another commune's job): it is a refused permission, answered 403
 * with a Vietnamese sentence, as {@code /engine-rest} does (EngineRestResourceConfig).
 */
public class WebappEngineErrors extends OncePerRequestFilter {

  /** The submissions whose refusal a person reads in Tasklist. */
  static final Pattern SUBMISSION =
      Pattern.compile(
          "/camunda/api/engine/engine/[^/]+/(?:task/[^/]+/(?:submit-form|complete|resolve)"
              + "|process-definition/(?:[^/]+|key/[^/]+(?:/tenant-id/[^/]+)?)/(?:submit-form|start))/?");

  /** {@code Cannot submit task form <id>: }, {@code Cannot instantiate process definition <key:version:id>: } … */
  private static final Pattern CAMUNDA_PREFIX = Pattern.compile("^Cannot .{1,300}?: (.*)$", Pattern.DOTALL);
  /** {@code Exception while invoking TaskListener: …} */
  private static final Pattern INVOKING = Pattern.compile("^Exception while [^:]{1,100}: (.*)$", Pattern.DOTALL);
  /** {@code ENGINE-03051 There was an exception while invoking the TaskListener. Message: '…'} */
  private static final Pattern ENGINE_WRAPPED = Pattern.compile("^ENGINE-\\d+ [^']*?Message: '(.*)'\\s*$", Pattern.DOTALL);
  /** {@code ENGINE-16004 Exception while closing command context: …} */
  private static final Pattern ENGINE_CODE = Pattern.compile("^ENGINE-\\d+ [^:']{1,200}: (.*)$", Pattern.DOTALL);
  /** {@code org.camunda.bpm.engine.ProcessEngineException: …} */
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("^((?:[a-zA-Z_$][\\w$]*\\.)+([A-Z][\\w$]*)): (.*)$", Pattern.DOTALL);
  /** A letter only Vietnamese writes (đ, ơ, ư, ă, or a vowel with a tone mark). */
  private static final Pattern VIETNAMESE = Pattern.compile("[ĐđƠơƯưĂăÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĨĩŨũ\\u1EA0-\\u1EF9]");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The product's message inside one of Camunda's, and whether it is a refused permission. */
  record ProductMessage(String text, boolean authorization) {}

  /**
   * The product's Vietnamese message wrapped in Camunda's {@code message}, if that is what it carries:
   * Camunda's prefixes, ENGINE codes and exception class names taken off.
   */
  static Optional<ProductMessage> unwrap(String message) {
    if (message == null) {
      return Optional.empty();
    }
    String text = message.trim();
    boolean authorization = false;
    for (int round = 0; round < 20; round++) {
      Matcher m;
      if ((m = CAMUNDA_PREFIX.matcher(text)).matches()
          || (m = ENGINE_WRAPPED.matcher(text)).matches()
          || (m = INVOKING.matcher(text)).matches()
          || (m = ENGINE_CODE.matcher(text)).matches()) {
        text = m.group(1).trim();
      } else if ((m = CLASS_PREFIX.matcher(text)).matches()) {
        authorization |= m.group(2).equals("AuthorizationException");
        text = m.group(3).trim();
      } else {
        break;
      }
    }
    if (!VIETNAMESE.matcher(text).find() || text.contains("ENGINE-") || text.contains("org.camunda") || text.contains("Exception")) {
      return Optional.empty();
    }
    return Optional.of(new ProductMessage(text, authorization));
  }

  /**
   * Camunda's tenant check (ENGINE-13034 and the like): "… because it belongs to no authenticated
   * tenant." Also read by the security module's handler of {@code /engine-rest}'s engine exceptions.
   */
  public static final String TENANT_CHECK_FAILURE = "belongs to no authenticated tenant";

  static final String OTHER_COMMUNE = "Việc này thuộc xã/phường khác: tài khoản của anh/chị không được thao tác trên đó. Không có gì bị thay đổi.";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private static boolean submission(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && SUBMISSION.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
    } finally {
      if (answer.getStatus() >= 400 && isJson(answer.getContentType())) {
        rewrite(answer, submission(request));
      }
      answer.copyBodyToResponse();
    }
  }

  private static boolean isJson(String contentType) {
    return contentType != null && contentType.toLowerCase().contains("json");
  }

  private static void rewrite(ContentCachingResponseWrapper answer, boolean submission) throws IOException {
    JsonNode body;
    try {
      body = JSON.readTree(answer.getContentAsByteArray());
    } catch (IOException unreadable) {
      return;
    }
    if (!(body instanceof ObjectNode error) || !error.path("message").isTextual()) {
      return;
    }
    if (answer.getStatus() == 500 && error.get("message").asText().contains(TENANT_CHECK_FAILURE)) {
      answer.resetBuffer();
      Problems.camundaError(answer, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", OTHER_COMMUNE);
      return;
    }
    if (!submission) {
      return;
    }
    Optional<ProductMessage> product = unwrap(error.get("message").asText());
    if (product.isEmpty()) {
      return;
    }
    boolean forbidden = product.get().authorization() || answer.getStatus() == 403 || "AuthorizationException".equals(error.path("type").asText());
    int status = forbidden ? HttpServletResponse.SC_FORBIDDEN : answer.getStatus() == 500 ? HttpServletResponse.SC_BAD_REQUEST : answer.getStatus();
    answer.resetBuffer();
    Problems.camundaError(answer, status, error.path("type").asText(), product.get().text());
  }

  /** Registered in front of the webapps' engine API only. */
  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<WebappEngineErrors> webappEngineErrors() {
      FilterRegistrationBean<WebappEngineErrors> registration = new FilterRegistrationBean<>(new WebappEngineErrors());
      registration.addUrlPatterns("/camunda/api/engine/*");
      return registration;
    }
  }
}
