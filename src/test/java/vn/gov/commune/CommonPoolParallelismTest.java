package vn.gov.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.CommuneWorkflowApplication.COMMON_POOL_PARALLELISM;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The common pool's parallelism the application sets at start-up, so that CompletableFuture reuses threads. */
class CommonPoolParallelismTest {

  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty(COMMON_POOL_PARALLELISM);
    System.clearProperty(COMMON_POOL_PARALLELISM);
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(COMMON_POOL_PARALLELISM);
    } else {
      System.setProperty(COMMON_POOL_PARALLELISM, saved);
    }
  }

  @Test
  void onTwoCoresThePoolGetsTwoThreads() {
    CommuneWorkflowApplication.commonPoolOfAtLeastTwo(2);
    assertThat(System.getProperty(COMMON_POOL_PARALLELISM)).isEqualTo("2");
  }

  @Test
  void onOneCoreToo() {
    CommuneWorkflowApplication.commonPoolOfAtLeastTwo(1);
    assertThat(System.getProperty(COMMON_POOL_PARALLELISM)).isEqualTo("2");
  }

  @Test
  void fromThreeCoresTheJvmsOwnChoiceStands() {
    CommuneWorkflowApplication.commonPoolOfAtLeastTwo(3);
    assertThat(System.getProperty(COMMON_POOL_PARALLELISM)).isNull();
  }

  @Test
  void anExplicitSettingIsKept() {
    System.setProperty(COMMON_POOL_PARALLELISM, "1");
    CommuneWorkflowApplication.commonPoolOfAtLeastTwo(2);
    assertThat(System.getProperty(COMMON_POOL_PARALLELISM)).isEqualTo("1");
  }
}
