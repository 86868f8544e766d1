package vn.gov.commune.support;

/**
 * Tests that start whole applications of their own (another configuration, a failing start-up)
 * carry this tag and run apart from the shared test context (see the surefire executions in
 * pom.xml): Camunda keeps its engines in a static registry that a second application in the JVM of
 * the shared test context would disturb. They run one after another in one JVM of their own; each
 * closes what it started, so none sees another's application (they pass in either order), and the
 * JVM starts and warms up once instead of once per class.
 */
public final class SeparateJvm {

  public static final String TAG = "separate-jvm";

  private SeparateJvm() {}
}
