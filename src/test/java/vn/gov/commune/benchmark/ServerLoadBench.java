package vn.gov.commune.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the server spent: process CPU time of the product's JVM, of the simulated national services'
 * JVM when they run apart ({@code SIM_PID}) and of mariadbd (from {@code /proc/<pid>/stat}), MariaDB's server-wide statement counters ({@code SHOW GLOBAL STATUS}
 * Com_select/insert/update/delete/commit) and, when the server collects them ({@code userstat=ON}), the
 * benchmark database user's own statements and CPU ({@code information_schema.USER_STATISTICS}), which
 * other clients of a shared server do not disturb.
 */
final class ServerLoadBench implements AutoCloseable {

  /** One reading of every counter. */
  record Snapshot(double jvmCpuMs, double childCpuMs, double simulatorCpuMs, double mariadbCpuMs, Map<String, Long> com, Map<String, Double> user,
      Map<Long, ThreadCpu> threadCpuMs) {}

  /**
   * The groups the product JVM's threads are counted in, by the start of their name as Linux keeps it
   * (15 characters): what served requests, what ran jobs, what parsed uploads and what the JVM spent on
   * itself (garbage collection, the JIT compilers).
   */
  static final List<Map.Entry<String, List<String>>> THREAD_GROUPS = List.of(
      Map.entry("requests", List.of("http-nio-")),
      Map.entry("job executor", List.of("camundaTaskExec", "camunda-job", "JobExecutor")),
      Map.entry("upload parsing", List.of("digitise-")),
      Map.entry("garbage collector", List.of("GC Thread", "G1 ", "GC ")),
      Map.entry("JIT compilers", List.of("C1 CompilerThre", "C2 CompilerThre")));

