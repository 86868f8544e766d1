package vn.gov.commune.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds dossiers straight into the product's tables (batched multi-row INSERTs; the product is not
 * involved), spread like a province's: 100 communes (the demo's two and 98 more added to
 * {@code commune}), every catalogue procedure, received over the last 540 days during office hours,
 * 60 % online; most returned (on time or late), some refused, stopped or not received, the recent ones
 * still open at every step, some overdue; 40 % of the returned rated online or at the counter; two
 * components each, a fifth of them taken from national data. Deterministic for a seed. Only for the
 * benchmark's throw-away database.
 */
final class DossierSeedBench {

  static final int COMMUNES = 100;
  static final int DAYS = 540;
  private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  record Procedure(String code, String name, int version, String serviceLevel, int legalDays) {}

  private final Connection db;
  private final Random random;
  private final List<String> communes = new ArrayList<>();
  private final List<Procedure> procedures = new ArrayList<>();
  private final Instant now;
  private long sequence;

  DossierSeedBench(Connection db, long seed, Instant now) {
    this.db = db;
    this.random = new Random(seed);
    this.now = now;
  }

  /** Adds the benchmark's communes (once) and reads the catalogue. */
  void prepare() throws SQLException {
    try (Statement s = db.createStatement()) {
      String province;
      try (ResultSet r = s.executeQuery("SELECT province FROM commune ORDER BY id LIMIT 1")) {
        province = r.next() ? r.getString(1) : "Tỉnh Quảng Ngãi";
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM commune")) {
        r.next();
        int have = r.getInt(1);
        StringBuilder insert = new StringBuilder("INSERT INTO commune (id, agency_code, name, province) VALUES ");
        for (int i = have + 1; i <= COMMUNES; i++) {
          insert.append(i == have + 1 ? "" : ",").append(String.format("('bench-xa-%03d','000.00.31.B%03d','Xã Thử Nghiệm %03d','%s')", i, i, i, province.replace("'", "''")));
        }
        if (have < COMMUNES) {
          s.executeUpdate(insert.toString());
        }
      }
      try (ResultSet r = s.executeQuery("SELECT id FROM commune ORDER BY id")) {
        while (r.next()) {
          communes.add(r.getString(1));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT p.code, p.name, p.procedure_version_no, p.service_level, p.legal_working_days FROM procedure_version p"
          + " WHERE p.procedure_version_no = (SELECT MAX(q.procedure_version_no) FROM procedure_version q WHERE q.code = p.code) ORDER BY p.code")) {
        while (r.next()) {
          procedures.add(new Procedure(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), Math.max(1, r.getInt(5))));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM dossier WHERE code LIKE 'BENCH%'")) {
        r.next();
        sequence = r.getLong(1);
      }
    }
    if (procedures.isEmpty()) {
      throw new IllegalStateException("no procedure in procedure_version: has the product started on this database?");
    }
  }

  List<String> communes() {
    return communes;
  }

  /** Seeded dossier codes so far (BENCH…). */
  long seeded() {
    return sequence;
  }

  /** Inserts {@code count} more dossiers with their components, 1000 a statement. */
  void seed(long count) throws SQLException {
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      long done = 0;
      while (done < count) {
        int batch = (int) Math.min(1000, count - done);
        StringBuilder dossiers = new StringBuilder("INSERT INTO dossier (code, procedure_code, procedure_version, procedure_name,"
            + " receiving_commune_id, competent_commune_id, channel, service_level, applicant_personal_id, applicant_name, applicant_phone,"
            + " copies, pages, fee, status, status_sequence, submitted_at, submitted_by, received_at, appointment_at, original_appointment_at,"
            + " processed_at, returned_at, stopped_at, result_type, result_delivered_at, rating, rated_at, rating_channel, supplement_rounds,"
            + " verification_required, row_version, reused) VALUES ");
        StringBuilder components = new StringBuilder("INSERT INTO dossier_component (dossier_code, component_code, name, source, added_at, added_by) VALUES ");
        for (int i = 0; i < batch; i++) {
          row(dossiers, components, i == 0);
        }
        s.executeUpdate(dossiers.toString());
        s.executeUpdate(components.toString());
        db.commit();
        done += batch;
      }
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }

