package vn.gov.commune.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test's write through JdbcTemplate, in a transaction of its own that commits: the pool hands out
 * connections without auto-commit (spring.datasource.hikari.auto-commit: false), so a write outside
 * a transaction would be rolled back when its connection goes back to the pool.
 */
public final class CommittedJdbc {

  private CommittedJdbc() {}

  public static int update(JdbcTemplate jdbc, PlatformTransactionManager transactions, String sql, Object... arguments) {
    return new TransactionTemplate(transactions).execute(status -> jdbc.update(sql, arguments));
  }
}