  private static final String[] COM = {"Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit"};
  private static final String[] USER = {"SELECT_COMMANDS", "UPDATE_COMMANDS", "OTHER_COMMANDS", "COMMIT_TRANSACTIONS", "CPU_TIME", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_DELETED"};

  private final Connection db;
  private final Connection stats;
  private final String dbUser;
  private final long appPid;
  private final long simulatorPid;
  private final long mariadbPid;
  private final double tickMs;

  ServerLoadBench(String url, String user, String password, String statsUser, String statsPassword, long appPid, long simulatorPid, long mariadbPid,
      int clockTicks)
      throws SQLException {
    this.db = DriverManager.getConnection(url, user, password);
    // USER_STATISTICS shows rows only to a user with the PROCESS privilege: read the counters as that
    // user (the script passes MariaDB's root), so the product's own user needs no extra privilege
    this.stats = statsUser == null || statsUser.isBlank() ? db : DriverManager.getConnection(url, statsUser, statsPassword == null ? "" : statsPassword);
    this.dbUser = user;
    this.appPid = appPid;
    this.simulatorPid = simulatorPid;
    this.mariadbPid = mariadbPid;
    this.tickMs = 1000.0 / clockTicks;
  }

  static ServerLoadBench fromEnvironment() throws SQLException {
    return new ServerLoadBench(
        System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"),
        System.getenv("STATS_DB_USER"), System.getenv("STATS_DB_PASSWORD"),
        pid(System.getenv("APP_PID")),
        pid(System.getenv("SIM_PID")),
        pid(System.getenv("MARIADB_PID")),
        Integer.parseInt(System.getenv().getOrDefault("CLK_TCK", "100")));
  }

  /** A process id from the environment; 0 (not measured) when unset or empty. */
  private static long pid(String value) {
    return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
  }

  /** A connection to the product's database as its own user (for seeding). */
  Connection connection() {
    return db;
  }

  Snapshot read() {
    Map<String, Long> com = new HashMap<>();
    Map<String, Double> user = new HashMap<>();
    try (Statement s = stats.createStatement()) {
      try (ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", COM) + "')")) {
        while (r.next()) {
          com.put(r.getString(1), r.getLong(2));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT " + String.join(",", USER) + " FROM information_schema.USER_STATISTICS WHERE USER = '" + dbUser.replace("'", "") + "'")) {
        if (r.next()) {
          for (String column : USER) {
            user.put(column, r.getDouble(column));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Snapshot(cpuMs(appPid, 11), cpuMs(appPid, 13), cpuMs(simulatorPid, 11), cpuMs(mariadbPid, 11), com, user, threadCpuMs(appPid));
  }

  /**
   * The CPU of the JVM's living threads in milliseconds, by thread id with its {@link #THREAD_GROUPS}
   * group (from {@code /proc/<pid>/task/<tid>/stat}); empty when they cannot be read.
   */
  private Map<Long, ThreadCpu> threadCpuMs(long pid) {
    Map<Long, ThreadCpu> threads = new HashMap<>();
    if (pid <= 0) {
      return threads;
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      tasks.forEach(task -> {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          threads.put(Long.parseLong(task.getFileName().toString()), new ThreadCpu(group(name), cpuMs(stat, 11)));
        } catch (IOException | RuntimeException e) {
          // the thread ended while the list was read
        }
      });
    } catch (IOException e) {
      return Map.of();
    }
    return threads;
  }

  /** A thread's group and CPU so far. */
  record ThreadCpu(String group, double ms) {}

  private static String group(String threadName) {
    for (Map.Entry<String, List<String>> group : THREAD_GROUPS) {
      if (group.getValue().stream().anyMatch(threadName::startsWith)) {
        return group.getKey();
      }
    }
    return "other";
  }

  /**
   * A process's CPU in milliseconds from {@code /proc/<pid>/stat}, NaN when it cannot be read: from
   * field 11 (after the name) utime + stime, its own; from 13 cutime + cstime, that of the child
   * processes it waited for (the product's Tesseract runs).
   */
  private double cpuMs(long pid, int field) {
    if (pid <= 0) {
      return Double.NaN;
    }
    try {
      return cpuMs(Files.readString(Path.of("/proc/" + pid + "/stat")), field);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The sum of fields {@code field} and {@code field + 1} (counted after the name) of a {@code stat} line, in ms. */
  private double cpuMs(String stat, int field) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[field]) + Long.parseLong(fields[field + 1])) * tickMs;
  }

  /** The difference between two readings, per item, as named figures. */
  static Map<String, Double> perItem(Snapshot before, Snapshot after, long items) {
    Map<String, Double> figures = new java.util.LinkedHashMap<>();
    figures.put("jvmCpuMs", (after.jvmCpuMs() - before.jvmCpuMs()) / items);
    figures.put("childCpuMs", (after.childCpuMs() - before.childCpuMs()) / items);
    figures.put("simulatorCpuMs", (after.simulatorCpuMs() - before.simulatorCpuMs()) / items);
    figures.put("mariadbCpuMs", (after.mariadbCpuMs() - before.mariadbCpuMs()) / items);
    // per thread living at the second reading (a thread started since counts from zero); a thread that ended
    // in between (the JVM stops idle compiler threads, pools stop idle workers) took its CPU along: the
    // process's own figure still has it, so it lands in "other"
    Map<String, Double> groups = new LinkedHashMap<>();
    THREAD_GROUPS.forEach(group -> groups.put(group.getKey(), 0.0));
    after.threadCpuMs().forEach((tid, thread) -> {
      ThreadCpu earlier = before.threadCpuMs().get(tid);
      groups.merge(thread.group(), thread.ms() - (earlier == null ? 0 : earlier.ms()), Double::sum);
    });
    groups.remove("other");
    double named = 0;
    for (Map.Entry<String, Double> group : groups.entrySet()) {
      figures.put("thread." + group.getKey(), group.getValue() / items);
      named += group.getValue();
    }
    figures.put("thread.other", (after.jvmCpuMs() - before.jvmCpuMs() - named) / items);
    long com = 0;
    for (String name : new String[] {"Com_select", "Com_insert", "Com_update", "Com_delete"}) {
      long delta = after.com().getOrDefault(name, 0L) - before.com().getOrDefault(name, 0L);
      figures.put(name, (double) delta / items);
      com += delta;
    }
    figures.put("Com_commit", (double) (after.com().getOrDefault("Com_commit", 0L) - before.com().getOrDefault("Com_commit", 0L)) / items);
    figures.put("comStatements", (double) com / items);
    if (!after.user().isEmpty() && !before.user().isEmpty()) {
      for (String column : USER) {
        double delta = after.user().get(column) - before.user().get(column);
        figures.put("user." + column, column.equals("CPU_TIME") ? delta * 1000.0 / items : delta / items);
      }
      figures.put("userStatements", (after.user().get("SELECT_COMMANDS") + after.user().get("UPDATE_COMMANDS") + after.user().get("OTHER_COMMANDS")
          - before.user().get("SELECT_COMMANDS") - before.user().get("UPDATE_COMMANDS") - before.user().get("OTHER_COMMANDS")) / items);
    }
    return figures;
  }

  @Override
  public void close() throws SQLException {
    if (stats != db) {
      stats.close();
    }
    db.close();
  }
}
