package vn.gov.commune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.commune.CommuneWorkflowApplication;
import vn.gov.commune.support.SeparateJvm;
import vn.gov.commune.support.TestProfiles;

/**
 * Status messages cut by a crash are delivered again after the restart (at least once); the
 * simulated portal remembers the idempotency keys it answered in the database, so it sees each
 * status exactly once. The product is started, stopped and started again on the same database.
 */
@Tag(SeparateJvm.TAG)
class SimulatorRestartTest {

  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();
  /** A file database that outlives the first start (on MariaDB: the run's database). */
  final String h2File = Path.of(System.getProperty("java.io.tmpdir"), "simulator-restart-" + UUID.randomUUID()).toString();

  @AfterEach
  void deleteTheDatabaseFile() throws IOException {
    Files.deleteIfExists(Path.of(h2File + ".mv.db"));
    Files.deleteIfExists(Path.of(h2File + ".trace.db"));
  }

  private ConfigurableApplicationContext start() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(CommuneWorkflowApplication.class).web(WebApplicationType.SERVLET);
    if (TestProfiles.onMariaDb()) {
      return app.profiles("mariadb", "test").run("--server.port=0");
    }
    return app.profiles("test")
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + h2File + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000");
  }

  private static String base(ConfigurableApplicationContext app) {
    return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  /** {@code POST /sim/dvcqg/dossiers/{code}/status} with the product's credential, as its status sync sends it. */
  private HttpResponse<String> deliver(ConfigurableApplicationContext app, String code, String key, int statusCode) throws Exception {
    String sync =
        """
        {"dossierCode":"%s","agencyCode":"000.00.31.H62","procedureCode":"1.001193","statusCode":%d,
         "statusName":"Được tiếp nhận","changedAt":"2026-02-13T03:00:00Z","sequence":1,"note":null}
        """.formatted(code, statusCode);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base(app) + "/sim/dvcqg/dossiers/" + code + "/status"))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .header("X-Client-Id", app.getEnvironment().getProperty("app.integration.dvcqg.client-id"))
            .header("X-Client-Secret", app.getEnvironment().getProperty("app.integration.dvcqg.client-secret"))
            .POST(HttpRequest.BodyPublishers.ofString(sync))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** What the portal shows the citizen: every status it received for the dossier. */
  private JsonNode statuses(ConfigurableApplicationContext app, String code) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base(app) + "/sim/dvcqg/dossiers/" + code + "/statuses"))
            .header("X-Client-Id", SimulatorCredentialsTest.DEMO_ID)
            .header("X-Client-Secret", SimulatorCredentialsTest.DEMO_SECRET)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void thePortalSeesAStatusDeliveredAgainAfterARestartExactlyOnce() throws Exception {
    String code = "000.00.31.H62-991231-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    String key = code + ":status:1";
    HttpResponse<String> first;
    try (ConfigurableApplicationContext before = start()) {
      first = deliver(before, code, key, 2);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      assertThat(statuses(before, code)).hasSize(1);
    }

    try (ConfigurableApplicationContext after = start()) {
      HttpResponse<String> again = deliver(after, code, key, 2);
      assertThat(again.statusCode()).isEqualTo(200);
      // the first answer, receipt time included: the portal did not take the status a second time
      assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));
      JsonNode seen = statuses(after, code);
      assertThat(seen).hasSize(1);
      assertThat(seen.get(0).get("statusCode").asInt()).isEqualTo(2);

      // the same key with another status is refused and stores nothing
      HttpResponse<String> other = deliver(after, code, key, 4);
      assertThat(other.statusCode()).isEqualTo(422);
      assertThat(json.readTree(other.body()).get("detail").asText()).contains("Idempotency-Key");
      assertThat(statuses(after, code)).hasSize(1);
    }
  }
}
