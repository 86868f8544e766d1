package vn.gov.commune.dossier;

import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.commune.web.ApiException;

/**
 * Checks an uploaded component by its content (magic bytes, Apache Tika), never by its name: only
 * PDF and scanned images are accepted, within the size limit.
 */
@Component
public class UploadCheck {

  static final Map<String, String> ACCEPTED =
      Map.of("application/pdf", "PDF", "image/jpeg", "JPEG", "image/png", "PNG", "image/tiff", "TIFF");

  private final Tika tika = new Tika();
  private final long maxBytes;

  public UploadCheck(@Value("${app.files.max-file-size:10MB}") org.springframework.util.unit.DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
  }

  /** The detected content type; throws a Vietnamese 400 when the file is empty, too large or of a type not accepted. */
  public String check(String componentName, String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw ApiException.badRequest("Tệp \"" + fileName + "\" của thành phần \"" + componentName + "\" rỗng.");
    }
    if (content.length > maxBytes) {
      throw ApiException.badRequest(
          "Tệp \"" + fileName + "\" vượt quá dung lượng cho phép (" + (maxBytes / (1024 * 1024)) + " MB).");
    }
    String detected = tika.detect(content);
    if (!ACCEPTED.containsKey(detected)) {
      throw ApiException.badRequest(
          "Tệp \"" + fileName + "\" của thành phần \"" + componentName + "\" có nội dung không phải PDF hoặc ảnh (JPEG, PNG,"
              + " TIFF) mà là " + detected + ".");
    }
    return detected;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
