package vn.gov.commune.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.gov.commune.shared.BackgroundPriority;

/**
 * The job executor's threads (the starter's own pool, as the product builds it) run at the configured
 * nice value and keep their names; the rest of the JVM keeps its priority.
 */
class JobThreadsInBackgroundTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(CamundaBpmProperties.class)
      .withBean(JobThreadsInBackground.class)
      .withUserConfiguration(DefaultJobConfiguration.JobConfiguration.class);

  @BeforeAll
  static void linux() {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "a Linux /proc");
  }

  @Test
  void jobThreadsRunAtNiceTenByDefaultAndKeepTheirNames() {
    int own = BackgroundPriority.currentThreadNice().orElseThrow();
    context.run(app -> {
      String[] seen = onAJobThread(app.getBean(JobThreadsInBackground.POOL, ThreadPoolTaskExecutor.class));
      assertThat(seen[0]).as("the job thread's nice value").isEqualTo(String.valueOf(Math.min(19, Math.max(own, 10))));
      assertThat(seen[1]).as("the job thread's name").startsWith("camundaTaskExecutor-");
    });
    assertThat(BackgroundPriority.currentThreadNice()).as("the other threads keep theirs").isEqualTo(OptionalInt.of(own));
  }

  @Test
  void niceZeroLeavesJobThreadsAtThePriorityOfTheRest() {
    int own = BackgroundPriority.currentThreadNice().orElseThrow();
    context.withPropertyValues("app.jobs.nice=0").run(app -> {
      String[] seen = onAJobThread(app.getBean(JobThreadsInBackground.POOL, ThreadPoolTaskExecutor.class));
      assertThat(seen[0]).isEqualTo(String.valueOf(own));
      assertThat(seen[1]).startsWith("camundaTaskExecutor-");
    });
  }

  /** The nice value and the name of the thread the pool runs a task on. */
  private static String[] onAJobThread(ThreadPoolTaskExecutor pool) throws Exception {
    return pool.submit(() -> new String[] {
        String.valueOf(BackgroundPriority.currentThreadNice().orElseThrow()), Thread.currentThread().getName()})
        .get(20, TimeUnit.SECONDS);
  }
}
