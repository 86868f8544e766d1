package vn.gov.commune.plan.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import vn.gov.commune.digitisation.ContentInspector;
import vn.gov.commune.digitisation.FileType;

/**
 * The text of an uploaded plan document. The type is detected from the content (magic bytes and
 * container structure), never from the file name or the declared content type: PDF, DOCX, ODT and
 * plain text are accepted, anything else is refused with a Vietnamese message. PDF, DOCX and ODT go
 * through the digitisation service's inspector, like every other document the product reads: bounded
 * in size, pages, text and time, encrypted or corrupt files and documents marked as state secrets
 * refused. Plain text is read directly, bounded to {@link #MAX_CHARS}.
 */
@Component
public class PlanDocumentReader {

  /** At most this many characters of plain text are read (a long plan has about 100 000). */
  public static final int MAX_CHARS = 2_000_000;

  static final String NOT_A_PLAN_FILE =
      "Tệp không phải văn bản kế hoạch: chỉ nhận PDF, DOCX, ODT hoặc văn bản thuần.";

  private static final Set<String> ACCEPTED = Set.of(
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.oasis.opendocument.text",
      "text/plain");

  private static final Set<FileType> DOCUMENTS = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.ODT);

  private final Tika tika = new Tika();
  private final ContentInspector inspector;

  public PlanDocumentReader(ContentInspector inspector) {
    this.inspector = inspector;
  }

  /**
   * The text of a plan document.
   *
   * @param content the file's bytes
   * @param fileName the name as uploaded, only quoted in messages
   * @throws PlanImportException 415 for a type that is not accepted, 400 for an empty or too long
   *     document or one without a text layer
   * @throws vn.gov.commune.digitisation.ContentRefusedException for what the inspector refuses
   *     (encrypted, corrupt, too large or slow, state secret)
   */
  public String read(byte[] content, String fileName) {
    String name = fileName == null || fileName.isBlank() ? "tệp tải lên" : fileName;
    if (content == null || content.length == 0) {
      throw PlanImportException.invalid("Tệp \"" + name + "\" rỗng.");
    }
    String type = detect(content);
    if (!ACCEPTED.contains(type)) {
      throw PlanImportException.unsupported(NOT_A_PLAN_FILE);
    }
    String text = type.equals("text/plain") ? plainText(content) : inspector.inspect(name, null, content, DOCUMENTS).text();
    if (text != null && !text.isBlank() && !type.equals("text/plain")) {
      // the inspector accepted the file (size, pages, time, secrets): read it again keeping its tables
      String structured = type.equals("application/pdf") ? PlanTables.pdf(content) : PlanTables.document(content);
      if (structured != null) {
        if (structured.length() > MAX_CHARS) {
          throw tooLong();
        }
        text = structured;
      }
    }
    if (text == null || text.isBlank()) {
      throw PlanImportException.invalid(
          "Không đọc được chữ trong tệp \"" + name + "\" (có thể là bản quét ảnh): cần tệp có lớp văn bản.");
    }
    return text;
  }

  private String detect(byte[] content) {
    try (InputStream in = new ByteArrayInputStream(content)) {
      String type = tika.detect(in); // by content only: no file name given
      return type.replaceAll(";.*$", "").strip();
    } catch (IOException e) {
      throw PlanImportException.unsupported(NOT_A_PLAN_FILE);
    }
  }

  /** Plain text is read as UTF-8 (the charset Vietnamese documents use), bounded like the others. */
  private static String plainText(byte[] content) {
    String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = new String(content, java.nio.charset.Charset.forName("windows-1258"));
    }
    if (text.length() > MAX_CHARS) {
      throw tooLong();
    }
    return text;
  }

  private static PlanImportException tooLong() {
    return PlanImportException.invalid(
        "Văn bản quá dài (hơn " + MAX_CHARS / 1_000_000 + " triệu ký tự): không phải một kế hoạch thông thường.");
  }
}