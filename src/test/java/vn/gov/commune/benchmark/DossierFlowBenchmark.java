package vn.gov.commune.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gov.commune.engine.ProductJobs;

/**
 * The write side of the benchmark (issue 15 point 1): drives online birth registrations (1.001193, two
 * one-page PDFs) end to end through the REST API as the national portal and the commune's clerk,
 * specialist and leader would — submit, receive, review, approve, until the result is returned
 * (status 10) — and, interleaved in the same run, a bare model with the same three user tasks
 * ({@code .ci/benchmark/bench-bare-dossier.bpmn}) through the same task calls. For each client count
 * it prints dossiers/s, bare instances/s, their ratio, CPU and SQL statements per item and p50/p95/p99
 * per call, as markdown.
 *
 * <p>As the commune's staff do, a client goes on to its next dossier once the leader has approved; the
 * result is signed, delivered and synced on the job executor meanwhile. A round's time ends when every
 * dossier it submitted has reached status 10 (checked every 250 ms once the clients are done), so the
 * rate counts finished dossiers only; "end to end" is read from each dossier's own history (the time
 * of status 10 minus the time the driver submitted it). A task the driver looks for and does not find
 * yet is looked for again after 25, 50, 100, then every 200 ms, for both models.
 *
 * <p>Started by {@code .ci/benchmark/run} against a running product (profiles mariadb, demo,
 * simulators). Environment: BENCH_URL, N (items of each kind per client count), CLIENTS ("1 4 8"),
 * ROUNDS (how many times dossiers and bare instances alternate, default 2), WARMUP, DB_URL, DB_USER,
 * DB_PASSWORD, APP_PID, MARIADB_PID, CLK_TCK.
 */
public final class DossierFlowBenchmark {

  static final String RECEIVE = "UserTask_ReceiveDossier";
  static final String REVIEW = "UserTask_ReviewDossier";
  static final String APPROVE = "UserTask_ApproveDossier";
  static final String BARE_PROCESS = "bench-bare-dossier";
  static final List<String> COMMUNES = List.of("sa-thay", "kon-tum");
  static final Map<String, String> PREFIX = Map.of("sa-thay", "sathay", "kon-tum", "kontum");

  private final HttpBench http;
  private final byte[] pdf;
  /** With {@code SCANS=1}: each dossier's birth certificate is a scan of its own (an image-only page), else the PDF. */
  private final boolean scans;
  private final AtomicInteger scanNumber = new AtomicInteger();
  private final ConcurrentLinkedQueue<byte[]> readyScans = new ConcurrentLinkedQueue<>();

  DossierFlowBenchmark(HttpBench http, byte[] pdf, boolean scans) {
    this.http = http;
    this.pdf = pdf;
    this.scans = scans;
  }

