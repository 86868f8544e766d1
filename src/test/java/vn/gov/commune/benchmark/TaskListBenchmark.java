package vn.gov.commune.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.commune.organisation.TaskFilterBootstrap;
import vn.gov.commune.support.TestProfiles;

/**
 * Issue 15, point 2: how fast a clerk's task list and count stay as open tasks pile up across many
 * communes, and that a clerk still sees nothing of another commune at that volume.
 *
 * <p>Not part of the test suite (the name does not end in {@code Test}); run it explicitly, best on
 * MariaDB against a throw-away database (it adds communes, users and tasks it never removes):
 *
 * <pre>
 * DB_URL=… DB_USER=… DB_PASSWORD=… mvn -B -ntp -q test -Dtest.database=mariadb -Dtest=TaskListBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.tasks=0,10000,100000 -Dbenchmark.samples=40
 * </pre>
 *
 * <p>It creates {@code benchmark.communes} communes (tenants {@code bench-001}…, each with a clerk, a
 * specialist and a leader, members of their role group and their commune, and the commune's Tasklist
 * filters from {@link TaskFilterBootstrap}), then grows the open tasks to each total of
 * {@code benchmark.tasks} and times, over HTTP as the clerk of one commune, the calls Tasklist and
 * scripts make. Tasks are spread evenly over the communes: half "Tiếp nhận hồ sơ" (candidate group
 * {@code clerk}, process {@code dossier}), 30 % "Thẩm định hồ sơ" ({@code specialist}) and 20 %
 * "Phê duyệt, ký số" ({@code leader}, both {@code dossier-processing}), written by
 * {@link TaskListBenchmarkSeed} in batches (task row, candidate-group link, and the authorization rows
 * the engine's provider gives such a task); they belong to a deployed process definition but to no
 * process instance, which none of the timed queries looks at (the procedure filters, which read
 * process variables, are therefore not timed).
 *
 * <p>At each volume it also checks isolation: the clerk's list and count hold exactly its own
 * commune's clerk tasks, and another commune's task is neither readable nor claimable.
 *
 * <p>Prints one line per call and volume: {@code TASKLIST-BENCHMARK tasks=… call=… p50=…ms p95=…ms
 * p99=…ms max=…ms n=…}. Properties: {@code benchmark.tasks} (totals, default 0,10000,100000),
 * {@code benchmark.communes} (100), {@code benchmark.samples} (timed calls of each kind per volume, one
 * number or one per volume; 40), {@code benchmark.warmup} (5), {@code benchmark.timeout} (seconds per
 * call, 120; a call over it ends that volume), {@code benchmark.isolation} (true). The call
 * {@code baseline} ({@code GET /engine-rest/version}) is the cost of a request, login included,
 * without a query: subtract it to see what the task queries themselves cost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class TaskListBenchmark {

  static final String PREFIX = "bench-";
  static final String PASSWORD = "Benchmark-clerk-2026";

  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired RepositoryService repository;
  @Autowired TaskFilterBootstrap filterBootstrap;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  int communes;
  int seeded;

  @Test
  void clerkTaskListAtGrowingVolumes() throws Exception {
    communes = Integer.getInteger("benchmark.communes", 100);
    int[] samples = Arrays.stream(System.getProperty("benchmark.samples", "40").split(","))
        .map(String::strip).mapToInt(Integer::parseInt).toArray();
    boolean isolation = Boolean.parseBoolean(System.getProperty("benchmark.isolation", "true"));
    int warmup = Integer.getInteger("benchmark.warmup", 5);
    int timeout = Integer.getInteger("benchmark.timeout", 120);
    int[] totals = Arrays.stream(System.getProperty("benchmark.tasks", "0,10000,100000").split(","))
        .map(String::strip).mapToInt(Integer::parseInt).toArray();

    long started = System.nanoTime();
    createCommunes();
    System.out.printf(Locale.ROOT, "TASKLIST-BENCHMARK communes=%d ready in %d s (database: %s)%n",
        communes, (System.nanoTime() - started) / 1_000_000_000, TestProfiles.onMariaDb() ? "mariadb" : "h2");
    seeded = countSeeded();

    String commune = commune(communes / 2);
    String clerk = user(communes / 2, "clerk");
    String otherCommune = commune(communes / 2 + 1);
    String groupFilter = filterId("Việc của nhóm tôi", null);
    String overdueFilter = filterId(null, commune);

    Map<String, String> calls = new java.util.LinkedHashMap<>();
    calls.put("baseline", "GET /engine-rest/version");
    calls.put("task-list", "GET /engine-rest/task?candidateGroup=clerk&sortBy=created&sortOrder=desc&maxResults=50");
    calls.put("task-count", "GET /engine-rest/task/count?candidateGroup=clerk");
    calls.put("filter-group-list", "POST /engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=50");
    calls.put("filter-group-count", "GET /engine-rest/filter/" + groupFilter + "/count");
    calls.put("filter-overdue-list", "POST /engine-rest/filter/" + overdueFilter + "/list?firstResult=0&maxResults=50");
    calls.put("filter-overdue-count", "GET /engine-rest/filter/" + overdueFilter + "/count");

    for (int v = 0; v < totals.length; v++) {
      long seeding = System.nanoTime();
      seedUpTo(totals[v]);
      System.out.printf(Locale.ROOT, "TASKLIST-BENCHMARK tasks=%d seeded in %d s%n", seeded, (System.nanoTime() - seeding) / 1_000_000_000);
      if (isolation) {
        checkIsolation(clerk, commune, otherCommune);
      }
      for (Map.Entry<String, String> call : calls.entrySet()) {
        if (!time(seeded, call.getKey(), call.getValue(), clerk, samples[Math.min(v, samples.length - 1)], warmup, timeout)) {
          break; // a call over the timeout: the next ones would queue behind it on the database
        }
      }
    }
  }

  // ---- communes, users, filters -----------------------------------------------------------------

  static String commune(int i) {
    return PREFIX + String.format(Locale.ROOT, "%03d", i);
  }

  static String user(int i, String role) {
    return "bench" + String.format(Locale.ROOT, "%03d", i) + "." + role;
  }

  void createCommunes() {
    boolean created = false;
    for (int i = 1; i <= communes; i++) {
      String tenantId = commune(i);
      if (identity.createTenantQuery().tenantId(tenantId).count() > 0) {
        continue;
      }
      created = true;
      Tenant tenant = identity.newTenant(tenantId);
      tenant.setName("Xã Thử nghiệm " + i);
      identity.saveTenant(tenant);
      for (TaskListBenchmarkSeed.Step step : TaskListBenchmarkSeed.STEPS) {
        String userId = user(i, step.group());
        User user = identity.newUser(userId);
        user.setFirstName("Cán bộ " + i);
        user.setLastName(step.group());
        user.setPassword(PASSWORD);
        ((IdentityServiceImpl) identity).saveUser(user, true);
        identity.createMembership(userId, step.group());
        identity.createTenantUserMembership(tenantId, userId);
      }
    }
    if (created) {
      filterBootstrap.sync();
    }
  }

  String filterId(String name, String commune) {
    for (Filter filter : filters.createTaskFilterQuery().list()) {
      Object communeId = filter.getProperties() == null ? null : filter.getProperties().get("communeId");
      if (name != null && communeId == null && name.equals(filter.getName())) {
        return filter.getId();
      }
      if (commune != null && commune.equals(communeId) && "overdue".equals(filter.getProperties().get("filterKind"))) {
        return filter.getId();
      }
    }
    throw new IllegalStateException("no filter " + name + " " + commune);
  }

  // ---- tasks ------------------------------------------------------------------------------------

  int countSeeded() throws Exception {
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery("select count(*) from ACT_RU_TASK where TENANT_ID_ like 'bench-%'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  void seedUpTo(int total) throws Exception {
    if (seeded >= total) {
      return;
    }
    List<String> tenants = new ArrayList<>();
    for (int i = 1; i <= communes; i++) {
      tenants.add(commune(i));
    }
    new TaskListBenchmarkSeed(dataSource, engineConfiguration, repository).seed(tenants, seeded, total, "bench-");
    if (TestProfiles.onMariaDb()) {
      try (Connection c = dataSource.getConnection()) {
        for (String table : List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION")) {
          c.createStatement().execute("analyze table " + table);
        }
      }
    }
    seeded = total;
  }

  // ---- isolation at this volume ------------------------------------------------------------------

  void checkIsolation(String clerk, String commune, String otherCommune) throws Exception {
    int expected = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement count = c.prepareStatement(
            "select count(*) from ACT_RU_TASK T join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_"
                + " where T.TENANT_ID_ = ? and I.GROUP_ID_ = 'clerk' and I.TYPE_ = 'candidate'")) {
      count.setString(1, commune);
      try (var rs = count.executeQuery()) {
        rs.next();
        expected = rs.getInt(1);
      }
    }
    JsonNode counted = json.readTree(send(clerk, "GET /engine-rest/task/count?candidateGroup=clerk", 120).body());
    assertThat(counted.get("count").asInt()).as("the clerk counts exactly its commune's clerk tasks").isEqualTo(expected);
    JsonNode all = json.readTree(send(clerk, "GET /engine-rest/task/count", 120).body());
    assertThat(all.get("count").asInt()).as("without a filter the clerk still sees only its commune's clerk tasks").isEqualTo(expected);
    JsonNode listed = json.readTree(send(clerk, "GET /engine-rest/task?sortBy=created&sortOrder=desc&maxResults=200", 120).body());
    Set<String> tenants = new HashSet<>();
    listed.forEach(t -> tenants.add(t.path("tenantId").asText()));
    assertThat(tenants).as("tenants in the clerk's list").isSubsetOf(Set.of(commune));
    String foreign = null;
    try (Connection c = dataSource.getConnection();
        PreparedStatement one = c.prepareStatement(
            "select T.ID_ from ACT_RU_TASK T join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_ where T.TENANT_ID_ = ? and I.GROUP_ID_ = 'clerk'")) {
      one.setString(1, otherCommune);
      one.setMaxRows(1);
      try (var rs = one.executeQuery()) {
        if (rs.next()) {
          foreign = rs.getString(1);
        }
      }
    }
    if (foreign != null) {
      assertThat(send(clerk, "GET /engine-rest/task/" + foreign, 120).statusCode()).as("another commune's task by id").isEqualTo(404);
      assertThat(send(clerk, "GET /engine-rest/task?taskId=" + foreign, 120).body()).isEqualTo("[]");
      int claim = send(clerk, "POST /engine-rest/task/" + foreign + "/claim", 120, "{\"userId\":\"" + clerk + "\"}").statusCode();
      assertThat(claim).as("claiming another commune's task").isIn(403, 404);
    }
    System.out.printf(Locale.ROOT, "TASKLIST-BENCHMARK tasks=%d isolation ok: %s sees %d tasks, all its own clerk tasks, none of %s%n",
        seeded, clerk, expected, otherCommune);
  }

  // ---- timing -----------------------------------------------------------------------------------

  /** Times one call; false when it went over the timeout. */
  boolean time(int total, String name, String call, String clerk, int samples, int warmup, int timeout) throws Exception {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < warmup + samples; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer;
      try {
        answer = send(clerk, call, timeout);
      } catch (java.net.http.HttpTimeoutException e) {
        System.out.printf(Locale.ROOT, "TASKLIST-BENCHMARK tasks=%d call=%s over the timeout of %d s, volume stopped%n", total, name, timeout);
        return false;
      }
      long took = (System.nanoTime() - start) / 1_000_000;
      assertThat(answer.statusCode()).as(name + " " + answer.body()).isEqualTo(200);
      if (i >= warmup) {
        millis.add(took);
      }
    }
    if (millis.isEmpty()) {
      return true;
    }
    millis.sort(null);
    System.out.printf(Locale.ROOT, "TASKLIST-BENCHMARK tasks=%d call=%s p50=%dms p95=%dms p99=%dms max=%dms n=%d%n",
        total, name, pct(millis, 50), pct(millis, 95), pct(millis, 99), millis.get(millis.size() - 1), millis.size());
    return true;
  }

  static long pct(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  HttpResponse<String> send(String user, String call, int timeout) throws Exception {
    return send(user, call, timeout, call.startsWith("POST") ? "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}" : null);
  }

  HttpResponse<String> send(String user, String call, int timeout, String body) throws Exception {
    String method = call.substring(0, call.indexOf(' '));
    String path = call.substring(call.indexOf(' ') + 1);
    String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(timeout))
        .header("Authorization", "Basic " + token)
        .header("Accept", "application/json");
    if (method.equals("POST")) {
      request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.GET();
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
