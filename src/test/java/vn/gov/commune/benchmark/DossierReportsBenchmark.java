package vn.gov.commune.benchmark;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The read side of the benchmark for the dashboard and reports (issue 14 point 6): seeds dossiers
 * ({@link DossierSeedBench}) up to each size of READ_SIZES (default "100000"), then times, one call
 * at a time, READ_CALLS (default 200) calls of each of the product's read endpoints — the TTHC report
 * as JSON and workbook for one commune (its supervisor) and for the province (the administrator) over
 * a month, a quarter and a year (the workbook for the periods of READ_XLSX_PERIODS, default the year),
 * a dossier by its code, the search — and prints p50/p95/p99 per call
 * as markdown, flagging a p95 of 300 ms or more.
 *
 * <p>Environment: BENCH_URL, DB_URL, DB_USER, DB_PASSWORD (the product's database: the seed writes
 * into it), READ_SIZES, READ_CALLS, READ_WARMUP, READ_XLSX_PERIODS ("month quarter year").
 */
public final class DossierReportsBenchmark {

  static final double LIMIT_MS = 300;

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    HttpBench http = new HttpBench(env.getOrDefault("BENCH_URL", "http://localhost:18080"));
    int calls = Integer.parseInt(env.getOrDefault("READ_CALLS", "200"));
    int warmup = Integer.parseInt(env.getOrDefault("READ_WARMUP", "20"));
    List<Long> sizes = new ArrayList<>();
    for (String s : env.getOrDefault("READ_SIZES", "100000").trim().split("[ ,]+")) {
      sizes.add(Long.parseLong(s));
    }
    List<String> xlsxPeriods = List.of(env.getOrDefault("READ_XLSX_PERIODS", "year").trim().split("[ ,]+"));
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    LocalDate today = LocalDate.now(vietnam);
    LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
    LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
    String[][] periods = {
        {"month", lastMonth.toString(), lastMonth.plusMonths(1).minusDays(1).toString()},
        {"quarter", quarterStart.toString(), quarterStart.plusMonths(3).minusDays(1).toString()},
        {"year", today.minusDays(364).toString(), today.toString()},
    };
    List<String> rows = new ArrayList<>();
    try (ServerLoadBench load = ServerLoadBench.fromEnvironment()) {
      DossierSeedBench seed = new DossierSeedBench(load.connection(), 15, Instant.now());
      seed.prepare();
      for (long size : sizes) {
        long have = count(load, "SELECT COUNT(*) FROM dossier");
        if (have < size) {
          long start = System.nanoTime();
          seed.seed(size - have);
          System.out.printf(Locale.ROOT, "seeded %d dossiers in %.1f s%n", size - have, (System.nanoTime() - start) / 1e9);
          try (Statement s = load.connection().createStatement()) {
            s.execute("ANALYZE TABLE dossier, dossier_component");
          }
        }
        long total = count(load, "SELECT COUNT(*) FROM dossier");
        List<String> codes = codes(load);
        http.clearTimings();
        Random random = new Random(7);
        for (String[] period : periods) {
          String query = "?from=" + period[1] + "&to=" + period[2];
          time(http, calls, warmup, "report sa-thay " + period[0] + " (sathay.supervisor)", "sathay.supervisor", "/api/reports/dossiers" + query + "&communeId=sa-thay");
          time(http, calls, warmup, "report province " + period[0] + " (demo)", "demo", "/api/reports/dossiers" + query);
          if (xlsxPeriods.contains(period[0])) {
            time(http, calls, warmup, "report.xlsx sa-thay " + period[0] + " (sathay.supervisor)", "sathay.supervisor", "/api/reports/dossiers.xlsx" + query + "&communeId=sa-thay");
            time(http, calls, warmup, "report.xlsx province " + period[0] + " (demo)", "demo", "/api/reports/dossiers.xlsx" + query);
          }
        }
        // the Cockpit page "Giám sát": what the dashboard loads (dossiers needing attention) and the page's other parts
        time(http, calls, warmup, "Giám sát attention sa-thay (sathay.supervisor)", "sathay.supervisor", "/api/reports/dossiers/attention?communeId=sa-thay");
        time(http, calls, warmup, "Giám sát attention province (demo)", "demo", "/api/reports/dossiers/attention");
        time(http, calls, warmup, "Giám sát plans sa-thay (sathay.supervisor)", "sathay.supervisor", "/api/reports/plans?communeId=sa-thay");
        time(http, calls, warmup, "Giám sát archives sa-thay (sathay.supervisor)", "sathay.supervisor", "/api/reports/archives?communeId=sa-thay");
        for (int i = 0; i < warmup + calls; i++) {
          http.recording(i >= warmup);
          String code = codes.get(random.nextInt(codes.size()));
          http.get("GET /api/dossiers/{code} (demo)", "demo", "/api/dossiers/" + HttpBench.q(code)).expect(200);
        }
        time(http, calls, warmup, "GET /api/search/dossiers?q=khai sinh (sathay.clerk)", "sathay.clerk", "/api/search/dossiers?q=" + HttpBench.q("khai sinh"));
        http.recording(true);
        rows.add("");
        rows.add("#### " + String.format(Locale.ROOT, "%,d", total) + " dossiers in " + seed.communes().size() + " communes (" + calls + " calls each, one at a time)");
        rows.add("");
        rows.add("| call | calls | p50 ms | p95 ms | p99 ms | max ms |");
        rows.add("| --- | --- | --- | --- | --- | --- |");
        for (String row : HttpBench.latencyRows("", http.timings())) {
          String[] cells = row.split("\\|");
          double p95 = Double.parseDouble(cells[4].trim());
          rows.add(p95 >= LIMIT_MS ? row + " **p95 ≥ 300 ms**" : row);
        }
        System.out.println(String.join("\n", rows.subList(rows.size() - 5 - http.timings().size(), rows.size())));
      }
    }
    System.out.println();
    System.out.println("### Read side: reports, dossier, search");
    rows.forEach(System.out::println);
  }

  private static void time(HttpBench http, int calls, int warmup, String name, String user, String path) {
    for (int i = 0; i < warmup + calls; i++) {
      http.recording(i >= warmup);
      http.get(name, user, path).expect(200);
    }
    http.recording(true);
  }

  private static long count(ServerLoadBench load, String sql) throws Exception {
    try (Statement s = load.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> codes(ServerLoadBench load) throws Exception {
    List<String> codes = new ArrayList<>();
    try (Statement s = load.connection().createStatement(); ResultSet r = s.executeQuery("SELECT code FROM dossier ORDER BY RAND(3) LIMIT 1000")) {
      while (r.next()) {
        codes.add(r.getString(1));
      }
    }
    return codes;
  }
}
