package vn.gov.commune;

import org.springframework.boot.SpringApplication;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Camunda 7 deployment for Vietnamese commune governments: TTHC dossiers and plan tasks. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CommuneWorkflowApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

  public static void main(String[] args) {
    commonPoolOfAtLeastTwo(Runtime.getRuntime().availableProcessors());
    SpringApplication.run(CommuneWorkflowApplication.class, args);
  }

  /**
   * On fewer than three cores the JVM gives the common fork-join pool a parallelism of 1, and then
   * CompletableFuture's default executor starts a new thread for every task: the JDK's HttpClient completes
   * every call to a national service on it (issue 15: about 50 threads a second under load). With 2 the
   * pool's threads are reused. Set before anything touches the pool; an explicit setting is kept.
   */
  static void commonPoolOfAtLeastTwo(int cores) {
    if (System.getProperty(COMMON_POOL_PARALLELISM) == null && cores < 3) {
      System.setProperty(COMMON_POOL_PARALLELISM, "2");
    }
  }
}
