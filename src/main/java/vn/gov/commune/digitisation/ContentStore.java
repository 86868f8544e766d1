package vn.gov.commune.digitisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checked files on disk ({@code app.digitisation.store-dir}), addressed by their SHA-256 only:
 * {@code ab/cd/abcd…}. No path ever comes from user input. A file is written to a temporary file
 * and moved into place atomically; a file first written inside a transaction is deleted again if
 * that transaction rolls back. The same content is kept once.
 */
@Component
public class ContentStore {

  private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private final Path root;

  public ContentStore(DigitisationProperties props) {
    this.root = Path.of(props.getStoreDir()).toAbsolutePath().normalize();
  }

  /** Stores the content under its digest; returns the storage key. */
  public String put(String sha256, byte[] content) {
    Path target = resolve(sha256);
    if (Files.exists(target)) {
      return key(sha256);
    }
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".put-", ".tmp");
      try {
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không lưu được tệp vào kho nội dung: " + e.getMessage(), e);
    }
    deleteOnRollback(sha256);
    return key(sha256);
  }

  public byte[] read(String sha256) {
    try {
      return Files.readAllBytes(resolve(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được tệp " + sha256 + " trong kho nội dung", e);
    }
  }

  public boolean exists(String sha256) {
    return Files.exists(resolve(sha256));
  }

  static String key(String sha256) {
    return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
  }

  private Path resolve(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return root.resolve(key(sha256));
  }

  private void deleteOnRollback(String sha256) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              try {
                Files.deleteIfExists(resolve(sha256));
              } catch (IOException e) {
                LOG.warn("Could not delete the content {} of a rolled-back transaction: {}", sha256, e.getMessage());
              }
            }
          }
        });
  }
}
