package vn.gov.commune.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.context.support.StandardServletEnvironment;
import vn.gov.commune.CommuneWorkflowApplication;
import vn.gov.commune.support.SeparateJvm;

/** Start-up against a wrong database stops at once with a message that says what to fix. */
@Tag(SeparateJvm.TAG)
class DatabaseStartupCheckTest {

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof IllegalStateException && cause.getMessage().contains("DB_URL")
        || cause instanceof IllegalStateException && cause.getMessage().contains("READ COMMITTED"))) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Starts the product with the mariadb profile and without the process environment (CI's MariaDB
   * run sets DB_URL there): only the given arguments configure the database.
   */
  private static void runMariadbApp(String... arguments) {
    String[] args = new String[arguments.length + 1];
    args[0] = "--server.port=0";
    System.arraycopy(arguments, 0, args, 1, arguments.length);
    StandardServletEnvironment environment = new StandardServletEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    new SpringApplicationBuilder(CommuneWorkflowApplication.class)
        .environment(environment)
        .web(WebApplicationType.SERVLET)
        .profiles("mariadb")
        .run(args)
        .close();
  }

  @Test
  void anUnreachableDatabaseFailsFastNamingTheSettings() {
    long start = System.nanoTime();
    assertThatThrownBy(
            () -> runMariadbApp("--DB_URL=jdbc:mariadb://127.0.0.1:1/none", "--DB_USER=nobody", "--DB_PASSWORD=x"))
        .satisfies(
            e ->
                assertThat(rootCause(e).getMessage())
                    .contains("Cannot connect to the database at jdbc:mariadb://127.0.0.1:1/none")
                    .contains("DB_URL, DB_USER and DB_PASSWORD"));
    assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(30);
  }

  @Test
  void missingDatabaseSettingsAreNamed() {
    assertThatThrownBy(() -> runMariadbApp("--DB_USER=nobody", "--DB_PASSWORD=x"))
        .hasStackTraceContaining("Could not resolve placeholder 'DB_URL'");
  }

  @Test
  @EnabledIfSystemProperty(named = "test.database", matches = "mariadb")
  void mariaDbWithoutReadCommittedIsRefused() {
    assertThatThrownBy(
            () ->
                runMariadbApp(
                    "--DB_URL=" + System.getenv("DB_URL"),
                    "--DB_USER=" + System.getenv("DB_USER"),
                    "--DB_PASSWORD=" + System.getenv("DB_PASSWORD"),
                    "--spring.datasource.hikari.transaction-isolation=TRANSACTION_REPEATABLE_READ"))
        .satisfies(
            e ->
                assertThat(rootCause(e).getMessage())
                    .contains("REPEATABLE READ")
                    .contains("requires READ COMMITTED")
                    .contains("spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED"));
  }
}
