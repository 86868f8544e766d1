package vn.gov.commune.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.commune.shared.Hashes;

/**
 * Keeps dossier files on disk under FILES_DIR (a volume in docker/), by random key, never by the
 * name a user gave. A file written inside a transaction is deleted again if that transaction rolls
 * back, so no file outlives a dossier that was not saved.
 */
@Component
public class FileStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);
  private final Path root;

  public FileStore(@Value("${app.files.dir:./data/files}") String root) {
    this.root = Path.of(root).toAbsolutePath().normalize();
  }

  public StoredFile store(String fileName, String contentType, byte[] content) {
    LocalDate today = LocalDate.now();
    String key = today.getYear() + "/" + String.format("%02d", today.getMonthValue()) + "/" + UUID.randomUUID();
    Path target = resolve(key);
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Không lưu được tệp: " + e.getMessage(), e);
    }
    deleteOnRollback(key);
    return new StoredFile(key, fileName, contentType, content.length, Hashes.sha256Hex(content));
  }

  public byte[] read(String key) {
    try {
      return Files.readAllBytes(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được tệp " + key + ": " + e.getMessage(), e);
    }
  }

  public boolean exists(String key) {
    return Files.exists(resolve(key));
  }

  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Invalid storage key");
    }
    return path;
  }

  private void deleteOnRollback(String key) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              try {
                Files.deleteIfExists(resolve(key));
              } catch (IOException e) {
                LOG.warn("Could not delete the file {} of a rolled-back transaction: {}", key, e.getMessage());
              }
            }
          }
        });
  }
}
