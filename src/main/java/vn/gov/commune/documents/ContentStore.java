package vn.gov.commune.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checked files on disk ({@code app.digitisation.store-dir}), addressed by their SHA-256 only:
 * {@code ab/cd/abcd…}. No path ever comes from user input. The same content is kept once, so one
 * file may be referenced by several transactions at the same time.
 *
 * <p>Hence a file is never deleted when a transaction rolls back (another one may be committing a
 * row for the same content): a file without a committed {@code dg_content} row is an orphan that
 * {@link #sweep} removes once it has not been written or touched for a grace period. A writer
 * writes the file (temporary file, atomic move) or, when it exists, refreshes its modification
 * time, and does so again just before its transaction commits; the sweeper moves an old
 * unreferenced file aside, and puts it back if a writer touched it in between. So a committed row
 * never points to a missing file, also with several processes (server and command line) on one
 * store, and without a lock. Files are written like every stored file ({@link DiskFiles}).
 */
@Component
public class ContentStore {

  private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final String TEMP = ".put-";
  private static final String ASIDE = ".sweep-";
  private final Path root;

  public ContentStore(@Value("${app.digitisation.store-dir:./data/files/content}") String root) {
    this.root = Path.of(root).toAbsolutePath().normalize();
  }

  /** Stores the content under its digest (again just before the current transaction commits); returns the storage key. */
  public String put(String sha256, byte[] content) {
    Path target = resolve(sha256);
    ensure(target, content);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              ensure(target, content);
            }
          });
    }
    return key(sha256);
  }

  public byte[] read(String sha256) {
    return DiskFiles.read(resolve(sha256), sha256 + " trong kho nội dung");
  }

  public boolean exists(String sha256) {
    return Files.exists(resolve(sha256));
  }

  /** Where content is kept, relative to the store: {@code ab/cd/abcd…}. */
  public static String key(String sha256) {
    return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
  }

  /**
   * Removes files no committed row references and that nobody wrote or touched for {@code grace},
   * and temporary files of writes cut short (a {@code kill -9} between write and move) as old.
   * {@code referencedAmong} answers which of the given digests have a committed row. One sweep at a
   * time, also across processes sharing the store (a lock file); returns the removed paths,
   * relative to the store.
   */
  public List<String> sweep(Function<Collection<String>, Set<String>> referencedAmong, Duration grace) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (FileChannel channel = FileChannel.open(root.resolve(".sweep.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null ? List.of() : sweepLocked(referencedAmong, Instant.now().minus(grace));
    } catch (OverlappingFileLockException e) {
      return List.of(); // a sweep of this process is running
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sweep the content store " + root, e);
    }
  }

  /**
   * Removes the content with this digest now, whatever its age, unless {@code referencedAmong} finds
   * a committed row for it (checked after the file is moved aside, like a sweep). For content refused
   * after it was kept (a secrecy mark OCR found later); call it after the rows were deleted and committed.
   */
  public boolean remove(String sha256, Function<Collection<String>, Set<String>> referencedAmong) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    try {
      return sweepContent(resolve(sha256), sha256, referencedAmong, Instant.MAX);
    } catch (IOException e) {
      LOG.warn("Could not remove the content {}: {} (the sweeper removes it once it has no row)", key(sha256), e.getMessage());
      return false;
    }
  }

  private List<String> sweepLocked(Function<Collection<String>, Set<String>> referencedAmong, Instant before) throws IOException {
    Map<String, Path> old = new LinkedHashMap<>();
    List<String> removed = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
        String name = file.getFileName().toString();
        if (SHA256.matcher(name).matches() && file.equals(resolve(name))) {
          if (modified(file).isBefore(before)) {
            old.put(name, file);
          }
        } else if (name.startsWith(ASIDE) && SHA256.matcher(name.substring(ASIDE.length())).matches()) {
          settleAside(file, name.substring(ASIDE.length()), referencedAmong).ifPresent(removed::add);
        } else if (name.startsWith(TEMP) && modified(file).isBefore(before) && Files.deleteIfExists(file)) {
          LOG.info("Content sweeper removed the temporary file {} of a write cut short", root.relativize(file));
          removed.add(root.relativize(file).toString());
        }
      }
    }
    List<String> digests = new ArrayList<>(old.keySet());
    Set<String> referenced = new HashSet<>();
    for (int i = 0; i < digests.size(); i += 500) {
      referenced.addAll(referencedAmong.apply(digests.subList(i, Math.min(digests.size(), i + 500))));
    }
    for (Map.Entry<String, Path> file : old.entrySet()) {
      if (!referenced.contains(file.getKey()) && sweepContent(file.getValue(), file.getKey(), referencedAmong, before)) {
        removed.add(key(file.getKey()));
      }
    }
    return removed;
  }

  /** Removes an old file without a row: moved aside first, so that a writer touching it meanwhile is seen. */
  private boolean sweepContent(Path file, String sha256, Function<Collection<String>, Set<String>> referencedAmong, Instant before)
      throws IOException {
    Path aside = file.resolveSibling(ASIDE + sha256);
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      return false;
    }
    // a writer that touched the file before the move shows in its time; one after it writes a new file
    Instant written = modified(aside);
    if (written.isBefore(before) && referencedAmong.apply(List.of(sha256)).isEmpty()) {
      Files.delete(aside);
      LOG.info("Content sweeper removed the orphan file {} (no committed content row, last written {})", key(sha256), written);
      return true;
    }
    Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
    return false;
  }

  /** A file moved aside by a sweep that was cut short: back in place if referenced, else removed. */
  private Optional<String> settleAside(Path aside, String sha256, Function<Collection<String>, Set<String>> referencedAmong)
      throws IOException {
    if (!referencedAmong.apply(List.of(sha256)).isEmpty()) {
      Files.move(aside, aside.resolveSibling(sha256), StandardCopyOption.ATOMIC_MOVE);
      return Optional.empty();
    }
    Files.delete(aside);
    LOG.info("Content sweeper removed the orphan file {} left aside by an interrupted sweep", key(sha256));
    return Optional.of(root.relativize(aside).toString());
  }

  private static Instant modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toInstant();
  }

  /** Makes sure the file is in place and looks fresh to the sweeper: refreshes its time, or writes it. */
  private static void ensure(Path target, byte[] content) {
    try {
      try {
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        return;
      } catch (NoSuchFileException e) {
        // not there (yet, or no longer): write it
      }
      DiskFiles.writeAtomically(target, content, TEMP);
    } catch (IOException e) {
      throw new UncheckedIOException("Không lưu được tệp vào kho nội dung: " + e.getMessage(), e);
    }
  }

  private Path resolve(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return root.resolve(key(sha256));
  }
}
