package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OCR threads' lower priority, and that Tesseract (a child process) inherits it. */
class BackgroundPriorityTest {

  @BeforeAll
  static void linux() {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "a Linux /proc");
  }

  @Test
  void aThreadLowersItsOwnPriorityAndItsChildProcessesInheritIt() throws Exception {
    int before = BackgroundPriority.currentThreadNice().orElseThrow();
    String[] seen = CompletableFuture.supplyAsync(() -> {
      BackgroundPriority.lowerCurrentThread(before + 7);
      try {
        Process child = new ProcessBuilder("sh", "-c", "cut -d' ' -f19 /proc/self/stat").start();
        child.waitFor(10, TimeUnit.SECONDS);
        return new String[] {
            String.valueOf(BackgroundPriority.currentThreadNice().orElseThrow()),
            new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip()};
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, runnable -> new Thread(runnable).start()).get(20, TimeUnit.SECONDS);

    assertThat(seen[0]).as("the thread's nice value").isEqualTo(String.valueOf(before + 7));
    assertThat(seen[1]).as("the nice value of a process it started").isEqualTo(String.valueOf(before + 7));
    assertThat(BackgroundPriority.currentThreadNice()).as("the other threads keep theirs").isEqualTo(OptionalInt.of(before));
  }

  @Test
  void theThreadsThatReadScansLaterRunAtTheConfiguredNiceValue() throws Exception {
    int own = BackgroundPriority.currentThreadNice().orElseThrow();
    DigitisationProperties props = new DigitisationProperties();
    assertThat(props.getOcr().getNice()).isEqualTo(10);
    ContentInspector inspector = new ContentInspector(props);
    DigitisationProperties off = new DigitisationProperties();
    off.getOcr().setNice(0);
    ContentInspector normal = new ContentInspector(off);
    try {
      assertThat(inspector.laterThreadNice()).isEqualTo(OptionalInt.of(Math.min(19, Math.max(own, 10))));
      assertThat(normal.laterThreadNice()).as("nice 0: the priority of the rest").isEqualTo(OptionalInt.of(own));
    } finally {
      inspector.destroy();
      normal.destroy();
    }
  }
}
