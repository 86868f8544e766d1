package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.commune.shared.BackgroundPriority;

/**
 * The OCR threads' lower priority, that Tesseract (a child process) inherits it, and that a pool's
 * thread started because of a background thread does not.
 */
class BackgroundPriorityTest {

  @BeforeAll
  static void linux() {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "a Linux /proc");
  }

  @Test
  void aThreadLowersItsOwnPriorityAndItsChildProcessesInheritIt() throws Exception {
    int before = BackgroundPriority.currentThreadNice().orElseThrow();
    String[] seen = CompletableFuture.supplyAsync(() -> {
      BackgroundPriority.lowerCurrentThread(before + 7, "Test");
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
  void aPoolThreadThatABackgroundThreadCausesStartsAtNormalPriority() throws Exception {
    int before = BackgroundPriority.currentThreadNice().orElseThrow();
    ThreadFactory pool = BackgroundPriority.threads("test-pool-", 0, null);
    ThreadFactory background = BackgroundPriority.threads("test-background-", before + 5, "Test");
    CompletableFuture<String[]> seen = new CompletableFuture<>();
    // a background thread (a job's) makes two threads: a plain one and one of a shared pool
    background.newThread(() -> {
      try {
        CompletableFuture<String> plain = new CompletableFuture<>();
        CompletableFuture<String> pooled = new CompletableFuture<>();
        new Thread(() -> plain.complete(nice())).start();
        Thread thread = pool.newThread(() -> pooled.complete(nice()));
        thread.start();
        seen.complete(new String[] {nice(), plain.get(10, TimeUnit.SECONDS), pooled.get(10, TimeUnit.SECONDS), thread.getName()});
      } catch (Exception e) {
        seen.completeExceptionally(e);
      }
    }).start();

    String[] nices = seen.get(20, TimeUnit.SECONDS);
    assertThat(nices[0]).as("the background thread").isEqualTo(String.valueOf(before + 5));
    assertThat(nices[1]).as("a plain thread it starts inherits its nice value").isEqualTo(String.valueOf(before + 5));
    assertThat(nices[2]).as("a pool's thread it causes starts at normal priority").isEqualTo(String.valueOf(before));
    assertThat(nices[3]).isEqualTo("test-pool-1");
  }

  private static String nice() {
    return String.valueOf(BackgroundPriority.currentThreadNice().orElseThrow());
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