  /**
   * Renders the scans the next {@code count} dossiers send, before a round (the driver's rendering is
   * not the server's time): each one different, so that none is linked to an earlier one unread.
   */
  private void prepareScans(int count) {
    readyScans.clear();
    if (!scans) {
      return;
    }
    for (int i = 0; i < count; i++) {
      readyScans.add(vn.gov.commune.digitisation.TestFiles.imageOnlyPdf(
          "GIẤY CHỨNG SINH\nSố " + scanNumber.incrementAndGet() + "/2026\nHọ tên mẹ: Lê Thị Hoa"));
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    String url = env.getOrDefault("BENCH_URL", "http://localhost:18080");
    int n = Integer.parseInt(env.getOrDefault("N", "100"));
    int rounds = Integer.parseInt(env.getOrDefault("ROUNDS", "2"));
    // items of each kind per warm-up batch (see warmUp)
    int warmup = Integer.parseInt(env.getOrDefault("WARMUP", "40"));
    List<Integer> clients = new ArrayList<>();
    for (String c : env.getOrDefault("CLIENTS", "1 4 8").trim().split("[ ,]+")) {
      clients.add(Integer.parseInt(c));
    }
    byte[] pdf = Files.readAllBytes(Path.of(env.getOrDefault("PDF", "src/test/resources/samples/to-khai-mau.pdf")));
    byte[] bpmn = Files.readAllBytes(Path.of(env.getOrDefault("BARE_BPMN", ".ci/benchmark/bench-bare-dossier.bpmn")));

    HttpBench http = new HttpBench(url);
    DossierFlowBenchmark bench = new DossierFlowBenchmark(http, pdf, "1".equals(env.get("SCANS")));
    for (String commune : COMMUNES) {
      bench.deployBare(commune, bpmn);
    }
    try (ServerLoadBench load = ServerLoadBench.fromEnvironment()) {
      http.recording(false);
      bench.prepareScans(warmup);
      bench.warmUp(warmup, clients.stream().mapToInt(Integer::intValue).max().orElse(1), load,
          Integer.parseInt(env.getOrDefault("WARMUP_BATCHES", "4")), Double.parseDouble(env.getOrDefault("WARMUP_JIT_SHARE", "0.05")));
      http.recording(true);

      List<String> summary = new ArrayList<>();
      List<String> latencies = new ArrayList<>();
      List<String> threads = new ArrayList<>();
      for (int c : clients) {
        http.clearTimings();
        Totals dossiers = new Totals();
        Totals bare = new Totals();
        for (int r = 0; r < rounds; r++) {
          int share = n / rounds + (r < n % rounds ? 1 : 0);
          bench.measure(Kind.DOSSIER, share, c, load, dossiers);
          bench.measure(Kind.BARE, share, c, load, bare);
        }
        summary.add(summaryRow(c, dossiers, bare));
        threads.add(threadRow(c + " × dossier", dossiers));
        threads.add(threadRow(c + " × bare", bare));
        latencies.addAll(HttpBench.latencyRows(c + " × ", http.timings()));
        System.out.println("clients " + c + " done: " + summary.get(summary.size() - 1));
      }
      print(n, rounds, summary, threads, latencies);
    }
  }

  enum Kind { DOSSIER, BARE }

  /**
   * Warms the server up until its JIT compilers have settled: batches of {@code perBatch} dossiers and as
   * many bare instances with {@code clients} clients, until the compiler threads took less than {@code
   * jitShare} of the JVM's CPU in a batch, at most {@code batches} batches. With 5 warm-up items a run
   * measured a JVM still compiling (its compiler threads took half its CPU in the first measured round and
   * 18 % at 8 clients). With tiered compilation on 2 cores they never settle (README, Benchmark): the batch
   * limit bounds the warm-up, and the thread table shows what the compilers still took.
   */
  void warmUp(int perBatch, int clients, ServerLoadBench load, int batches, double jitShare) throws Exception {
    for (int batch = 1; batch <= batches; batch++) {
      prepareScans(perBatch);
      ServerLoadBench.Snapshot before = load.read();
      run(Kind.DOSSIER, perBatch, clients);
      run(Kind.BARE, perBatch, clients);
      awaitReturned();
      submitted.clear();
      drain();
      Map<String, Double> spent = ServerLoadBench.perItem(before, load.read(), 1);
      double share = spent.getOrDefault("thread.JIT compilers", Double.NaN) / spent.get("jvmCpuMs");
      System.out.printf(Locale.ROOT, "warm-up batch %d (%d dossiers, %d bare, %d clients): JIT compilers %.0f %% of the JVM's CPU%n",
          batch, perBatch, perBatch, clients, share * 100);
      if (!(share >= jitShare)) {
        return;
      }
    }
    System.out.println("warm-up: the JIT compilers had not settled after " + batches + " batches; measuring anyway");
  }

  /** Items, seconds and server figures summed over the rounds of one kind. */
  static final class Totals {
    long items;
    long failures;
    double seconds;
    Map<String, Double> sums = new LinkedHashMap<>();

    void add(long count, double s, Map<String, Double> perItem) {
      perItem.forEach((k, v) -> sums.merge(k, v * count, Double::sum));
      items += count;
      seconds += s;
    }

    double perItem(String key) {
      Double sum = sums.get(key);
      return sum == null || items == 0 ? Double.NaN : sum / items;
    }

    double rate() {
      return items / seconds;
    }
  }

  private void measure(Kind kind, int count, int clients, ServerLoadBench load, Totals totals) throws Exception {
    if (kind == Kind.DOSSIER) {
      prepareScans(count);
    }
    ServerLoadBench.Snapshot before = load.read();
    long start = System.nanoTime();
    submitted.clear();
    int failures = run(kind, count, clients);
    failures += awaitReturned();
    double seconds = (System.nanoTime() - start) / 1e9;
    drain(); // the asynchronous jobs the items left (status sync, notifications) are part of their cost
    ServerLoadBench.Snapshot after = load.read();
    recordEndToEnd(); // after the snapshot: reading the histories is the driver's, not the dossiers' cost
    totals.failures += failures;
    totals.add(count - failures, seconds, ServerLoadBench.perItem(before, after, Math.max(1, count - failures)));
  }

  /** Drives {@code count} items with {@code clients} threads; returns how many failed. */
  private int run(Kind kind, int count, int clients) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      String commune = COMMUNES.get(t % COMMUNES.size());
      running.add(pool.submit(() -> {
        while (next.getAndIncrement() < count) {
          try {
            if (kind == Kind.DOSSIER) {
              dossier(commune);
            } else {
              bare(commune);
            }
          } catch (RuntimeException e) {
            failures.incrementAndGet();
            System.err.println(kind + " failed: " + e.getMessage());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return failures.get();
  }

  /** The parts of an online birth registration of {@code commune} with two one-page PDFs, as the portal sends it. */
  static Map<String, Object> birthRegistration(String commune, byte[] pdf, String note) {
    return birthRegistration(commune, pdf, pdf, note);
  }

  /** The same with {@code certificate} as the birth certificate (a scan, with {@code SCANS=1}). */
  static Map<String, Object> birthRegistration(String commune, byte[] pdf, byte[] certificate, String note) {
    String application = """
        {"procedureCode":"1.001193","receivingCommuneId":"%s","competentCommuneId":null,"channel":"ONLINE",
         "applicant":{"personalId":"062095001234","fullName":"Nguyễn Văn An","phone":"0905123456","address":"Thôn 1, xã Sa Thầy"},
         "copies":1,"pages":1,"data":{"ghiChu":"%s"}}
        """.formatted(commune, note);
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("application", new HttpBench.Json(application));
    parts.put("TO_KHAI", pdf);
    parts.put("GIAY_CHUNG_SINH", certificate);
    return parts;
  }

  /** Dossiers submitted in the current round, by code, with the time the driver submitted them. */
  private final Map<String, Instant> submitted = new ConcurrentHashMap<>();

  /** An online birth registration: submit, receive, review, approve; the rest runs on the job executor. */
  void dossier(String commune) {
    String user = PREFIX.get(commune);
    long start = System.nanoTime();
    Instant submittedAt = Instant.now();
    byte[] scan = scans ? readyScans.poll() : null;
    Map<String, Object> parts = birthRegistration(commune, pdf, scan != null ? scan : pdf, "đo hiệu năng");
    String code = http.postMultipart("dossier POST /api/dossiers", "portal", "/api/dossiers", parts,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()), Map.of()).expect(201).json().get("code").asText();
    submitted.put(code, submittedAt);
    work("dossier", user + ".clerk", code, RECEIVE, Map.of("receiptDecision", variable("accept")));
    work("dossier", user + ".specialist", code, REVIEW, Map.of("reviewDecision", variable("approve"), "reviewNote", variable("Đủ điều kiện đăng ký khai sinh.")));
    work("dossier", user + ".leader", code, APPROVE, Map.of("approvalDecision", variable("approve")));
    record("dossier submit to approval (driver)", start);
  }

  /**
   * Waits until every dossier of the round has reached status 10 (checked every 250 ms, at most 120 s);
   * returns how many did not, and drops them from the round.
   */
  private int awaitReturned() {
    List<String> open = new ArrayList<>(submitted.keySet());
    long deadline = System.currentTimeMillis() + 120_000;
    while (!open.isEmpty()) {
      open.removeIf(code -> http.get("dossier GET /api/dossiers/{code} (waiting for status 10)", "portal",
          "/api/dossiers/" + HttpBench.q(code)).expect(200).json().get("statusCode").asInt() == 10);
      if (open.isEmpty()) {
        break;
      }
      if (System.currentTimeMillis() > deadline) {
        open.forEach(code -> {
          System.err.println("DOSSIER failed: " + code + " did not reach status 10 in 120 s");
          submitted.remove(code);
        });
        return open.size();
      }
      sleep(250);
    }
    return 0;
  }

  /** End to end per dossier: its history's status 10 time minus the time the driver submitted it. */
  private void recordEndToEnd() {
    List<Long> list = timings("dossier end to end (submitted → status 10, from its history)");
    submitted.forEach((code, at) -> {
      for (JsonNode entry : http.get(null, "portal", "/api/dossiers/" + HttpBench.q(code) + "/history").expect(200).json()) {
        if (entry.path("toStatus").asInt() == 10 && "STATUS".equals(entry.path("action").asText())) {
          list.add(java.time.Duration.between(at, Instant.parse(entry.get("at").asText())).toNanos() / 1000);
          break;
        }
      }
    });
  }

  /** The bare model: started by the administrator in the commune's tenant, then the same task calls. */
  void bare(String commune) {
    String user = PREFIX.get(commune);
    long start = System.nanoTime();
    String key = "BENCH-" + UUID.randomUUID();
    http.postJson("bare POST /engine-rest/process-definition/key/{key}/tenant-id/{t}/start", "demo",
        "/engine-rest/process-definition/key/" + BARE_PROCESS + "/tenant-id/" + commune + "/start",
        Map.of("businessKey", key, "variables", Map.of(
            "dossierCode", variable(key), "applicantName", variable("Nguyễn Văn An"), "procedureName", variable("Đăng ký khai sinh"))))
        .expect(200);
    work("bare", user + ".clerk", key, RECEIVE, Map.of("receiptDecision", variable("accept")));
    work("bare", user + ".specialist", key, REVIEW, Map.of("reviewDecision", variable("approve"), "reviewNote", variable("Đủ điều kiện đăng ký khai sinh.")));
    work("bare", user + ".leader", key, APPROVE, Map.of("approvalDecision", variable("approve")));
    record("bare end to end", start);
  }

  /** As Tasklist does: find the task, claim it, complete it with the form's variables. */
  private void work(String kind, String user, String businessKey, String taskKey, Map<String, Object> variables) {
    String id = null;
    long deadline = System.currentTimeMillis() + 120_000;
    long wait = 25;
    while (id == null) {
      JsonNode tasks = http.get(kind + " GET /engine-rest/task", user,
          "/engine-rest/task?processInstanceBusinessKey=" + HttpBench.q(businessKey) + "&taskDefinitionKey=" + taskKey).expect(200).json();
      if (tasks.size() > 0) {
        id = tasks.get(0).get("id").asText();
      } else if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(businessKey + ": " + user + " never saw " + taskKey);
      } else {
        sleep(wait);
        wait = Math.min(200, wait * 2);
      }
    }
    http.postJson(kind + " POST /engine-rest/task/{id}/claim", user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user)).expect(204);
    http.postJson(kind + " POST /engine-rest/task/{id}/complete (" + taskKey.substring("UserTask_".length()) + ")", user,
        "/engine-rest/task/" + id + "/complete", Map.of("variables", variables)).expect(204);
  }

  private void record(String call, long startNanos) {
    timings(call).add((System.nanoTime() - startNanos) / 1000);
  }

  /** The recorded durations (µs) of {@code call}. */
  private List<Long> timings(String call) {
    return http.timings().computeIfAbsent(call, k -> java.util.Collections.synchronizedList(new ArrayList<>()));
  }

  static Map<String, Object> variable(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void deployBare(String commune, byte[] bpmn) {
    deploy(http, "benchmark-" + commune, commune, BARE_PROCESS, bpmn).expect(200);
  }

  /** Deploys {@code bpmn} as the administrator into the commune's tenant (as Camunda Modeler does). */
  static HttpBench.Answer deploy(HttpBench http, String name, String commune, String processKey, byte[] bpmn) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", name);
    parts.put("deployment-source", "benchmark");
    parts.put("enable-duplicate-filtering", "true");
    parts.put("tenant-id", commune);
    parts.put("data", bpmn);
    return http.postMultipart(null, "demo", "/engine-rest/deployment/create", parts, Map.of(), Map.of("data", processKey + ".bpmn"));
  }

  /**
   * Waits until no job is due (the asynchronous steps the items left behind are done) and none of the
   * product's own jobs is left (OCR queued again for later), at most 300 s.
   */
  void drain() {
    long deadline = System.currentTimeMillis() + 300_000;
    while (System.currentTimeMillis() < deadline) {
      long due = http.get(null, "demo", "/engine-rest/job/count?executable=true").expect(200).json().get("count").asLong();
      // the product's own jobs too (OCR of scans queues itself again a few seconds later while OCR is busy)
      long own = http.get(null, "demo", "/engine-rest/job/count?processDefinitionKey=" + ProductJobs.HANDLER_TYPE).expect(200).json().get("count").asLong();
      if (due == 0 && own == 0) {
        return;
      }
      try {
        // the product's own jobs may be due seconds ahead (OCR queued again): no need to ask as often then,
        // and every call here is counted against the dossiers of the round
        Thread.sleep(due == 0 ? 1000 : 200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    System.err.println("jobs still due after 300 s");
  }

  private static String summaryRow(int clients, Totals d, Totals b) {
    double simulators = d.perItem("simulatorCpuMs");
    return String.format(Locale.ROOT, "| %d | %d%s | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f | %s | %.0f | %.0f | %.0f | %.0f | %s | %s |",
        clients, d.items, d.failures > 0 ? " (" + d.failures + " failed)" : "", d.rate(), b.rate(), b.rate() / d.rate(),
        d.perItem("jvmCpuMs"), d.perItem("childCpuMs"), b.perItem("jvmCpuMs"),
        Double.isNaN(simulators) ? "in the product's" : String.format(Locale.ROOT, "%.0f", simulators),
        Double.isNaN(d.perItem("user.CPU_TIME")) ? d.perItem("mariadbCpuMs") : d.perItem("user.CPU_TIME"),
        Double.isNaN(b.perItem("user.CPU_TIME")) ? b.perItem("mariadbCpuMs") : b.perItem("user.CPU_TIME"),
        d.perItem("comStatements"), b.perItem("comStatements"),
        sql(d), sql(b));
  }

  /** This user's statements per item (select/update/other, commits) when USER_STATISTICS is on. */
  private static String sql(Totals t) {
    if (Double.isNaN(t.perItem("userStatements"))) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.0f (%.0f sel, %.0f upd, %.0f other; %.0f commits)", t.perItem("userStatements"),
        t.perItem("user.SELECT_COMMANDS"), t.perItem("user.UPDATE_COMMANDS"), t.perItem("user.OTHER_COMMANDS"), t.perItem("user.COMMIT_TRANSACTIONS"));
  }

  /** The JVM's CPU per item by thread group (requests, jobs, parsing, garbage collection, JIT). */
  private static String threadRow(String label, Totals t) {
    StringBuilder row = new StringBuilder("| " + label + " |");
    for (String group : threadGroups()) {
      row.append(String.format(Locale.ROOT, " %.0f |", t.perItem("thread." + group)));
    }
    return row.toString();
  }

  private static List<String> threadGroups() {
    List<String> groups = new ArrayList<>(ServerLoadBench.THREAD_GROUPS.stream().map(Map.Entry::getKey).toList());
    groups.add("other");
    return groups;
  }

  private static void print(int n, int rounds, List<String> summary, List<String> threads, List<String> latencies) {
    System.out.println();
    System.out.println("### Write side: " + n + " online birth registrations and " + n + " bare instances per client count (" + rounds + " alternating rounds)");
    System.out.println();
    System.out.println("| clients | dossiers | dossiers/s | bare/s | bare ÷ dossier | JVM CPU ms/dossier | its child processes' (Tesseract) CPU ms/dossier | JVM CPU ms/bare | simulators' JVM CPU ms/dossier | MariaDB CPU ms/dossier | MariaDB CPU ms/bare | SQL/dossier (server Com_*) | SQL/bare (server Com_*) | SQL/dossier (benchmark DB user) | SQL/bare (benchmark DB user) |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    summary.forEach(System.out::println);
    System.out.println();
    System.out.println("Product JVM CPU ms per item, by thread (/proc/<pid>/task; \"other\" every other thread, the simulators' own when inside, and threads that ended during the round):");
    System.out.println();
    System.out.println("| clients × kind | " + String.join(" | ", threadGroups()) + " |");
    System.out.println("| --- |" + " --- |".repeat(threadGroups().size()));
    threads.forEach(System.out::println);
    System.out.println();
    System.out.println("| clients × call | calls | p50 ms | p95 ms | p99 ms | max ms |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    latencies.forEach(System.out::println);
  }
}
