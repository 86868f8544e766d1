package vn.gov.commune.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.commune.digitisation.DigitisationService;
import vn.gov.commune.digitisation.FileType;
import vn.gov.commune.web.ApiException;

/**
 * Evidence files of plan reports, under {@code app.files.dir}/plan-evidence. Each file is checked by
 * the digitisation service like any dossier component (type from the content, size and page limits,
 * encryption, zip bombs, state-secret marks); only documents and images an office produces are taken.
 */
@Component
public class PlanFileStore {

  static final Set<FileType> ALLOWED = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.ODT, FileType.XLSX, FileType.JPEG, FileType.PNG);

  private final Path root;
  private final DigitisationService digitisation;

  public PlanFileStore(@Value("${app.files.dir:./data/files}") String dir, DigitisationService digitisation) {
    this.root = Path.of(dir).resolve("plan-evidence");
    this.digitisation = digitisation;
  }

  /** Checks an upload and returns its detected media type; a refusal is a Vietnamese {@link ApiException}. */
  public String check(String fileName, byte[] content) {
    return digitisation.check(fileName, null, content, ALLOWED).mediaType();
  }

  /** Stores the bytes; returns the name they are stored under. */
  public String store(byte[] content) {
    String name = UUID.randomUUID().toString();
    try {
      Files.createDirectories(root);
      Files.write(root.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException("Không lưu được tệp minh chứng.", e);
    }
    return name;
  }

  public byte[] read(String storedAs) {
    try {
      return Files.readAllBytes(root.resolve(storedAs));
    } catch (IOException e) {
      throw ApiException.notFound("Không tìm thấy tệp minh chứng.");
    }
  }
}