  private void row(StringBuilder dossiers, StringBuilder components, boolean first) {
    sequence++;
    int communeIndex = random.nextInt(communes.size());
    String commune = communes.get(communeIndex);
    Procedure p = procedures.get(random.nextInt(procedures.size()));
    // office hours in Vietnam (UTC+7): 00:30–09:30 UTC
    Instant submitted = now.minus(Duration.ofDays(1 + random.nextInt(DAYS))).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
        .plus(Duration.ofMinutes(30 + random.nextInt(540)));
    boolean online = random.nextDouble() < 0.6;
    Instant received = submitted.plus(Duration.ofMinutes(online ? 5 + random.nextInt(240) : 0));
    Instant appointment = received.plus(Duration.ofDays(Math.round(p.legalDays() * 1.4) + (p.legalDays() <= 1 ? 0 : 1)));
    long ageDays = Duration.between(received, now).toDays();
    double dice = random.nextDouble();
    String status;
    Instant processed = null;
    Instant returned = null;
    Instant stopped = null;
    String resultType = null;
    if (dice < 0.02) {
      status = "NOT_RECEIVED";
      received = null;
      appointment = null;
    } else if (ageDays > 10 ? dice < 0.05 : dice < 0.03) {
      status = "STOPPED";
      stopped = received.plus(Duration.ofHours(2 + random.nextInt(72)));
    } else if (ageDays > 10 ? dice < 0.07 : dice < 0.55) {
      String[] open = {"RECEIVED", "PROCESSING", "PROCESSING", "PROCESSING", "SUPPLEMENT_REQUESTED", "PAYMENT_REQUESTED", "PROCESSED"};
      status = open[random.nextInt(open.length)];
      if (status.equals("PROCESSED")) {
        processed = received.plus(Duration.ofHours(1 + random.nextInt(48)));
        resultType = "APPROVED";
      }
    } else {
      status = "RESULT_RETURNED";
      // 85 % on time
      long hours = random.nextDouble() < 0.85
          ? 1 + random.nextInt((int) Math.max(2, Duration.between(received, appointment).toHours()))
          : Duration.between(received, appointment).toHours() + 1 + random.nextInt(96);
      processed = received.plus(Duration.ofHours(hours));
      returned = processed.plus(Duration.ofHours(random.nextInt(30)));
      resultType = random.nextDouble() < 0.95 ? "APPROVED" : "REFUSED";
    }
    Instant delivered = "APPROVED".equals(resultType) && online && processed != null ? processed.plus(Duration.ofMinutes(1)) : null;
    Integer rating = null;
    Instant rated = null;
    String ratingChannel = null;
    if (returned != null && random.nextDouble() < 0.4) {
      double r = random.nextDouble();
      rating = r < 0.05 ? 1 : r < 0.35 ? 2 : 3;
      rated = returned.plus(Duration.ofHours(random.nextInt(48)));
      ratingChannel = online ? "ONLINE" : "COUNTER";
    }
    String code = String.format("BENCH.%03d-%s-%06d", communeIndex, DAY.format(LocalDateTime.ofInstant(submitted, ZoneOffset.UTC)), sequence);
    String personalId = String.format("0%02d%d%02d%06d", 1 + random.nextInt(96), random.nextInt(4), random.nextInt(100), random.nextInt(1_000_000));
    String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
    boolean nationalData = random.nextDouble() < 0.2;
    dossiers.append(first ? "" : ",").append('(')
        .append(str(code)).append(',').append(str(p.code())).append(',').append(p.version()).append(',').append(str(p.name())).append(',')
        .append(str(commune)).append(',').append(str(commune)).append(',').append(str(online ? "ONLINE" : "COUNTER")).append(',')
        .append(str(p.serviceLevel())).append(',').append(str(personalId)).append(',').append(str("Công dân " + sequence)).append(',')
        .append(str(phone)).append(",1,1,0,")
        .append(str(status)).append(',').append(5).append(',').append(time(submitted)).append(',')
        .append(str(online ? "portal" : "clerk." + commune)).append(',').append(time(received)).append(',').append(time(appointment)).append(",NULL,")
        .append(time(processed)).append(',').append(time(returned)).append(',').append(time(stopped)).append(',').append(str(resultType)).append(',')
        .append(time(delivered)).append(',').append(rating == null ? "NULL" : rating.toString()).append(',').append(time(rated)).append(',')
        .append(str(ratingChannel)).append(",0,0,0,").append(nationalData).append(')');
    String source = online ? "ONLINE" : "SCANNED";
    components.append(first ? "" : ",")
        .append('(').append(str(code)).append(",'TO_KHAI','Tờ khai',").append(str(source)).append(',').append(time(submitted)).append(",'bench')")
        .append(",(").append(str(code)).append(",'GIAY_TO',").append(str(nationalData ? "Dữ liệu từ CSDL quốc gia" : "Giấy tờ kèm theo")).append(',')
        .append(str(nationalData ? "NATIONAL_DATA" : source)).append(',').append(time(submitted)).append(",'bench')");
  }

  private static String str(String value) {
    return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  private static String time(Instant instant) {
    return instant == null ? "NULL" : "'" + SQL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
  }
}
