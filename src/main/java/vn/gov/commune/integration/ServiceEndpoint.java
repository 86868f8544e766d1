package vn.gov.commune.integration;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import vn.gov.commune.shared.BackgroundPriority;

/**
 * One national service as the clients see it: a {@link RestClient} with timeouts, the service's
 * base URL (looked up on every call, because the simulators' port is known only after start-up) and
 * the translation of every failure into an {@link IntegrationException}.
 */
public final class ServiceEndpoint {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** The calling system's client id and secret at the service (app.integration.{service}.client-id, -secret). */
  public static final String CLIENT_ID = "X-Client-Id";
  public static final String CLIENT_SECRET = "X-Client-Secret";

  private static final Logger LOG = LoggerFactory.getLogger(ServiceEndpoint.class);

  /**
   * The threads that write request bodies, for every client: without an executor Spring's JDK request
   * factory starts a new thread for each request body and lets it end (issue 15: about 50 a second under
   * load). Idle threads are kept a minute and reused; there are never more than calls in flight.
   */
  private static final ExecutorService BODY_WRITERS = Executors.newCachedThreadPool(BackgroundPriority.threads("national-service-body-", 0, null));

  /**
   * The threads of every client that read answers and complete calls (the JDK's default is a pool per
   * client, whose threads would take the priority of whichever thread made them: often a job's).
   */
  private static final ExecutorService CLIENT_THREADS = Executors.newCachedThreadPool(BackgroundPriority.threads("national-service-client-", 0, null));

  private final NationalService service;
  private final RestClient rest;
  private final Supplier<String> baseUrl;
  private final Duration timeout;

  public ServiceEndpoint(NationalService service, RestClient rest, Supplier<String> baseUrl, Duration timeout) {
    this.service = service;
    this.rest = rest;
    this.baseUrl = baseUrl;
    this.timeout = timeout;
  }

  /** A service at a fixed address, with the given timeouts: for tests and tools. */
  public static ServiceEndpoint of(
      NationalService service, RestClient.Builder builder, String baseUrl, Duration connectTimeout, Duration timeout) {
    RestClient rest = configure(builder, connectTimeout, timeout).build();
    return new ServiceEndpoint(service, rest, () -> baseUrl, timeout);
  }

  /**
   * The builder with timeouts and with dates written as ISO-8601 text ({@code 2026-02-13T03:00:00Z},
   * {@code 1995-04-12}) whatever the application's Jackson settings are.
   */
  public static RestClient.Builder configure(RestClient.Builder builder, Duration connectTimeout, Duration timeout) {
    return builder
        .requestFactory(requestFactory(connectTimeout, timeout))
        .messageConverters(
            converters ->
                converters.replaceAll(
                    converter ->
                        converter instanceof MappingJackson2HttpMessageConverter jackson
                            ? new MappingJackson2HttpMessageConverter(
                                jackson.getObjectMapper().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                            : converter));
  }

  /** HTTP/1.1 through the JDK client, with a connect timeout and a read timeout. */
  public static ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration timeout) {
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).executor(CLIENT_THREADS).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client, BODY_WRITERS);
    factory.setReadTimeout(timeout);
    return factory;
  }

  public NationalService service() {
    return service;
  }

  /** The base URL followed by {@code path} (a URI template, e.g. {@code /dossiers/{code}/status}). */
  public String url(String path) {
    String base = baseUrl.get();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }

  /**
   * Runs one call. Any failure becomes an {@link IntegrationException}, except the HTTP client
   * errors (4xx) a caller asks to handle itself by catching {@link RestClientResponseException}
   * inside {@code call}.
   *
   * @param operation what is being done, for the log (no personal data)
   */
  public <T> T call(String operation, Function<RestClient, T> call) {
    try {
      return call.apply(rest);
    } catch (IntegrationException e) {
      throw e;
    } catch (RestClientResponseException e) {
      int status = e.getStatusCode().value();
      LOG.warn("{} {}: HTTP {}", service.id(), operation, status);
      String message =
          e.getStatusCode().is5xxServerError()
              ? service.displayName() + " đang gặp sự cố (HTTP " + status + "). Hệ thống sẽ tự thử lại sau."
              : service.displayName() + " từ chối yêu cầu (HTTP " + status + ").";
      throw new IntegrationException(service, status, message, e);
    } catch (ResourceAccessException e) {
      LOG.warn("{} {}: {}", service.id(), operation, e.getMostSpecificCause().getClass().getSimpleName());
      throw new IntegrationException(service, null, accessProblem(e), e);
    } catch (RestClientException e) {
      LOG.warn("{} {}: unreadable answer ({})", service.id(), operation, e.getClass().getSimpleName());
      throw new IntegrationException(
          service, null, service.displayName() + " trả về dữ liệu không đọc được.", e);
    }
  }

  /** The answer's body, which must be there. */
  public <T> T required(T body) {
    if (body == null) {
      throw new IntegrationException(service, service.displayName() + " trả về phản hồi rỗng.");
    }
    return body;
  }

  private String accessProblem(ResourceAccessException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
        return "Không kết nối được tới " + service.displayName() + ".";
      }
      if (cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException) {
        return service.displayName() + " không phản hồi trong " + timeout.toSeconds() + " giây. Hệ thống sẽ tự thử lại sau.";
      }
    }
    return "Không kết nối được tới " + service.displayName() + ".";
  }
}
