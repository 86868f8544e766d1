package vn.gov.commune.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database of a test run: {@code -Dtest.database=h2} (default, in memory) or {@code mariadb}
 * (the production profile; DB_URL, DB_USER and DB_PASSWORD name a throw-away database, see .ci/run).
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static boolean onMariaDb() {
    return "mariadb".equals(System.getProperty("test.database", "h2"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return onMariaDb() ? new String[] {"mariadb", "test"} : new String[] {"h2mem", "test"};
  }
}
