package vn.gov.commune.digitisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the CPU priority (Linux "nice" value) of the calling thread, and with it of every process it
 * starts afterwards: on Linux the nice value belongs to each thread, and a child process starts with
 * that of the thread that started it. The threads that read scans after their upload use it, so that
 * Tesseract and the rendering of pages for it take the CPU only when citizens' uploads and the staff's
 * requests leave it free.
 *
 * <p>Java has no call for this; the thread's own id is read from {@code /proc/thread-self} and given
 * to {@code renice}. Where either is missing (not Linux, no {@code renice}), the thread keeps its priority and
 * a warning says so once per thread. Raising the nice value needs no privilege.
 */
final class BackgroundPriority {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);

  private BackgroundPriority() {}

  /** Sets the calling thread's nice value to {@code nice} (1–19); 0 or less leaves it as it is. */
  static void lowerCurrentThread(int nice) {
    if (nice <= 0) {
      return;
    }
    OptionalInt tid = currentThreadId();
    if (tid.isEmpty()) {
      LOG.warn("Digitisation: OCR runs at normal priority (no /proc/thread-self on this system)");
      return;
    }
    try {
      Process renice = new ProcessBuilder("renice", "-n", Integer.toString(Math.min(19, nice)), "-p", Integer.toString(tid.getAsInt()))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        LOG.warn("Digitisation: OCR runs at normal priority (renice did not answer)");
      } else if (renice.exitValue() != 0) {
        LOG.warn("Digitisation: OCR runs at normal priority (renice ended with {})", renice.exitValue());
      }
    } catch (IOException e) {
      LOG.warn("Digitisation: OCR runs at normal priority (renice: {})", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The calling thread's nice value, if this system shows it ({@code /proc/thread-self/stat}, field 19). */
  static OptionalInt currentThreadNice() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalInt.of(Integer.parseInt(fields[16]));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /** The kernel's id of the calling thread, from the link {@code /proc/thread-self} ({@code <pid>/task/<tid>}). */
  private static OptionalInt currentThreadId() {
    try {
      return OptionalInt.of(Integer.parseInt(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString()));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }
}
