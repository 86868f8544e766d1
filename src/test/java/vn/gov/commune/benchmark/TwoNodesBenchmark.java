package vn.gov.commune.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The two-node harness (issue 15 point 4), started by {@code .ci/cluster/run} against two nodes of the
 * product on one MariaDB database behind HAProxy (BENCH: LB_URL). Two modes:
 *
 * <ul>
 *   <li>{@code throughput <label>}: N online birth registrations end to end (as {@link
 *       DossierFlowBenchmark}) with CLIENTS clients through HAProxy; prints dossiers/s.
 *   <li>{@code failover}: the same with N dossiers plus one timer instance per dossier
 *       ({@code bench-timer}, deployed here); after KILL_AFTER dossiers are acknowledged the node
 *       VICTIM_PID is killed with {@code kill -9}. Clients retry as a real client would: a call refused
 *       or cut off is sent again through HAProxy, a submission with the same Idempotency-Key (the
 *       product answers 409 with the dossier's code when the first one was saved), a task completion
 *       only if the task is still open, a timer instance only if none with its business key exists.
 *       Then checks, each printed PASS/FAIL; exit code 1 on any FAIL.
 * </ul>
 *
 * <p>Environment: LB_URL, N, CLIENTS, DB_URL, DB_USER, DB_PASSWORD; for failover also KILL_AFTER,
 * LOCK_MS, SLOW_MS, VICTIM_PID, VICTIM_URL, VICTIM_HOST, SURVIVOR_HOST, TIMER_BPMN.
 */
public final class TwoNodesBenchmark {

  static final String TIMER_PROCESS = "bench-timer";
  static final String TIMER_WAIT = "PT3S";
  /** Camunda's HistoricJobLogState: 0 created, 1 failed, 2 successful, 3 deleted. */
  static final int JOB_FAILED = 1;
  static final int JOB_SUCCESSFUL = 2;

  private final HttpBench http;
  private final byte[] pdf;
  private final String run = "htn-" + Long.toString(System.currentTimeMillis(), 36);
  /** Idempotency-Key → dossier code, for every acknowledged submission. */
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
  private final Set<String> timerKeys = ConcurrentHashMap.newKeySet();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger repeatedSubmissions = new AtomicInteger();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean timers;

  TwoNodesBenchmark(HttpBench http, byte[] pdf) {
    this.http = http;
    this.pdf = pdf;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    byte[] pdf = Files.readAllBytes(Path.of(env.getOrDefault("PDF", "src/test/resources/samples/to-khai-mau.pdf")));
    TwoNodesBenchmark bench = new TwoNodesBenchmark(new HttpBench(env.getOrDefault("LB_URL", "http://127.0.0.1:18280")), pdf);
    int n = Integer.parseInt(env.getOrDefault("N", "20"));
    int clients = Integer.parseInt(env.getOrDefault("CLIENTS", "4"));
    String mode = args.length > 0 ? args[0] : "throughput";
    if (mode.equals("throughput")) {
      bench.throughput(args.length > 1 ? args[1] : "", n, clients);
    } else if (mode.equals("failover")) {
      System.exit(bench.failover(env, n, clients) ? 0 : 1);
    } else {
      throw new IllegalArgumentException("mode throughput or failover, not " + mode);
    }
  }

  // --- phases 1 and 2 -----------------------------------------------------------------------------

  void throughput(String label, int n, int clients) throws Exception {
    drive(Math.min(n, 4), clients, null); // warm-up, not counted
    drainJobs(60_000);
    long start = System.nanoTime();
    int failed = drive(n, clients, null);
    double seconds = (System.nanoTime() - start) / 1e9;
    drainJobs(60_000);
    System.out.printf(Locale.ROOT, "%s: %d dossiers end to end with %d clients in %.1f s: %.2f dossiers/s%s%n",
        label, n - failed, clients, seconds, (n - failed) / seconds, failed > 0 ? " (" + failed + " failed)" : "");
  }

  /** Drives {@code count} dossiers with {@code clients} threads; {@code onAcknowledged} runs after each submission. */
  private int drive(int count, int clients, Runnable onAcknowledged) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      String commune = DossierFlowBenchmark.COMMUNES.get(t % DossierFlowBenchmark.COMMUNES.size());
      running.add(pool.submit(() -> {
        while (next.getAndIncrement() < count) {
          try {
            dossier(commune, onAcknowledged);
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            failures.add(e.getMessage());
            System.err.println("dossier failed: " + e.getMessage());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return failed.get();
  }

  /** An online birth registration end to end, each call retried as a client would when a node fails. */
  void dossier(String commune, Runnable onAcknowledged) {
    String user = DossierFlowBenchmark.PREFIX.get(commune);
    String key = run + "-" + UUID.randomUUID();
    Map<String, Object> parts = DossierFlowBenchmark.birthRegistration(commune, pdf, "đo cụm hai nút");
    HttpBench.Answer submitted = retry("submit " + key, () -> http.postMultipart(null, "portal", "/api/dossiers", parts,
        Map.of("Idempotency-Key", key), Map.of()), 201, 409);
    String code;
    if (submitted.status() == 201) {
      code = submitted.json().get("code").asText();
    } else { // the first attempt was saved but its answer lost: the product names the dossier it created
      repeatedSubmissions.incrementAndGet();
      code = dossierCodeOf(submitted.json());
    }
    acknowledged.put(key, code);
    if (onAcknowledged != null) {
      onAcknowledged.run();
    }
    if (timers) {
      startTimer(commune);
    }
    work(user + ".clerk", code, DossierFlowBenchmark.RECEIVE, Map.of("receiptDecision", DossierFlowBenchmark.variable("accept")));
    work(user + ".specialist", code, DossierFlowBenchmark.REVIEW, Map.of("reviewDecision", DossierFlowBenchmark.variable("approve"),
        "reviewNote", DossierFlowBenchmark.variable("Đủ điều kiện đăng ký khai sinh.")));
    work(user + ".leader", code, DossierFlowBenchmark.APPROVE, Map.of("approvalDecision", DossierFlowBenchmark.variable("approve")));
    long deadline = System.currentTimeMillis() + 180_000;
    while (true) {
      JsonNode dossier = retry("status " + code, () -> http.get(null, "portal", "/api/dossiers/" + HttpBench.q(code)), 200).json();
      if (dossier.get("statusCode").asInt() == 10) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(code + " did not reach status 10 in 180 s: " + dossier.get("statusCode"));
      }
      sleep(100);
    }
  }

  private static String dossierCodeOf(JsonNode conflict) {
    for (String field : List.of("dossierCode", "code")) {
      if (conflict.hasNonNull(field)) {
        return conflict.get(field).asText();
      }
    }
    JsonNode found = conflict.findValue("dossierCode");
    if (found != null) {
      return found.asText();
    }
    throw new IllegalStateException("409 without the dossier's code: " + conflict);
  }

  /** Find the task, claim it, complete it; a completion whose answer was lost is not sent again once the task is done. */
  private void work(String user, String businessKey, String taskKey, Map<String, Object> variables) {
    long deadline = System.currentTimeMillis() + 180_000;
    while (true) {
      JsonNode tasks = retry("tasks " + businessKey, () -> http.get(null, user, "/engine-rest/task?processInstanceBusinessKey="
          + HttpBench.q(businessKey) + "&taskDefinitionKey=" + taskKey), 200).json();
      if (tasks.size() > 0) {
        String id = tasks.get(0).get("id").asText();
        retry("claim " + id, () -> http.postJson(null, user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user)), 204);
        try {
          retry("complete " + id, () -> http.postJson(null, user, "/engine-rest/task/" + id + "/complete",
              Map.of("variables", variables)), 204);
          return;
        } catch (RuntimeException e) {
          if (taskDone(user, id)) {
            return; // completed by an attempt whose answer was lost
          }
          throw e;
        }
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(businessKey + ": " + user + " never saw " + taskKey);
      }
      sleep(50);
    }
  }

  private boolean taskDone(String user, String id) {
    return retry("task " + id, () -> http.get(null, user, "/engine-rest/task/" + id), 200, 404).status() == 404;
  }

  /**
   * Sends the call until it answers one of {@code expected}, for at most 120 s: a connection refused or
   * cut off, or HAProxy's 502/503/504, is a node failing; anything else is an answer.
   */
  private HttpBench.Answer retry(String what, Supplier<HttpBench.Answer> call, int... expected) {
    long deadline = System.currentTimeMillis() + 120_000;
    String last = null;
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpBench.Answer answer = call.get();
        int status = answer.status();
        if (status != 502 && status != 503 && status != 504) {
          return answer.expect(expected);
        }
        last = "HTTP " + status;
      } catch (IllegalStateException e) {
        if (!(e.getCause() instanceof IOException) || e.getCause() instanceof HttpTimeoutException) {
          throw e;
        }
        last = e.getCause().toString();
      }
      retries.incrementAndGet();
      sleep(500);
    }
    throw new IllegalStateException(what + ": no answer in 120 s, last " + last);
  }

  // --- phase 3 ------------------------------------------------------------------------------------

  boolean failover(Map<String, String> env, int n, int clients) throws Exception {
    long lockMs = Long.parseLong(env.getOrDefault("LOCK_MS", "20000"));
    long victimPid = Long.parseLong(env.get("VICTIM_PID"));
    String victimHost = env.getOrDefault("VICTIM_HOST", "node2");
    String survivorHost = env.getOrDefault("SURVIVOR_HOST", "node1");
    int killAfter = Integer.parseInt(env.getOrDefault("KILL_AFTER", String.valueOf(n / 3)));
    byte[] bpmn = Files.readAllBytes(Path.of(env.getOrDefault("TIMER_BPMN", ".ci/cluster/bench-timer.bpmn")));
    try (Connection db = DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"))) {
      db.setAutoCommit(true);
      for (String commune : DossierFlowBenchmark.COMMUNES) {
        deployTimer(commune, bpmn);
      }
      // node 2's simulated national portal answers slowly, so that its job threads hold locked jobs at the kill
      HttpBench victim = new HttpBench(env.get("VICTIM_URL"));
      long slowMs = Long.parseLong(env.getOrDefault("SLOW_MS", "6000"));
      HttpBench.Answer slow = victim.putJson(null, "demo", "/api/admin/simulators/dvcqg", Map.of("delayMs", slowMs));
      System.out.println("node 2's simulated DVCQG delay: " + slow.status() + " " + slow.text());
      timers = true;

      AtomicInteger acknowledgedCount = new AtomicInteger();
      AtomicReference<Instant> killedAt = new AtomicReference<>();
      AtomicReference<List<LockedJob>> lockedAtKill = new AtomicReference<>(List.of());
      AtomicReference<List<LockedJob>> lockedAfterKill = new AtomicReference<>(List.of());
      AtomicReference<Thread> afterKill = new AtomicReference<>();
      Runnable killer = () -> {
        if (acknowledgedCount.incrementAndGet() == killAfter) {
          try {
            // kill while a job has been locked for more than half of node 2's portal delay: most likely node 2's
            long until = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < until && lockedJobs(db).stream()
                .noneMatch(j -> j.lockedUntil().getTime() - lockMs < System.currentTimeMillis() - slowMs / 2)) {
              sleep(50);
            }
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(victimPid)).inheritIO().start();
            kill.waitFor();
            killedAt.set(Instant.now());
            lockedAtKill.set(lockedJobs(db));
            System.out.printf("kill -9 %d (node 2) after %d acknowledged dossiers, at %s; %d jobs locked in ACT_RU_JOB then%n",
                victimPid, killAfter, killedAt.get(), lockedAtKill.get().size());
            // the jobs still locked 5 s after the kill are the dead node's: the survivor finishes its own in that time
            Thread later = new Thread(() -> {
              sleep(5_000);
              try (Connection own = DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"))) {
                lockedAfterKill.set(lockedJobs(own));
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
            later.start();
            afterKill.set(later);
            for (LockedJob job : lockedAtKill.get()) {
              System.out.printf(Locale.ROOT, "     locked: %s %s by %s, for %.1f s%n", job.id(), job.type(), job.owner(),
                  (killedAt.get().toEpochMilli() - (job.lockedUntil().getTime() - lockMs)) / 1000.0);
            }
          } catch (Exception e) {
            throw new IllegalStateException("kill failed", e);
          }
        }
      };
      long start = System.nanoTime();
      int failed = drive(n, clients, killer);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%d dossiers driven through the kill with %d clients in %.1f s (%.2f dossiers/s), %d failed;"
          + " %d calls retried, %d submissions answered 409 (saved before their answer was lost)%n",
          n - failed, clients, seconds, (n - failed) / seconds, failed, retries.get(), repeatedSubmissions.get());
      if (killedAt.get() == null) {
        System.out.println("FAIL the node was never killed (KILL_AFTER " + killAfter + " > N " + n + ")");
        return false;
      }
      if (afterKill.get() != null) {
        afterKill.get().join();
      }
      List<LockedJob> stillLocked = lockedAfterKill.get();
      List<LockedJob> dead = new ArrayList<>();
      for (LockedJob job : lockedAtKill.get()) {
        if (stillLocked.contains(job)) {
          dead.add(job);
        }
      }
      // wait for the locks to expire and everything to finish: no job due and none locked
      long deadline = System.currentTimeMillis() + lockMs + 120_000;
      while (System.currentTimeMillis() < deadline && (!lockedJobs(db).isEmpty() || dueJobs(db) > 0 || openTimers(db) > 0)) {
        sleep(500);
      }
      return check(db, failed, dead, lockMs, victimHost, survivorHost, killedAt.get());
    }
  }

  void deployTimer(String commune, byte[] bpmn) {
    retry("deploy", () -> DossierFlowBenchmark.deploy(http, "cluster-bench-" + commune, commune, TIMER_PROCESS, bpmn), 200);
  }

  /** A timer instance; the start is sent again only if no instance with its business key exists. */
  private void startTimer(String commune) {
    String key = run + "-timer-" + UUID.randomUUID();
    timerKeys.add(key);
    Map<String, Object> body = Map.of("businessKey", key, "variables", Map.of("wait", DossierFlowBenchmark.variable(TIMER_WAIT)));
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      try {
        HttpBench.Answer answer = http.postJson(null, "demo",
            "/engine-rest/process-definition/key/" + TIMER_PROCESS + "/tenant-id/" + commune + "/start", body);
        if (answer.status() == 200) {
          return;
        }
        if (answer.status() != 502 && answer.status() != 503 && answer.status() != 504) {
          answer.expect(200);
        }
      } catch (IllegalStateException e) {
        if (!(e.getCause() instanceof IOException)) {
          throw e;
        }
      }
      retries.incrementAndGet();
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("timer " + key + " not started in 120 s");
      }
      sleep(500);
      JsonNode existing = retry("timer " + key, () -> http.get(null, "demo",
          "/engine-rest/history/process-instance?processInstanceBusinessKey=" + HttpBench.q(key)), 200).json();
      if (existing.size() > 0) {
        return;
      }
    }
  }

  record LockedJob(String id, String owner, Timestamp lockedUntil, String type) {}

  private static List<LockedJob> lockedJobs(Connection db) {
    List<LockedJob> jobs = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(
        "SELECT ID_, LOCK_OWNER_, LOCK_EXP_TIME_, HANDLER_TYPE_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        jobs.add(new LockedJob(r.getString(1), r.getString(2), r.getTimestamp(3), r.getString(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return jobs;
  }

  private static long dueJobs(Connection db) {
    return count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= NOW(3))");
  }

  private long openTimers(Connection db) {
    return count(db, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = '" + TIMER_PROCESS + "' AND END_TIME_ IS NULL AND BUSINESS_KEY_ LIKE '" + run + "-%'");
  }

  private static long count(Connection db, String sql, Object... args) {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static List<List<Object>> rows(Connection db, String sql, Object... args) {
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(r.getObject(c));
          }
          rows.add(row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return rows;
  }

  // --- checks -------------------------------------------------------------------------------------

  private boolean ok = true;

  private void result(boolean pass, String text) {
    ok &= pass;
    System.out.println((pass ? "PASS " : "FAIL ") + text);
  }

  private boolean check(Connection db, int failed, List<LockedJob> dead, long lockMs, String victimHost, String survivorHost,
      Instant killedAt) throws Exception {
    System.out.println();
    // 1. every acknowledged dossier exists and reached its final status
    Map<String, String> status = new HashMap<>();
    for (List<Object> row : rows(db, "SELECT code, status FROM dossier WHERE submitted_by = 'portal' AND idempotency_key LIKE ?", run + "-%")) {
      status.put((String) row.get(0), (String) row.get(1));
    }
    List<String> lost = acknowledged.values().stream().filter(c -> !status.containsKey(c)).sorted().toList();
    List<String> unfinished = acknowledged.values().stream()
        .filter(c -> status.containsKey(c) && !"RESULT_RETURNED".equals(status.get(c))).sorted().toList();
    result(failed == 0, "clients: " + failed + " dossiers failed" + (failures.isEmpty() ? "" : " (" + failures.get(0) + ")"));
    result(lost.isEmpty(), acknowledged.size() + " acknowledged dossiers (201, or 409 naming the dossier), " + lost.size()
        + " missing in the database" + (lost.isEmpty() ? "" : ": " + lost));
    result(unfinished.isEmpty(), (acknowledged.size() - unfinished.size()) + " of " + acknowledged.size()
        + " reached status 10 (result returned)" + (unfinished.isEmpty() ? "" : "; not: " + unfinished));

    // 2. no duplicate dossier: one row per Idempotency-Key, none the clients were not told about
    long rowsForRun = count(db, "SELECT COUNT(*) FROM dossier WHERE idempotency_key LIKE ?", run + "-%");
    long keysForRun = count(db, "SELECT COUNT(DISTINCT idempotency_key) FROM dossier WHERE idempotency_key LIKE ?", run + "-%");
    result(rowsForRun == acknowledged.size() && keysForRun == rowsForRun,
        "dossiers in the database for this run: " + rowsForRun + " (" + keysForRun + " distinct Idempotency-Keys) for "
            + acknowledged.size() + " acknowledged; " + repeatedSubmissions.get() + " repeated submissions answered 409");

    // 3. status syncs: the portal simulator keeps one answer per key {code}:status:{sequence}; every
    // sequence 1..status_sequence received once, no status code twice
    Map<String, Integer> sequence = new HashMap<>();
    for (List<Object> row : rows(db, "SELECT code, status_sequence FROM dossier WHERE idempotency_key LIKE ?", run + "-%")) {
      sequence.put((String) row.get(0), ((Number) row.get(1)).intValue());
    }
    Map<String, List<JsonNode>> syncs = new TreeMap<>();
    for (List<Object> row : rows(db, "SELECT a.subject, a.answer FROM simulator_answer a JOIN dossier d ON d.code = a.subject"
        + " WHERE a.service = 'dvcqg' AND a.operation = 'status' AND d.idempotency_key LIKE ?", run + "-%")) {
      syncs.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add(HttpBench.JSON.readTree((String) row.get(1)).get("sync"));
    }
    List<String> syncProblems = new ArrayList<>();
    int syncCount = 0;
    for (Map.Entry<String, Integer> dossier : sequence.entrySet()) {
      List<JsonNode> received = syncs.getOrDefault(dossier.getKey(), List.of());
      syncCount += received.size();
      Set<Integer> sequences = new TreeSet<>();
      Set<Integer> codes = new TreeSet<>();
      boolean twice = false;
      for (JsonNode sync : received) {
        twice |= !sequences.add(sync.get("sequence").asInt());
        twice |= !codes.add(sync.get("statusCode").asInt());
      }
      Set<Integer> expected = new TreeSet<>();
      for (int i = 1; i <= dossier.getValue(); i++) {
        expected.add(i);
      }
      if (twice || !sequences.equals(expected)) {
        syncProblems.add(dossier.getKey() + " sequences " + sequences + " codes " + codes + " of " + received.size()
            + " syncs, status_sequence " + dossier.getValue());
      }
    }
    result(syncProblems.isEmpty(), syncCount + " status syncs received by the DVCQG simulator for " + sequence.size()
        + " dossiers: each sequence 1..status_sequence once, no status twice"
        + (syncProblems.isEmpty() ? "" : "; not so: " + syncProblems.subList(0, Math.min(5, syncProblems.size()))));
    // the other national services: answers per dossier and operation (each key is answered once by design)
    Map<String, List<Long>> perOperation = new TreeMap<>();
    for (List<Object> row : rows(db, "SELECT a.service, a.operation, COUNT(*) FROM simulator_answer a JOIN dossier d ON d.code = a.subject"
        + " WHERE d.idempotency_key LIKE ? GROUP BY a.service, a.operation, a.subject", run + "-%")) {
      perOperation.computeIfAbsent(row.get(0) + "/" + row.get(1), k -> new ArrayList<>()).add(((Number) row.get(2)).longValue());
    }
    perOperation.forEach((operation, counts) -> System.out.println("     simulator " + operation + ": "
        + counts.stream().mapToLong(Long::longValue).sum() + " answers for " + counts.size() + " dossiers, at most "
        + Collections.max(counts) + " per dossier"));

    // 4. timers: every instance started once, its timer fired once, the instance ended
    long instances = count(db, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND BUSINESS_KEY_ LIKE ?", TIMER_PROCESS, run + "-%");
    long ended = count(db, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND BUSINESS_KEY_ LIKE ? AND END_TIME_ IS NOT NULL",
        TIMER_PROCESS, run + "-%");
    long fired = count(db, "SELECT COUNT(*) FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p ON p.ID_ = a.PROC_INST_ID_"
        + " WHERE p.BUSINESS_KEY_ LIKE ? AND a.ACT_ID_ = 'Timer_Wait' AND a.END_TIME_ IS NOT NULL", run + "-%");
    long timerJobs = count(db, "SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ? AND JOB_DEF_TYPE_ = 'timer-intermediate-transition'",
        TIMER_PROCESS);
    long timerSuccesses = count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ? AND JOB_STATE_ = ?", TIMER_PROCESS, JOB_SUCCESSFUL);
    Map<String, Long> timerHosts = new TreeMap<>();
    for (List<Object> row : rows(db, "SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ? AND JOB_STATE_ = ? GROUP BY HOSTNAME_",
        TIMER_PROCESS, JOB_SUCCESSFUL)) {
      timerHosts.put(String.valueOf(row.get(0)), ((Number) row.get(1)).longValue());
    }
    result(instances == timerKeys.size() && ended == instances && fired == instances && timerSuccesses == timerJobs && timerJobs == instances,
        timerKeys.size() + " timer instances started, " + instances + " in the history, " + ended + " ended; timer activity ended "
            + fired + " times; " + timerJobs + " timer jobs, " + timerSuccesses + " successful executions (by node: " + timerHosts + ")");

    // 5. no job at all executed successfully twice
    long twice = count(db, "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = ? GROUP BY JOB_ID_ HAVING COUNT(*) > 1) t",
        JOB_SUCCESSFUL);
    Map<String, Long> byHost = new TreeMap<>();
    for (List<Object> row : rows(db, "SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = ? GROUP BY HOSTNAME_", JOB_SUCCESSFUL)) {
      byHost.put(String.valueOf(row.get(0)), ((Number) row.get(1)).longValue());
    }
    long jobFailures = count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = ?", JOB_FAILED);
    result(twice == 0, "jobs executed successfully more than once: " + twice + " (successful executions by node: " + byHost
        + "; failed attempts: " + jobFailures + ")");

    // 6. the jobs the dead node had locked: executed by the survivor, after their lock expired
    List<String> notTakenOver = new ArrayList<>();
    List<String> takenOver = new ArrayList<>();
    Set<String> deadOwners = new TreeSet<>();
    for (LockedJob job : dead) {
      deadOwners.add(job.owner());
      List<List<Object>> done = rows(db, "SELECT HOSTNAME_, TIMESTAMP_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = ?", job.id(), JOB_SUCCESSFUL);
      boolean stillThere = count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ = ?", job.id()) > 0;
      if (done.size() == 1 && survivorHost.equals(done.get(0).get(0))
          && !localTime(done.get(0).get(1)).isBefore(job.lockedUntil().toLocalDateTime()) && !stillThere) {
        takenOver.add(job.type() + " " + done.get(0).get(1) + " (lock until " + job.lockedUntil() + ")");
      } else {
        notTakenOver.add(job.id() + " " + job.type() + " lock until " + job.lockedUntil() + ": executions " + done
            + (stillThere ? ", still in ACT_RU_JOB" : ""));
      }
    }
    result(!dead.isEmpty() && notTakenOver.isEmpty(), dead.size() + " jobs locked by the killed node (lock owner "
        + deadOwners + ", lock time " + lockMs + " ms, killed at " + killedAt + "); executed once by " + survivorHost
        + " after the lock expired: " + takenOver.size() + (notTakenOver.isEmpty() ? "" : "; not so: " + notTakenOver)
        + (dead.isEmpty() ? " — nothing to take over: raise N_KILL, CLIENTS or SLOW_MS" : ""));
    takenOver.stream().limit(5).forEach(t -> System.out.println("     taken over: " + t));
    long fromVictim = count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE HOSTNAME_ = ? AND JOB_STATE_ = ? AND TIMESTAMP_ > ?",
        victimHost, JOB_SUCCESSFUL, Timestamp.from(killedAt));
    result(fromVictim == 0, "job executions recorded by the killed node after its kill: " + fromVictim);

    // 7. incidents as Cockpit shows them (the engine's incident API, as the administrator)
    JsonNode incidents = retry("incidents", () -> http.get(null, "demo", "/engine-rest/incident?sortBy=incidentTimestamp&sortOrder=asc"), 200).json();
    long openJobs = count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0");
    StringBuilder list = new StringBuilder();
    for (JsonNode incident : incidents) {
      list.append("\n     incident ").append(incident.get("incidentType").asText()).append(" at ").append(incident.get("activityId").asText())
          .append(" (").append(incident.get("tenantId").asText()).append("): ").append(incident.path("incidentMessage").asText());
    }
    result(incidents.size() == 0 && openJobs == 0, "incidents (GET /engine-rest/incident, what Cockpit lists): " + incidents.size()
        + "; jobs out of retries: " + openJobs + list);
    return ok;
  }

  // --- helpers ------------------------------------------------------------------------------------

  private void drainJobs(long maxMs) {
    long deadline = System.currentTimeMillis() + maxMs;
    while (System.currentTimeMillis() < deadline) {
      long due = retry("jobs", () -> http.get(null, "demo", "/engine-rest/job/count?executable=true"), 200).json().get("count").asLong();
      if (due == 0) {
        return;
      }
      sleep(200);
    }
    System.err.println("jobs still due after " + maxMs / 1000 + " s");
  }

  private static java.time.LocalDateTime localTime(Object value) {
    return value instanceof Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
