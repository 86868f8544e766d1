package vn.gov.commune.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the CPU priority (Linux "nice" value) of the calling thread, and with it of every process it
 * starts afterwards: on Linux the nice value belongs to each thread, and a child process starts with
 * that of the thread that started it. Background work uses it, so that it takes the CPU only when
 * citizens' uploads and the staff's requests leave it free: the threads that read scans after their
 * upload (and Tesseract, which they start) and the job executor's threads.
 *
 * <p>Java has no call for this; the thread's own id is read from {@code /proc/thread-self} and given
 * to {@code renice}. Where either is missing (not Linux, no {@code renice}), the thread keeps its priority and
 * a warning says so once per thread. Raising the nice value needs no privilege; lowering it again does.
 *
 * <p>A thread also starts with the nice value of the thread that starts it. A pool that serves both
 * requests and background work (the parser threads of uploads, the HTTP clients of the national
 * services, the province reports) would keep a thread a job happened to start at the job's priority,
 * and an upload would then wait for it. So the product's pools make their threads with {@link
 * #threads}: each is started by one thread kept at the priority the JVM started with.
 */
public final class BackgroundPriority {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);

  private BackgroundPriority() {}

  /**
   * Starts the threads of {@link #threads}. Its one thread is made when this class is first used, which
   * the application makes sure happens on its main thread (at normal priority), and kept for good.
   */
  private static final ThreadPoolExecutor STARTER = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
    Thread thread = new Thread(work, "normal-priority-thread-starter");
    thread.setDaemon(true);
    return thread;
  });

  static {
    STARTER.prestartAllCoreThreads();
  }

  /** Makes sure the thread that starts the pools' threads exists (call it on a thread at normal priority). */
  public static void init() {
    STARTER.getPoolSize();
  }

  /**
   * Daemon threads named {@code prefix1, prefix2…}, started at the priority the JVM started with,
   * whichever thread asks for them; with {@code nice} above 0 each lowers itself to that value
   * before its first task ({@code what} names its work in the warning if it cannot).
   */
  public static ThreadFactory threads(String prefix, int nice, String what) {
    AtomicInteger count = new AtomicInteger();
    return work -> new StartedAtNormalPriority(
        nice > 0 ? () -> {
          lowerCurrentThread(nice, what);
          work.run();
        } : work,
        prefix + count.incrementAndGet());
  }

  /** A thread whose start (where the kernel copies the starting thread's nice value) is done by {@link #STARTER}. */
  private static final class StartedAtNormalPriority extends Thread {

    StartedAtNormalPriority(Runnable work, String name) {
      super(work, name);
      setDaemon(true);
    }

    @Override
    public void start() {
      // waits without giving up on an interrupt (the caller's interrupt status stays set)
      try {
        CompletableFuture.runAsync(super::start, STARTER).join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      }
    }
  }

  /**
   * Sets the calling thread's nice value to {@code nice} (1–19); 0 or less leaves it as it is.
   * {@code what} names the thread's work in the warning when it cannot (e.g. "OCR").
   */
  public static void lowerCurrentThread(int nice, String what) {
    if (nice <= 0) {
      return;
    }
    OptionalInt tid = currentThreadId();
    if (tid.isEmpty()) {
      LOG.warn("{} runs at normal priority (no /proc/thread-self on this system)", what);
      return;
    }
    try {
      Process renice = new ProcessBuilder("renice", "-n", Integer.toString(Math.min(19, nice)), "-p", Integer.toString(tid.getAsInt()))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        LOG.warn("{} runs at normal priority (renice did not answer)", what);
      } else if (renice.exitValue() != 0) {
        LOG.warn("{} runs at normal priority (renice ended with {})", what, renice.exitValue());
      }
    } catch (IOException e) {
      LOG.warn("{} runs at normal priority (renice: {})", what, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The calling thread's nice value, if this system shows it ({@code /proc/thread-self/stat}, field 19). */
  public static OptionalInt currentThreadNice() {
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
