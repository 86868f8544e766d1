package vn.gov.commune.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks the database as soon as the DataSource exists, before Hibernate or the engine use it, and
 * stops the start-up with a message that says what to fix: the server cannot be reached, or a
 * MariaDB/MySQL connection is not READ COMMITTED or not configured with the engine's "mysql" type.
 */
@Component
class DatabaseStartupCheck implements BeanPostProcessor {

  private final Environment environment;

  public DatabaseStartupCheck(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
      check(dataSource);
    }
    return bean;
  }

  void check(DataSource dataSource) {
    String url = environment.getProperty("spring.datasource.url", "(not set)");
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("mariadb") || product.contains("mysql")) {
        String type = environment.getProperty("camunda.bpm.database.type", "");
        if (!"mysql".equals(type)) {
          throw new IllegalStateException(
              "The database at " + url + " is " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                  + " but camunda.bpm.database.type is '" + type + "'. Camunda 7.24 runs on MariaDB with the 'mysql'"
                  + " type: start with the 'mariadb' profile (SPRING_PROFILES_ACTIVE=mariadb).");
        }
        int isolation = connection.getTransactionIsolation();
        if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
          throw new IllegalStateException(
              "The connections to " + url + " use transaction isolation " + isolationName(isolation)
                  + "; Camunda on MariaDB requires READ COMMITTED. Set"
                  + " spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED (the 'mariadb'"
                  + " profile does) or start MariaDB with --transaction-isolation=READ-COMMITTED.");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot connect to the database at " + url + ": " + e.getMessage()
              + ". Check that the server is running and reachable, and DB_URL, DB_USER and DB_PASSWORD.",
          e);
    }
  }

  private static String isolationName(int level) {
    return switch (level) {
      case Connection.TRANSACTION_NONE -> "NONE";
      case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
      case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
      case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
      default -> String.valueOf(level);
    };
  }
}
