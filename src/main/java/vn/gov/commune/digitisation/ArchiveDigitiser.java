package vn.gov.commune.digitisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.web.ApiException;

/**
 * Bulk digitisation of historical records (số hóa kết quả giải quyết TTHC còn hiệu lực, sổ hộ tịch
 * …): every regular file below a folder, in path order, is checked, kept and recorded as an item of
 * an archive collection. A run can be stopped (the file being read is finished, the state is in the
 * database) and started again: files whose path and SHA-256 an earlier run finished — digitised, or
 * refused for a reason that would not change — are skipped; files refused as BUSY or TIMEOUT are
 * tried again. Used by the command line ({@link ArchiveCommand}) and the REST API ({@link DigitisationController}).
 */
@Service
public class ArchiveDigitiser implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveDigitiser.class);
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Set<FileType> ARCHIVE_TYPES = EnumSet.allOf(FileType.class);

  /** Where a run stands. {@code processed} counts digitised, refused and skipped files. */
  public record Progress(String collection, int total, int done, int refused, int skipped, double rate, Long etaSeconds) {

    public int processed() {
      return done + refused + skipped;
    }

    /** e.g. {@code [archive sa-thay-1995] 120/400 files · 3.2 files/s · ETA 01:27 · refused 4} */
    public String line() {
      String eta = etaSeconds == null ? "--:--" : clock(etaSeconds);
      return String.format(java.util.Locale.ROOT, "[archive %s] %d/%d files · %.1f files/s · ETA %s · refused %d",
          collection, processed(), total, rate, eta, refused);
    }

    static String clock(long seconds) {
      return seconds >= 3600
          ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
          : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
  }

  /** A file refused by a run (this one or an earlier one). */
  public record Refused(String path, Refusal reason, String message) {}

  /** How a run ended. */
  public record Summary(ArchiveCollection.Status status, Progress progress, List<Refused> refused, Duration took) {}

  private final ContentInspector inspector;
  private final DigitisationService service;
  private final ArchiveCollectionRepository collections;
  private final ArchiveItemRepository items;
  private final DigitisationProperties props;
  private final TransactionTemplate transaction;
  private final Map<String, AtomicBoolean> stopFlags = new ConcurrentHashMap<>();
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "archive-digitiser");
        t.setDaemon(true);
        return t;
      });
  private volatile boolean lifecycleRunning;
  private volatile boolean shuttingDown;

  public ArchiveDigitiser(
      ContentInspector inspector,
      DigitisationService service,
      ArchiveCollectionRepository collections,
      ArchiveItemRepository items,
      DigitisationProperties props,
      PlatformTransactionManager transactions) {
    this.inspector = inspector;
    this.service = service;
    this.collections = collections;
    this.items = items;
    this.props = props;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The folder a REST caller named, resolved inside its commune's part of the archive, {@code
   * <archive-root>/<communeId>/<folder>}, and never outside it: no absolute path, no ".." segment,
   * and after following symbolic links the real folder is still below the commune's real folder.
   * Returns the real path, so that the run reads exactly the folder that was checked.
   */
  public Path folderOfCommune(String communeId, String relative) {
    if (relative == null || relative.isBlank()) {
      throw ApiException.badRequest("Thiếu thư mục cần số hóa (\"folder\", đường dẫn tương đối trong thư mục lưu trữ của xã/phường).");
    }
    if (communeId == null || !NAME.matcher(communeId).matches()) {
      throw ApiException.badRequest("Thiếu hoặc sai mã xã/phường (\"communeId\") của bộ sưu tập.");
    }
    ApiException outside = ApiException.badRequest(
        "Thư mục \"" + relative + "\" không tồn tại trong thư mục lưu trữ của xã/phường " + communeId
            + " (đường dẫn tương đối trong " + communeId + "/, không có \"..\", không trỏ ra ngoài). Không có gì được tạo.");
    try {
      Path given = Path.of(relative);
      boolean climbs = false;
      for (Path segment : given) {
        climbs |= segment.toString().equals("..");
      }
      if (given.isAbsolute() || given.getRoot() != null || climbs) {
        throw outside;
      }
      Path communeRoot = Path.of(props.getArchiveRoot()).toAbsolutePath().normalize().resolve(communeId);
      Path folder = communeRoot.resolve(given).normalize();
      if (!folder.startsWith(communeRoot) || !Files.isDirectory(folder)) {
        throw outside;
      }
      Path real = folder.toRealPath();
      if (!real.startsWith(communeRoot.toRealPath())) {
        throw outside;
      }
      return real;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw outside;
    }
  }

  /** Starts a run in the background; its progress is kept on the collection. */
  public ArchiveCollection start(String name, String communeId, Path folder, String by) {
    requireName(name);
    AtomicBoolean flag = new AtomicBoolean(false);
    if (stopFlags.putIfAbsent(name, flag) != null) {
      throw ApiException.conflict("Bộ sưu tập \"" + name + "\" đang được số hóa.");
    }
    ArchiveCollection collection;
    try {
      collection = prepare(name, communeId, folder, by, count(folder));
      background.submit(() -> {
        try {
          loop(collection.getId(), name, folder, by, flag, p -> {});
        } catch (RuntimeException e) {
          LOG.error("Archive run {} failed", name, e);
          finish(collection.getId(), ArchiveCollection.Status.FAILED);
        } finally {
          stopFlags.remove(name);
        }
      });
    } catch (RuntimeException e) {
      stopFlags.remove(name);
      throw e;
    }
    return collection;
  }

  /** Runs in the calling thread until every file is handled or {@link #stop(String)} is called. */
  public Summary run(String name, String communeId, Path folder, String by, Consumer<Progress> listener) {
    requireName(name);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("Not a folder: " + folder);
    }
    AtomicBoolean flag = new AtomicBoolean(false);
    if (stopFlags.putIfAbsent(name, flag) != null) {
      throw new IllegalStateException("Collection " + name + " is being digitised already");
    }
    try {
      ArchiveCollection collection = prepare(name, communeId, folder, by, count(folder));
      return loop(collection.getId(), name, folder, by, flag, listener);
    } finally {
      stopFlags.remove(name);
    }
  }

  /** Asks a run to stop after its current file. */
  public boolean stop(String name) {
    AtomicBoolean flag = stopFlags.get(name);
    if (flag != null) {
      flag.set(true);
    }
    return flag != null;
  }

  public boolean isRunning(String name) {
    return stopFlags.containsKey(name);
  }

  public Optional<ArchiveCollection> collection(String name) {
    return collections.findByName(name);
  }

  public List<Refused> refused(ArchiveCollection collection) {
    return items.findByCollectionIdAndStatusOrderById(collection.getId(), ArchiveItem.Status.REFUSED).stream()
        .map(i -> new Refused(i.getPath(), i.getReason(), i.getMessage()))
        .toList();
  }

  private ArchiveCollection prepare(String name, String communeId, Path folder, String by, int total) {
    return transaction.execute(status -> {
      ArchiveCollection c = collections.findByName(name).orElseGet(() -> new ArchiveCollection(name, communeId, folder.toString()));
      c.start(folder.toString(), by, total, Instant.now());
      return collections.save(c);
    });
  }

  private Summary loop(Long collectionId, String name, Path folder, String by, AtomicBoolean stop, Consumer<Progress> listener) {
    long started = System.nanoTime();
    long lastReport = started;
    List<Path> files = list(folder);
    int total = files.size();
    int done = 0;
    int refused = 0;
    int skipped = 0;
    int handledNow = 0;
    boolean interrupted = false;
    for (Path file : files) {
      if (stop.get() || shuttingDown || jvmShuttingDown()) {
        interrupted = true;
        break;
      }
      String path = relative(folder, file);
      Outcome outcome = one(collectionId, name, path, file, by, stop);
      if (outcome == Outcome.ABORTED) {
        interrupted = true;
        break;
      }
      switch (outcome) {
        case DONE -> done++;
        case REFUSED -> refused++;
        default -> skipped++;
      }
      if (outcome != Outcome.SKIPPED) {
        handledNow++;
      }
      long now = System.nanoTime();
      Progress progress = progress(name, total, done, refused, skipped, handledNow, now - started);
      boolean last = done + refused + skipped == total;
      if (last || (done + refused + skipped) % Math.max(1, props.getProgressEveryFiles()) == 0
          || now - lastReport >= props.getProgressEvery().toNanos()) {
        lastReport = now;
        save(collectionId, progress);
        listener.accept(progress);
      }
    }
    Progress progress = progress(name, total, done, refused, skipped, handledNow, System.nanoTime() - started);
    save(collectionId, progress);
    ArchiveCollection.Status status = interrupted ? ArchiveCollection.Status.INTERRUPTED : ArchiveCollection.Status.DONE;
    ArchiveCollection collection = finish(collectionId, status);
    LOG.info("Archive run {} {}: {} digitised, {} refused, {} skipped (done before) of {}", name, status, done, refused, skipped, total);
    return new Summary(status, progress, refused(collection), Duration.ofNanos(System.nanoTime() - started));
  }

  /** ABORTED: the file failed while the run was being stopped (e.g. OCR killed by the shutdown); it is tried again on resume. */
  private enum Outcome { DONE, REFUSED, SKIPPED, ABORTED }

  private Outcome one(Long collectionId, String name, String path, Path file, String by, AtomicBoolean stop) {
    String sha256;
    long size;
    try {
      size = Files.size(file);
      sha256 = Hashes.sha256Hex(file);
    } catch (IOException e) {
      return refuse(collectionId, path, null, new ContentRefusedException(Refusal.CORRUPT, "Không đọc được tệp \"" + path + "\"."));
    }
    for (ArchiveItem earlier : items.findByCollectionIdAndSha256(collectionId, sha256)) {
      if (earlier.getPath().equals(path)) {
        if (earlier.getStatus() == ArchiveItem.Status.DONE || !earlier.getReason().isTransient()) {
          return Outcome.SKIPPED;
        }
        transaction.executeWithoutResult(s -> items.deleteById(earlier.getId()));
      }
    }
    try {
      if (size > props.getMaxFileSize().toBytes()) {
        throw new ContentRefusedException(Refusal.TOO_LARGE, "Tệp \"" + path + "\" vượt quá dung lượng cho phép (" + props.getMaxFileSize() + ").");
      }
      byte[] bytes = Files.readAllBytes(file);
      if (!Hashes.sha256Hex(bytes).equals(sha256)) {
        throw new ContentRefusedException(Refusal.CORRUPT, "Tệp \"" + path + "\" thay đổi trong lúc đang số hóa.");
      }
      InspectedContent checked = inspector.inspect(file.getFileName().toString(), null, bytes, ARCHIVE_TYPES);
      transaction.executeWithoutResult(s -> {
        DigitisationRecord record = service.keepArchiveFile(name, path, checked, bytes, by);
        items.save(ArchiveItem.done(collectionId, path, sha256, record.getId(), Instant.now()));
      });
      return Outcome.DONE;
    } catch (ContentRefusedException e) {
      if (stop.get() || shuttingDown || jvmShuttingDown()) {
        return Outcome.ABORTED;
      }
      return refuse(collectionId, path, sha256, e);
    } catch (IOException e) {
      return refuse(collectionId, path, sha256, new ContentRefusedException(Refusal.CORRUPT, "Không đọc được tệp \"" + path + "\"."));
    }
  }

  /**
   * Whether the JVM is shutting down (Ctrl-C, SIGTERM). Other shutdown hooks (Tika's kills running
   * Tesseract processes) may fail the current file before Spring stops this service; such a failure
   * must not be recorded as a refusal.
   */
  static boolean jvmShuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  private Outcome refuse(Long collectionId, String path, String sha256, ContentRefusedException e) {
    if (sha256 != null) {
      transaction.executeWithoutResult(s -> items.save(ArchiveItem.refused(collectionId, path, sha256, e, Instant.now())));
    }
    return Outcome.REFUSED;
  }

  private static Progress progress(String name, int total, int done, int refused, int skipped, int handledNow, long nanos) {
    double seconds = nanos / 1e9;
    double rate = seconds > 0 ? handledNow / seconds : 0;
    int remaining = total - done - refused - skipped;
    Long eta = null;
    if (rate > 0) {
      eta = Math.round(remaining / rate);
    } else if (remaining == 0) {
      eta = 0L;
    }
    return new Progress(name, total, done, refused, skipped, Math.round(rate * 10) / 10.0, eta);
  }

  private void save(Long collectionId, Progress progress) {
    transaction.executeWithoutResult(s -> collections.findById(collectionId).ifPresent(c -> c.progress(progress)));
  }

  private ArchiveCollection finish(Long collectionId, ArchiveCollection.Status status) {
    return transaction.execute(s -> {
      ArchiveCollection c = collections.findById(collectionId).orElseThrow();
      c.finish(status, Instant.now());
      return c;
    });
  }

  private static int count(Path folder) {
    return list(folder).size();
  }

  /** Regular files below the folder (symbolic links are not followed), hidden ones left out, in path order. */
  private static List<Path> list(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw ApiException.badRequest("Tên bộ sưu tập chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 64 ký tự), ví dụ sa-thay-1995.");
    }
  }

  // Lifecycle: on shutdown (Ctrl-C, SIGTERM) runs stop after their current file, before the database closes.

  @Override
  public void start() {
    lifecycleRunning = true;
  }

  @Override
  public void stop() {
    shuttingDown = true;
    stopFlags.values().forEach(f -> f.set(true));
    long deadline = System.nanoTime() + props.getParseTimeout().plusSeconds(15).toNanos();
    while (!stopFlags.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    background.shutdownNow();
    lifecycleRunning = false;
  }

  /** Whether the application is shutting down (a run was stopped by it). */
  public boolean isShuttingDown() {
    return shuttingDown;
  }

  @Override
  public boolean isRunning() {
    return lifecycleRunning;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}
