package vn.gov.commune.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way the product writes a stored file ({@link FileStore}, {@link ContentStore}): a
 * temporary file beside the target, then an atomic move, so a reader never sees half a file and a
 * crash leaves at most a temporary file (never a truncated target). Keys are resolved below the
 * store's root only.
 */
final class DiskFiles {

  private DiskFiles() {}

  /** Writes {@code content} to {@code target} atomically; the temporary file is named {@code tempPrefix…}. */
  static void writeAtomically(Path target, byte[] content, String tempPrefix) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), tempPrefix, ".tmp");
    try {
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The stored bytes; a Vietnamese message naming {@code what} if they cannot be read. */
  static byte[] read(Path file, String what) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được tệp " + what + ": " + e.getMessage(), e);
    }
  }

  /** {@code key} below {@code root}; a key that would leave the root is refused. */
  static Path resolve(Path root, String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Invalid storage key");
    }
    return path;
  }
}
