package vn.gov.commune.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.camunda.bpm.engine.RuntimeService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.web.context.support.StandardServletEnvironment;
import vn.gov.commune.CommuneWorkflowApplication;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.SeparateJvm;
import vn.gov.commune.support.TestProfiles;

/**
 * A production database made by the last version before migrations (e5ceffa: Hibernate's update
 * made the product's tables, Camunda its own) is upgraded by the product's start-up: Flyway takes
 * it as version 1 (baseline) and applies the later migrations, Hibernate validates the result, and
 * no row is lost or changed.
 *
 * <p>The fixture {@code db/e5ceffa-mariadb.sql.gz} is {@code mariadb-dump --compact --hex-blob} of a
 * database e5ceffa made on MariaDB 10.11 with the demo profile, after a portal submission (a dossier
 * with its history, components, digitisation records and its running process), a plan with a task
 * under review and a calendar override. The test database is DB_URL's database name with
 * {@code _upgrade} appended: the test user needs all privileges on it (see .ci/run).
 */
@Tag(SeparateJvm.TAG)
class SchemaUpgradeTest {

  private static final String FIXTURE = "/db/e5ceffa-mariadb.sql.gz";

  @Test
  void aDatabaseMadeByTheVersionBeforeMigrationsIsUpgradedWithoutLosingARow() throws Exception {
    assumeTrue(
        TestProfiles.onMariaDb(),
        "SchemaUpgradeTest runs on MariaDB only (-Dtest.database=mariadb): its fixture is a MariaDB database made by e5ceffa");
    String[] urlAndQuery = System.getenv("DB_URL").split("\\?", 2);
    String database = urlAndQuery[0].substring(urlAndQuery[0].lastIndexOf('/') + 1) + "_upgrade";
    String url = urlAndQuery[0].substring(0, urlAndQuery[0].lastIndexOf('/') + 1) + database
        + (urlAndQuery.length > 1 ? "?" + urlAndQuery[1] : "");
    String user = System.getenv("DB_USER");
    String password = System.getenv("DB_PASSWORD");

    recreate(System.getenv("DB_URL"), user, password, database);
    try {
      Map<String, List<Map<String, String>>> before;
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        load(connection);
        before = productRows(connection);
      }
      assertThat(before.get("dossier")).hasSize(1);
      assertThat(before.get("dossier_history")).hasSizeGreaterThanOrEqualTo(2);
      assertThat(before.get("dossier_component")).isNotEmpty();
      assertThat(before.get("work_plan_task")).hasSize(1);
      assertThat(before.get("calendar_override")).hasSize(1);
      assertThat(before).doesNotContainKeys("flyway_schema_history", "password_history");

      try (ConfigurableApplicationContext product = start(url, user, password)) {
        assertThat(product.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(product.getBean(Flyway.class).info().applied())
            .extracting(m -> m.getVersion().getVersion(), MigrationInfo::getType, MigrationInfo::getState)
            .containsExactly(
                tuple("1", CoreMigrationType.BASELINE, MigrationState.BASELINE),
                tuple("2", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("3", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("6", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("7", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("8", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("10", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("11", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("12", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("14", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("15", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("16", CoreMigrationType.SQL, MigrationState.SUCCESS),
                tuple("17", CoreMigrationType.SQL, MigrationState.SUCCESS));

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
          Map<String, List<Map<String, String>>> after = productRows(connection);
          before.forEach((table, rows) -> {
            if (!rows.isEmpty()) {
              Set<String> columnsBefore = rows.get(0).keySet();
              assertThat(after.get(table).stream().map(row -> only(columnsBefore, row)).toList()).as(table).containsAll(rows);
            }
          });
          assertThat(after.get("dossier").get(0)).containsEntry("request_fingerprint", null);
          assertThat(columns(connection, "dossier")).contains("request_fingerprint");
          assertThat(columns(connection, "password_history")).contains("user_id", "hash", "salt", "created_at");
          assertThat(columns(connection, "two_factor_enrolment")).contains("user_id", "secret", "last_used_step");
          assertThat(columns(connection, "simulator_answer")).contains("service", "idempotency_key", "answer");
          assertThat(columns(connection, "procedure_consultation")).contains("agency_code", "within_working_days", "purpose");
          // V3: a procedure may name its own processing model; the old versions keep none
          assertThat(columns(connection, "procedure_version")).contains("processing_process");
          // V10: the commune's declared number of archive documents (the digitised share's base), none yet
          assertThat(columns(connection, "commune")).contains("archive_declared_total");
        }

        // the dossier is still there for the citizen, with its history, and its process still runs
        Map<String, String> dossierRow = before.get("dossier").get(0);
        String code = dossierRow.get("code");
        Http http = new Http(new TestRestTemplate(new RestTemplateBuilder().rootUri(
            "http://localhost:" + ((WebServerApplicationContext) product).getWebServer().getPort())));
        Map<String, Object> dossier = http.get("portal", "/api/dossiers/" + code, Map.class).getBody();
        assertThat(dossier).containsEntry("code", code);
        assertThat(http.get("portal", "/api/dossiers/" + code + "/history", List.class).getBody())
            .hasSize(before.get("dossier_history").size());
        assertThat(dossierRow.get("process_instance_id")).isNotNull();
        assertThat(product.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceId(dossierRow.get("process_instance_id")).count())
            .isEqualTo(1);
      }
    } finally {
      drop(System.getenv("DB_URL"), user, password, database);
    }
  }

  private static void recreate(String serverUrl, String user, String password, String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
      statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      fail("Cannot create the database " + database + " for the upgrade test: grant the test user all privileges on it"
          + " (as .ci/run does). " + e.getMessage());
    }
  }

  private static void drop(String serverUrl, String user, String password, String database) throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
    }
  }

  /** The dump, tables in alphabetical order: foreign keys are checked once everything is loaded. */
  private static void load(Connection connection) throws IOException, SQLException {
    byte[] dump;
    try (InputStream in = new GZIPInputStream(SchemaUpgradeTest.class.getResourceAsStream(FIXTURE))) {
      dump = in.readAllBytes();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET FOREIGN_KEY_CHECKS = 0");
      ScriptUtils.executeSqlScript(connection, new EncodedResource(new ByteArrayResource(dump), StandardCharsets.UTF_8));
      statement.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
  }

  /** Every row of every product table (not Camunda's, not Flyway's): table -> rows, each column -> value as text. */
  private static Map<String, List<Map<String, String>>> productRows(Connection connection) throws SQLException {
    Map<String, List<Map<String, String>>> rows = new TreeMap<>();
    for (String table : productTables(connection)) {
      List<Map<String, String>> tableRows = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet found = statement.executeQuery("SELECT * FROM `" + table + "`")) {
        while (found.next()) {
          Map<String, String> row = new TreeMap<>();
          for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
            row.put(found.getMetaData().getColumnName(i), found.getString(i));
          }
          tableRows.add(row);
        }
      }
      rows.put(table, tableRows);
    }
    return rows;
  }

  private static List<String> productTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (found.next()) {
        String table = found.getString("TABLE_NAME");
        if (!table.toUpperCase(Locale.ROOT).startsWith("ACT_") && !table.equals("flyway_schema_history")) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  /** The row with only the given columns (those a table had before the upgrade). */
  private static Map<String, String> only(Set<String> columns, Map<String, String> row) {
    Map<String, String> projected = new TreeMap<>(row);
    projected.keySet().retainAll(columns);
    return projected;
  }

  private static List<String> columns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet found = connection.getMetaData().getColumns(connection.getCatalog(), null, table, "%")) {
      while (found.next()) {
        columns.add(found.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }

  private static ConfigurableApplicationContext start(String url, String user, String password) {
    StandardServletEnvironment environment = new StandardServletEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    return new SpringApplicationBuilder(CommuneWorkflowApplication.class)
        .environment(environment)
        .web(WebApplicationType.SERVLET)
        .profiles("mariadb", "test")
        .run("--server.port=0", "--DB_URL=" + url, "--DB_USER=" + user, "--DB_PASSWORD=" + password);
  }
}
