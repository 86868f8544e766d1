package vn.gov.commune.plan;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.commune.digitisation.DigitisationService;
import vn.gov.commune.digitisation.FileType;
import vn.gov.commune.documents.FileStore;

/**
 * Evidence files of plan reports. Each file is checked by the digitisation service like any dossier
 * component (type from the content, size and page limits, encryption, zip bombs, state-secret marks);
 * only documents and images an office produces are taken. The bytes go to the product's file store,
 * which writes atomically and deletes a file whose transaction rolls back.
 */
@Component
public class PlanFileStore {

  static final Set<FileType> ALLOWED = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.ODT, FileType.XLSX, FileType.JPEG, FileType.PNG);

  private final FileStore files;
  private final DigitisationService digitisation;

  public PlanFileStore(FileStore files, DigitisationService digitisation) {
    this.files = files;
    this.digitisation = digitisation;
  }

  /** Checks an upload and returns its detected media type; a refusal is a Vietnamese {@link vn.gov.commune.web.ApiException}. */
  public String check(String fileName, byte[] content) {
    return digitisation.check(fileName, null, content, ALLOWED).mediaType();
  }

  /** Stores the bytes (in the caller's transaction); returns the key they are stored under. */
  public String store(String fileName, String contentType, byte[] content) {
    return files.store(fileName, contentType, content).storageKey();
  }

  public byte[] read(String storedAs) {
    return files.read(storedAs);
  }
}
