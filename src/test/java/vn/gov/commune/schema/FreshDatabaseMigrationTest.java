package vn.gov.commune.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.commune.support.IntegrationTest;

/**
 * The test run's database starts empty: Flyway creates the product's tables with every migration
 * (version 1 is run, not baselined, although Camunda's ACT_* tables are there once the engine is
 * up: the engine starts after the migrations), and Hibernate validates the result.
 */
@IntegrationTest
class FreshDatabaseMigrationTest {

  @Autowired Flyway flyway;
  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurableListableBeanFactory beans;

  @Value("${spring.jpa.hibernate.ddl-auto}")
  String ddlAuto;

  @Test
  void anEmptyDatabaseGetsEveryMigrationAppliedBeforeTheEngineCreatesItsTables() {
    assertThat(flyway.info().applied())
        .extracting(m -> m.getVersion().getVersion(), MigrationInfo::getType, MigrationInfo::getState)
        .containsExactly(
            tuple("1", CoreMigrationType.SQL, MigrationState.SUCCESS), tuple("2", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("3", CoreMigrationType.SQL, MigrationState.SUCCESS), tuple("6", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("7", CoreMigrationType.SQL, MigrationState.SUCCESS), tuple("8", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("10", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("11", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("12", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("14", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("15", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("16", CoreMigrationType.SQL, MigrationState.SUCCESS),
            tuple("17", CoreMigrationType.SQL, MigrationState.SUCCESS));
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(ddlAuto).isEqualTo("validate");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY", Integer.class)).isPositive();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM commune", Integer.class)).as("demo communes").isEqualTo(2);
  }

  /** Said, not left to the chance of the engine reaching the database through Hibernate's transaction manager. */
  @Test
  void theEngineIsDeclaredToStartAfterTheMigrations() {
    assertThat(beans.getBeanDefinition("processEngineFactoryBean").getDependsOn()).contains("flywayInitializer");
  }
}
