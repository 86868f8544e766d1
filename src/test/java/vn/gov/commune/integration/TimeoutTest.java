package vn.gov.commune.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/** The clients over real HTTP (a tiny JDK server): timeouts, refused connections, 503 and the headers on the wire. */
class TimeoutTest {

  HttpServer server;
  final List<String> keys = new CopyOnWriteArrayList<>();
  final List<String> credentials = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/slow",
        exchange -> {
          try {
            Thread.sleep(2_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply(exchange, 200, "{\"storedId\":\"late\"}");
        });
    server.createContext("/down", exchange -> reply(exchange, 503, "{\"status\":503}"));
    server.createContext(
        "/ok",
        exchange -> {
          keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          credentials.add(
              exchange.getRequestHeaders().getFirst("X-Client-Id") + ":" + exchange.getRequestHeaders().getFirst("X-Client-Secret"));
          exchange.getRequestBody().readAllBytes();
          reply(exchange, 200, "{\"storedId\":\"KQ-9\"}");
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** A client with timeouts a loaded machine still meets: for the tests that do not test the timeout itself. */
  private DataStoreClient client(String baseUrl) {
    return client(baseUrl, Duration.ofSeconds(10));
  }

  private DataStoreClient client(String baseUrl, Duration readTimeout) {
    return new DataStoreClient(
        ServiceEndpoint.of(NationalService.DATASTORE, RestClient.builder(), baseUrl, Duration.ofSeconds(5), readTimeout));
  }

  private String base(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void aSlowServiceTimesOut() {
    long start = System.nanoTime();
    // the service answers after 2 s; the client waits 300 ms
    assertThatThrownBy(() -> client(base("/slow"), Duration.ofMillis(300)).storeResult("062095001234", "HS-1", "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-1:k"))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("Kho quản lý dữ liệu điện tử của công dân không phản hồi")
        .satisfies(e -> assertThat(((IntegrationException) e).status()).isNull());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_800));
  }

  @Test
  void anUnavailableServiceFails() {
    assertThatThrownBy(() -> client(base("/down")).storeResult("062095001234", "HS-1", "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-1:k"))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("đang gặp sự cố (HTTP 503)");
  }

  @Test
  void aRefusedConnectionFails() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertThatThrownBy(
            () -> client("http://127.0.0.1:" + closedPort).storeResult("062095001234", "HS-1", "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-1:k"))
        .isInstanceOf(IntegrationException.class)
        .hasMessage("Không kết nối được tới Kho quản lý dữ liệu điện tử của công dân.");
  }

  @Test
  void theIdempotencyKeyIsOnTheWire() {
    assertThat(client(base("/ok")).storeResult("062095001234", "HS-1", "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-1:datastore"))
        .isEqualTo("KQ-9");
    assertThat(keys).containsExactly("HS-1:datastore");
  }

  @Test
  void theProductsClientCredentialAtTheServiceIsOnTheWire() {
    IntegrationProperties properties =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "app.integration.datastore.base-url", base("/ok"),
                        "app.integration.datastore.client-id", "commune-workflow",
                        "app.integration.datastore.client-secret", "s3cret-9f2c")))
            .bindOrCreate("app.integration", IntegrationProperties.class);
    MockEnvironment environment = new MockEnvironment();
    IntegrationEndpoints endpoints =
        new IntegrationEndpoints(
            properties,
            new LocalServer(environment),
            environment,
            new DefaultListableBeanFactory().getBeanProvider(RestClient.Builder.class));

    new DataStoreClient(endpoints.endpoint(NationalService.DATASTORE))
        .storeResult("062095001234", "HS-1", "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-1:datastore");
    client(base("/ok")).storeResult("062095001234", "HS-1", "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-1:datastore");

    // without a configured credential nothing is sent
    assertThat(credentials).containsExactly("commune-workflow:s3cret-9f2c", "null:null");
  }

  @Test
  void callsDoNotStartAThreadForEachRequestBody() {
    DataStoreClient client = client(base("/ok"));
    client.storeResult("062095001234", "HS-0", "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-0:datastore");
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int calls = 40;
    long before = threads.getTotalStartedThreadCount();
    for (int i = 1; i <= calls; i++) {
      client.storeResult("062095001234", "HS-" + i, "T", "kq.pdf", "application/pdf", "%PDF-1.7".getBytes(), "CK", "HS-" + i + ":datastore");
    }
    long started = threads.getTotalStartedThreadCount() - before;
    // The JDK's HttpClient completes each call on CompletableFuture's default executor, which starts a thread per
    // call when the common pool has a parallelism below 2 (fewer than three cores); the server here has a cached
    // pool. The request bodies must not add a thread per call on top (before: one SimpleAsyncTaskExecutor each).
    long perCallByTheJdk = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 2 ? calls : 0;
    assertThat(started).isLessThan(perCallByTheJdk + calls / 2);
    assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
        .anyMatch(name -> name.startsWith("national-service-body-"))
        .noneMatch(name -> name.startsWith("SimpleAsyncTaskExecutor"));
  }
}
