package vn.gov.commune.support;

/**
 * Tests that start whole applications of their own (another configuration, a failing start-up)
 * carry this tag and run in a fresh JVM each (see the surefire executions in pom.xml): Camunda
 * keeps its engines in a static registry that a second application in the JVM of the shared test
 * context would disturb.
 */
public final class SeparateJvm {

  public static final String TAG = "separate-jvm";

  private SeparateJvm() {}
}
