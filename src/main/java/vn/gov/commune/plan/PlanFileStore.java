package vn.gov.commune.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.commune.web.ApiException;

/**
 * Evidence files of plan reports, under {@code app.files.dir}/plan-evidence. The type is detected
 * from the content (never from the name); only documents and images an office produces are taken.
 */
@Component
public class PlanFileStore {

  static final long MAX_SIZE = 20L * 1024 * 1024;

  /** Detected media type → what the user is told it is. */
  static final Map<String, String> ALLOWED = Map.of(
      "application/pdf", "PDF",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
      "application/vnd.oasis.opendocument.text", "ODT",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
      "image/jpeg", "JPEG",
      "image/png", "PNG");

  private final Path root;
  private final Tika tika = new Tika();

  public PlanFileStore(@Value("${app.files.dir:./data/files}") String dir) {
    this.root = Path.of(dir).resolve("plan-evidence");
  }

  /** Checks an upload and returns its detected media type. */
  public String check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw ApiException.badRequest("Tệp minh chứng '" + fileName + "' rỗng.");
    }
    if (content.length > MAX_SIZE) {
      throw ApiException.badRequest("Tệp minh chứng '" + fileName + "' vượt quá dung lượng cho phép (20 MB).");
    }
    String type = tika.detect(content);
    if (!ALLOWED.containsKey(type)) {
      throw ApiException.badRequest(
          "Tệp minh chứng '" + fileName + "' không đúng định dạng cho phép (PDF, DOCX, ODT, XLSX, JPEG, PNG).");
    }
    return type;
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
