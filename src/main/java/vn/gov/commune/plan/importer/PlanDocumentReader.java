package vn.gov.commune.plan.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.Tika;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;

/**
 * The text of an uploaded plan document. The type is detected from the content (magic bytes and
 * container structure), never from the file name or the declared content type: PDF, DOCX, ODT and
 * plain text are accepted, anything else is refused with a Vietnamese message. Extraction is bounded
 * in size ({@link #MAX_CHARS}) and time ({@link #TIMEOUT}), so a hostile file cannot exhaust the server.
 */
@Component
public class PlanDocumentReader {

  /** At most this many characters are extracted (a long plan has about 100 000). */
  public static final int MAX_CHARS = 2_000_000;
  /** Extraction stops after this long. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  static final String NOT_A_PLAN_FILE =
      "Tệp không phải văn bản kế hoạch: chỉ nhận PDF, DOCX, ODT hoặc văn bản thuần.";

  private static final Set<String> ACCEPTED = Set.of(
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.oasis.opendocument.text",
      "text/plain");

  private final Tika tika = new Tika();
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "plan-import-tika");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * The text of a plan document.
   *
   * @param content the file's bytes
   * @param fileName the name as uploaded, only quoted in messages
   * @throws PlanImportException 415 for a type that is not accepted, 400 for an empty, unreadable,
   *     too large or too slow document
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
    String text = type.equals("text/plain") ? plainText(content) : extract(content, name);
    if (text.isBlank()) {
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

  private String extract(byte[] content, String name) {
    Future<String> parse = executor.submit(() -> {
      BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
      try (InputStream in = new ByteArrayInputStream(content)) {
        new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
      }
      return handler.toString();
    });
    try {
      return parse.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      throw PlanImportException.invalid(
          "Đọc tệp \"" + name + "\" quá " + TIMEOUT.toSeconds() + " giây: tệp quá phức tạp, vui lòng lưu lại thành PDF hoặc DOCX đơn giản hơn.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PlanImportException.invalid("Việc đọc tệp \"" + name + "\" bị gián đoạn.");
    } catch (ExecutionException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e.getCause())) {
        throw tooLong();
      }
      throw PlanImportException.invalid("Không đọc được tệp \"" + name + "\": tệp hỏng hoặc có mật khẩu.");
    }
  }

  private static PlanImportException tooLong() {
    return PlanImportException.invalid(
        "Văn bản quá dài (hơn " + MAX_CHARS / 1_000_000 + " triệu ký tự): không phải một kế hoạch thông thường.");
  }
}
