package vn.gov.commune.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * back, so no file outlives a dossier that was not saved. Written like every stored file
 * ({@link DiskFiles}: temporary file, atomic move). Used for dossier components, issued slips and
 * results, and plan evidence; {@link ContentStore} keeps checked content once per SHA-256.
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
    try {
      DiskFiles.writeAtomically(resolve(key), content, ".upload-");
    } catch (IOException e) {
      throw new UncheckedIOException("Không lưu được tệp: " + e.getMessage(), e);
    }
    deleteOnRollback(key);
    return new StoredFile(key, fileName, contentType, content.length, Hashes.sha256Hex(content));
  }

  public byte[] read(String key) {
    return DiskFiles.read(resolve(key), key);
  }

  public boolean exists(String key) {
    return Files.exists(resolve(key));
  }

  /** Deletes the file once the current transaction commits (at once outside a transaction). */
  public void deleteAfterCommit(String key) {
    Path file = resolve(key);
    Runnable delete = () -> {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warn("Could not delete the file {}: {}", key, e.getMessage());
      }
    };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      delete.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            delete.run();
          }
        });
  }

  private Path resolve(String key) {
    return DiskFiles.resolve(root, key);
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
