package vn.gov.commune.digitisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PDF;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import vn.gov.commune.shared.BackgroundPriority;
import vn.gov.commune.shared.Hashes;

/**
 * Checks a file by its content and extracts its text, or refuses it with a {@link
 * ContentRefusedException} carrying a Vietnamese message and a {@link Refusal} reason.
 *
 * <p>In order: not empty and within the size limit; the real type detected by Tika from the bytes
 * (never from the name or the client's claim) and within the component's allow-list (a file whose
 * name or declared type says an allowed type but whose content is something else is DISGUISED);
 * then, in a bounded parser thread with a time limit: page count and page/image pixel size
 * (PDFBox, ImageIO headers) before anything is rendered; the text, with OCR of scans by Tesseract
 * ("vie+eng") when installed; Tika's {@link SecureContentHandler} against zip bombs and deeply
 * nested embedded files, a character limit on the text; encrypted and corrupt files refused; last,
 * the text is screened for state-secret marks ({@link SecretMarks}).
 *
 * <p>PDFs are screened in PDFBox's object model before any text is extracted ({@link PdfScreen}):
 * all streams together may not inflate beyond {@link #inflatedLimit} (a decompression bomb), and a
 * PDF that runs JavaScript or launches a program is refused (ACTIVE_CONTENT).
 *
 * <p>Bounds: a hostile file costs at most {@code parse-timeout} of one of {@code parse-threads}
 * threads; a file waits for a thread at most {@code parse-queue-timeout} in a queue of {@code
 * parse-queue}, else it is refused as BUSY (503, Retry-After). On timeout the parse is cancelled:
 * its thread is interrupted and a flag set, on which the PDF screen and the text handler (at every
 * page and piece of text) stop the parse. Memory is bounded
 * by the file size limit, the inflation limit, the pixel limit (checked from headers before
 * decoding or rendering) and the page limit. A parser that neither checks interruption nor hands
 * out text keeps its thread until it ends; Tika's ForkParser (parsing in a child JVM with its own
 * heap, killed on timeout) is the stronger isolation and is NOT used here: it needs a separate
 * Tika class path in the child and costs a JVM start per parser; Tesseract itself already runs as
 * a child process with its own timeout.
 */
@Component
public class ContentInspector implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(ContentInspector.class);
  private static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";

  private final DigitisationProperties props;
  private final Detector detector;
  private final AutoDetectParser parser;
  /** Tika's PDF parser for a PDF already loaded by the screen. */
  private final LoadedPdfParser pdfParser = new LoadedPdfParser();
  private final ThreadPoolExecutor executor;
  /** Threads of {@link #inspectLater}, apart from those of uploads. */
  private final ThreadPoolExecutor laterExecutor;
  private final String ocrLanguage;
  private final String ocrUnavailable;

  public ContentInspector(DigitisationProperties props) {
    this.props = props;
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.detector = config.getDetector();
    this.parser = new AutoDetectParser(config);
    this.executor = pool("digitise-parse-", props.getParseThreads(), props.getParseQueue(), 0);
    // ScanOcr hands a scan over only while one of these threads is free (its semaphore): the queue is a margin;
    // they run, and start Tesseract, at a lower priority than uploads and requests
    this.laterExecutor = pool("digitise-ocr-later-", Math.max(1, props.getOcr().getThreads()), 16, props.getOcr().getNice());
    Tesseract tesseract = Tesseract.probe();
    List<String> wanted = List.of(props.getOcr().getLanguage().split("\\+"));
    List<String> usable = wanted.stream().filter(tesseract.languages()::contains).toList();
    if (!props.getOcr().isEnabled()) {
      ocrLanguage = null;
      ocrUnavailable = "Chưa nhận dạng chữ (OCR): chức năng OCR đang tắt trong cấu hình (app.digitisation.ocr.enabled).";
    } else if (!tesseract.installed()) {
      ocrLanguage = null;
      ocrUnavailable = "Chưa nhận dạng chữ (OCR): máy chủ chưa cài Tesseract, văn bản trong ảnh quét chưa được trích xuất.";
    } else if (usable.isEmpty()) {
      ocrLanguage = null;
      ocrUnavailable = "Chưa nhận dạng chữ (OCR): Tesseract thiếu dữ liệu ngôn ngữ " + props.getOcr().getLanguage() + ".";
    } else {
      ocrLanguage = String.join("+", usable);
      ocrUnavailable = null;
    }
    LOG.info("Digitisation: OCR {}", ocrLanguage != null ? "with Tesseract, languages " + ocrLanguage : "not available (" + ocrUnavailable + ")");
  }

  /** A bounded pool; its threads lower their own priority to {@code nice} first (0: they keep it). */
  private static ThreadPoolExecutor pool(String name, int threads, int queue, int nice) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        60,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(1, queue)),
        BackgroundPriority.threads(name, nice, "Digitisation: OCR"),
        new ThreadPoolExecutor.AbortPolicy());
  }

  /** The nice value of the threads that read scans later ({@link #inspectLater}), if the system shows it. */
  java.util.OptionalInt laterThreadNice() throws Exception {
    return laterExecutor.submit(BackgroundPriority::currentThreadNice).get(10, TimeUnit.SECONDS);
  }

  /** Whether scans are OCR'd (Tesseract installed, the language data present, OCR enabled). */
  public boolean ocrAvailable() {
    return ocrLanguage != null;
  }

  /** Part of the refusal of a file with a secrecy mark, at the upload ({@link ScanOcr} says it was removed instead). */
  static final String SECRET_NOT_KEPT = "Tệp không được lưu; ";

  /** The OCR note of a PDF whose text needs no OCR. */
  static final String TEXT_LAYER_NOTE = "Tệp PDF có sẵn lớp văn bản, không cần nhận dạng chữ (OCR).";

  /** Vietnamese note of a scan whose OCR runs later, as a job. */
  static final String OCR_PENDING_NOTE =
      "Đang chờ nhận dạng chữ (OCR): ảnh quét được đọc sau khi hồ sơ được nhận; tài liệu mang dấu độ mật sẽ bị từ chối và xóa.";

  /** Checks {@code content} for a component that accepts {@code allowed}; throws {@link ContentRefusedException}. */
  public InspectedContent inspect(String fileName, String claimedType, byte[] content, Set<FileType> allowed) {
    return inspect(fileName, claimedType, content, allowed, false, executor, props.getParseQueueTimeout());
  }

  /**
   * {@link #inspect} on the threads of {@code app.digitisation.ocr.threads}, for the reading of a
   * kept scan by a job ({@link ScanOcr}): it never takes a thread or a queue place of an upload, and
   * waits for a thread as long as a parse may take; "busy" then fails the job, which is retried.
   */
  InspectedContent inspectLater(String fileName, byte[] content, Set<FileType> allowed) {
    return inspect(fileName, null, content, allowed, false, laterExecutor, props.getParseTimeout());
  }

  /**
   * Every check of {@link #inspect} but OCR: a scan (an image, a PDF with page images) is answered
   * at once with the text it carries as text and {@link InspectedContent#ocrPending()} set when OCR
   * is available; {@link ScanOcr} reads it later and refuses it then if it carries a
   * secrecy mark. For a citizen's upload, whose answer must not wait for Tesseract.
   */
  public InspectedContent inspectDeferringOcr(String fileName, String claimedType, byte[] content, Set<FileType> allowed) {
    return inspect(fileName, claimedType, content, allowed, true, executor, props.getParseQueueTimeout());
  }

  private InspectedContent inspect(
      String fileName, String claimedType, byte[] content, Set<FileType> allowed, boolean deferOcr, ThreadPoolExecutor threads,
      java.time.Duration queueTimeout) {
    String name = fileName == null || fileName.isBlank() ? "(không tên)" : fileName;
    if (content == null || content.length == 0) {
      throw new ContentRefusedException(Refusal.EMPTY, "Tệp \"" + name + "\" rỗng.");
    }
    long max = props.getMaxFileSize().toBytes();
    if (content.length > max) {
      throw new ContentRefusedException(
          Refusal.TOO_LARGE,
          "Tệp \"" + name + "\" (" + size(content.length) + ") lớn hơn " + megabytes(max) + ", dung lượng tối đa cho phép. Không có gì được lưu.");
    }
    String mediaType = detect(content);
    FileType type = checkType(name, claimedType, mediaType, allowed);
    CountDownLatch started = new CountDownLatch(1);
    // set on timeout: the PDF screen and the text handler stop on it (an interrupt alone may be swallowed, e.g. by OCR)
    AtomicBoolean cancelled = new AtomicBoolean();
    Future<InspectedContent> job;
    try {
      job = threads.submit(() -> {
        started.countDown();
        return analyse(name, content, type, mediaType, deferOcr, cancelled::get);
      });
    } catch (RejectedExecutionException e) {
      throw busy(name);
    }
    try {
      // a file waits for a parser thread at most parse-queue-timeout, then is answered "busy"
      if (!started.await(queueTimeout.toMillis(), TimeUnit.MILLISECONDS) && job.cancel(false)) {
        throw busy(name);
      }
      return job.get(props.getParseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      cancelled.set(true);
      job.cancel(true);
      throw new ContentRefusedException(
          Refusal.TIMEOUT,
          "Tệp \"" + name + "\" quá phức tạp: không đọc xong trong " + props.getParseTimeout().toSeconds() + " giây. Không có gì được lưu.");
    } catch (InterruptedException e) {
      cancelled.set(true);
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new ContentRefusedException(Refusal.TIMEOUT, "Việc đọc tệp \"" + name + "\" bị dừng giữa chừng.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ContentRefusedException refused) {
        throw refused;
      }
      LOG.warn("Digitisation: unexpected failure reading a {} file: {}", type, e.getCause().toString());
      throw corrupt(name);
    }
  }

  /**
   * A document's text as it is kept (NFC, without surrounding blanks), refused when it carries a
   * state-secret mark: for a file read here and for a PDF the product rendered itself.
   *
   * @throws ContentRefusedException {@link Refusal#STATE_SECRET}
   */
  String screenedText(String name, String text) {
    String clean = TextFolding.nfc(text == null ? "" : text).strip();
    SecretMarks.find(clean).ifPresent(mark -> {
      throw new ContentRefusedException(
          Refusal.STATE_SECRET,
          "Tài liệu \"" + name + "\" mang dấu độ mật \"" + mark + "\": tài liệu chứa bí mật nhà nước không được số hóa và"
              + " không được lưu trên hệ thống kết nối mạng (" + props.getSecretLaw() + "). " + SECRET_NOT_KEPT
              + "hãy xử lý bản giấy theo quy chế bảo vệ bí mật nhà nước của cơ quan.");
    });
    return clean;
  }

  private static ContentRefusedException busy(String name) {
    return new ContentRefusedException(
        Refusal.BUSY, "Hệ thống đang xử lý nhiều tệp, vui lòng gửi lại tệp \"" + name + "\" sau " + ContentRefusedException.RETRY_AFTER_SECONDS
            + " giây. Không có gì được lưu.");
  }

  private String detect(byte[] content) {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      // no file name in the metadata: the type comes from the bytes alone
      return detector.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  private static FileType checkType(String name, String claimedType, String mediaType, Set<FileType> allowed) {
    if (OOXML_PROTECTED.equals(mediaType)) {
      throw new ContentRefusedException(
          Refusal.ENCRYPTED, "Tệp \"" + name + "\" được đặt mật khẩu (mã hóa): hãy gửi bản không đặt mật khẩu.");
    }
    Optional<FileType> detected = FileType.ofMediaType(mediaType);
    if (detected.isPresent() && allowed.contains(detected.get())) {
      return detected.get();
    }
    Optional<FileType> claimed = FileType.ofFileName(name).or(() -> FileType.ofMediaType(claimedType));
    String accepted = allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    String actual = detected.map(Enum::name).orElse(mediaType);
    if (claimed.isPresent() && detected.isEmpty()) {
      throw new ContentRefusedException(
          Refusal.DISGUISED,
          "Tệp \"" + name + "\" mang tên hoặc khai báo là " + claimed.get().name() + " nhưng nội dung thực là " + actual
              + ": tệp bị từ chối. Loại tệp được nhận: " + accepted + ".");
    }
    throw new ContentRefusedException(
        Refusal.TYPE_NOT_ALLOWED,
        "Tệp \"" + name + "\" có nội dung " + actual + ", không thuộc các loại tệp được nhận: " + accepted + ".");
  }

  private InspectedContent analyse(String name, byte[] content, FileType type, String mediaType, boolean deferOcr, BooleanSupplier cancelled) {
    // a PDF is loaded once: screened and counted here, then handed to Tika's parser for its text
    try (ScreenedPdf pdf = type == FileType.PDF ? loadPdf(name, content, cancelled) : null) {
      return analyse(name, content, type, mediaType, deferOcr, cancelled, pdf);
    }
  }

  private InspectedContent analyse(
      String name, byte[] content, FileType type, String mediaType, boolean deferOcr, BooleanSupplier cancelled, ScreenedPdf pdf) {
    int pages;
    int images;
    if (pdf != null) {
      pages = pdf.pages();
      images = pdf.withImages();
    } else if (type.isImage()) {
      pages = imageFrames(name, content);
      images = pages;
    } else {
      checkZip(name, content);
      pages = 1;
      images = 0;
    }
    Metadata metadata = new Metadata();
    boolean ocrPending = deferOcr && ocrAvailable() && (type.isImage() || (type == FileType.PDF && images > 0));
    String text = extract(name, content, type, metadata, !ocrPending && ocrAvailable(), cancelled, pdf);
    if (!type.isImage() && type != FileType.PDF) {
      Integer counted = metadata.getInt(Office.PAGE_COUNT);
      pages = counted != null && counted > 0 ? counted : 1;
      if (pages > props.getMaxPages()) {
        throw tooManyPages(name, pages);
      }
    }
    text = screenedText(name, text);
    boolean ocrDone;
    String ocrNote;
    if (ocrPending) {
      ocrDone = false;
      ocrNote = OCR_PENDING_NOTE;
    } else if (type.isImage()) {
      ocrDone = ocrAvailable();
      ocrNote = ocrDone ? "Đã nhận dạng chữ (OCR) bằng Tesseract, ngôn ngữ " + ocrLanguage + "." : ocrUnavailable;
    } else if (type == FileType.PDF) {
      Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
      ocrDone = ocrAvailable() && ocrPages != null && ocrPages > 0;
      if (ocrDone) {
        ocrNote = "Đã nhận dạng chữ (OCR) " + ocrPages + " trang bằng Tesseract, ngôn ngữ " + ocrLanguage + ".";
      } else if (images > 0 && !ocrAvailable()) {
        ocrNote = ocrUnavailable;
      } else {
        ocrNote = TEXT_LAYER_NOTE;
      }
    } else {
      ocrDone = false;
      ocrNote = null;
    }
    return new InspectedContent(type, mediaType, Hashes.sha256Hex(content), content.length, pages, images, text, ocrDone, ocrNote, ocrPending);
  }

  /** A loaded and screened PDF, its pages and the pages carrying an image; closing it closes the document. */
  private record ScreenedPdf(PDDocument document, int pages, int withImages) implements AutoCloseable {
    @Override
    public void close() {
      closeQuietly(document); // Tika's parser closes it after the text; closing twice is a no-op
    }
  }

  private static void closeQuietly(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      LOG.debug("Digitisation: closing a PDF failed: {}", e.toString());
    }
  }

  /**
   * Loads the PDF and counts its pages and pages carrying an image; refuses encrypted, corrupt, too
   * long or too large PDFs, decompression bombs and active content before any text or rendering.
   */
  private ScreenedPdf loadPdf(String name, byte[] content, BooleanSupplier cancelled) {
    PDDocument pdf = null;
    try {
      pdf = Loader.loadPDF(content);
      int pages = pdf.getNumberOfPages();
      if (pages > props.getMaxPages()) {
        throw tooManyPages(name, pages);
      }
      switch (PdfScreen.screen(pdf, inflatedLimit(content.length), cancelled)) {
        case BOMB -> throw zipBomb(name);
        case ACTIVE_CONTENT -> throw new ContentRefusedException(
            Refusal.ACTIVE_CONTENT,
            "Tệp \"" + name + "\" chứa mã JavaScript hoặc lệnh mở chương trình (Launch): tệp PDF như vậy không được nhận vì"
                + " có thể gây hại cho máy tính của cán bộ. Hãy gửi bản PDF không có mã (in lại ra PDF hoặc quét lại). Không có gì được lưu.");
        case NONE -> { }
      }
      int withImages = 0;
      float scale = props.getOcr().getDpi() / 72f;
      for (PDPage page : pdf.getPages()) {
        PDRectangle box = page.getMediaBox();
        double pixels = (double) box.getWidth() * scale * box.getHeight() * scale;
        if (pixels > props.getMaxImagePixels()) {
          throw new ContentRefusedException(
              Refusal.TOO_LARGE, "Tệp \"" + name + "\" có trang khổ quá lớn để xử lý. Không có gì được lưu.");
        }
        if (hasImage(page.getResources())) {
          withImages++;
        }
      }
      ScreenedPdf screened = new ScreenedPdf(pdf, pages, withImages);
      pdf = null;
      return screened;
    } catch (InvalidPasswordException e) {
      throw encrypted(name);
    } catch (IOException e) {
      throw corrupt(name);
    } finally {
      if (pdf != null) {
        closeQuietly(pdf);
      }
    }
  }

  /**
   * Zip-based documents (DOCX, ODT, XLSX): inflates the entries as a stream, keeping nothing, and
   * refuses the file once it inflates to more than {@value #BOMB_RATIO} times its size and more than
   * {@value #BOMB_MIN_BYTES} bytes, or holds more than {@value #MAX_ENTRIES} entries. Parsers have
   * their own guards (Tika's SecureContentHandler, POI's ZipSecureFile and record limits), but
   * they fail in different ways; this one gives one clear answer first.
   */
  private static void checkZip(String name, byte[] content) {
    long limit = inflatedLimit(content.length);
    long inflated = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
      while (zip.getNextEntry() != null) {
        if (++entries > MAX_ENTRIES) {
          throw zipBomb(name);
        }
        for (int n; (n = zip.read(buffer)) > 0; ) {
          inflated += n;
          if (inflated > limit) {
            throw zipBomb(name);
          }
        }
      }
    } catch (IOException e) {
      throw corrupt(name);
    }
  }

  static final int BOMB_RATIO = 100;
  static final long BOMB_MIN_BYTES = 20L * 1024 * 1024;
  static final long BOMB_MAX_BYTES = 256L * 1024 * 1024;

  /**
   * Most bytes a file may inflate to (zip entries, PDF streams): {@value #BOMB_RATIO} times its
   * size, at least {@value #BOMB_MIN_BYTES} and at most {@value #BOMB_MAX_BYTES}.
   */
  static long inflatedLimit(long size) {
    return Math.min(BOMB_MAX_BYTES, Math.max(BOMB_MIN_BYTES, size * BOMB_RATIO));
  }
  static final int MAX_ENTRIES = 10_000;

  private static ContentRefusedException zipBomb(String name) {
    return new ContentRefusedException(
        Refusal.ZIP_BOMB, "Tệp \"" + name + "\" có dấu hiệu \"bom nén\" (nội dung giải nén lớn bất thường): tệp bị từ chối.");
  }

  private static boolean hasImage(PDResources resources) throws IOException {
    if (resources == null) {
      return false;
    }
    for (COSName xobject : resources.getXObjectNames()) {
      if (resources.isImageXObject(xobject)) {
        return true;
      }
    }
    return false;
  }

  private int imageFrames(String name, byte[] content) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) {
        throw corrupt(name);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        int frames = reader.getNumImages(true);
        if (frames > props.getMaxPages()) {
          throw tooManyPages(name, frames);
        }
        for (int i = 0; i < frames; i++) {
          long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
          if (pixels > props.getMaxImagePixels()) {
            throw new ContentRefusedException(
                Refusal.TOO_LARGE,
                "Ảnh \"" + name + "\" quá lớn (" + reader.getWidth(i) + "×" + reader.getHeight(i) + " điểm ảnh) để xử lý. Không có gì được lưu.");
          }
        }
        return Math.max(frames, 1);
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw corrupt(name);
    }
  }

  private String extract(
      String name, byte[] content, FileType type, Metadata metadata, boolean ocr, BooleanSupplier cancelled, ScreenedPdf loaded) {
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    if (loaded != null) {
      context.set(LoadedPdfParser.Loaded.class, new LoadedPdfParser.Loaded(loaded.document()));
    }
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setOcrDPI(props.getOcr().getDpi());
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    if (ocr) {
      tesseract.setLanguage(ocrLanguage);
      // Page segmentation without orientation detection ("3"): with Tika's default ("1", with OSD) Tesseract turned
      // 3 of 40 short upright pages upside down and read garbage, a secrecy mark on such a page unseen
      tesseract.setPageSegMode("3");
      tesseract.setTimeoutSeconds((int) Math.max(1, props.getOcr().getTimeout().toSeconds()));
      tesseract.setMaxFileSizeToOcr(props.getMaxFileSize().toBytes());
    }
    context.set(TesseractOCRConfig.class, tesseract);
    DepthLimit depth = new DepthLimit(context, props.getMaxDepth());
    context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, depth);
    StringWriter text = new StringWriter();
    try (TikaInputStream in = TikaInputStream.get(content)) {
      SecureContentHandler handler =
          new SecureContentHandler(new Cancellable(new BodyContentHandler(new WriteOutContentHandler(text, props.getMaxTextChars())), cancelled), in);
      handler.setMaximumPackageEntryDepth(props.getMaxDepth());
      try {
        (loaded != null ? pdfParser : parser).parse(in, handler, metadata, context);
      } catch (SAXException e) {
        try {
          handler.throwIfCauseOf(e);
        } catch (TikaException bomb) {
          throw classify(name, bomb);
        }
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
          throw new ContentRefusedException(
              Refusal.TEXT_TOO_LONG,
              "Tệp \"" + name + "\" có quá nhiều chữ (hơn " + props.getMaxTextChars() + " ký tự) để số hóa. Không có gì được lưu.");
        }
        throw corrupt(name);
      }
      if (depth.exceeded) {
        throw tooDeep(name);
      }
    } catch (ContentRefusedException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw encrypted(name);
    } catch (TikaException | IOException | RuntimeException e) {
      throw classify(name, e);
    }
    return text.toString();
  }

  private ContentRefusedException classify(String name, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return encrypted(name);
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("package entry nesting") || message.contains("nested")) {
        return tooDeep(name);
      }
      if (message.contains("zip bomb") || message.contains("compression ratio") || message.contains("max. ratio")
          || message.contains("maximum length for this record type")) {
        return zipBomb(name);
      }
    }
    return corrupt(name);
  }

  private ContentRefusedException tooDeep(String name) {
    return new ContentRefusedException(
        Refusal.TOO_DEEP, "Tệp \"" + name + "\" chứa tệp lồng nhau quá " + props.getMaxDepth() + " cấp: tệp bị từ chối.");
  }

  /**
   * Parses embedded documents (attachments, embedded objects) only down to {@code max} levels; a
   * deeper one is not parsed and the file is refused after the parse. Parsers swallow exceptions of
   * embedded documents, hence the flag rather than an exception.
   */
  static final class DepthLimit extends org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor {
    private final int max;
    private int depth;
    volatile boolean exceeded;

    DepthLimit(ParseContext context, int max) {
      super(context);
      this.max = max;
    }

    @Override
    public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      if (depth >= max) {
        exceeded = true;
        return;
      }
      depth++;
      try {
        super.parseEmbedded(stream, handler, metadata, outputHtml);
      } finally {
        depth--;
      }
    }
  }

  /**
   * Ends a parse whose time is up: parsers do not look at the cancellation, but they hand every
   * page and piece of text to this handler, which then fails the parse.
   */
  static final class Cancellable extends org.apache.tika.sax.ContentHandlerDecorator {
    private final BooleanSupplier cancelled;

    Cancellable(org.xml.sax.ContentHandler handler, BooleanSupplier cancelled) {
      super(handler);
      this.cancelled = cancelled;
    }

    private void check() throws SAXException {
      if (cancelled.getAsBoolean()) {
        throw new SAXException("parse cancelled");
      }
    }

    @Override
    public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
      check();
      super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      check();
      super.characters(ch, start, length);
    }
  }

  private ContentRefusedException tooManyPages(String name, int pages) {
    return new ContentRefusedException(
        Refusal.TOO_MANY_PAGES,
        "Tệp \"" + name + "\" có " + pages + " trang, vượt quá số trang cho phép (" + props.getMaxPages() + "). Không có gì được lưu.");
  }

  private static ContentRefusedException encrypted(String name) {
    return new ContentRefusedException(
        Refusal.ENCRYPTED, "Tệp \"" + name + "\" được đặt mật khẩu (mã hóa): hãy gửi bản không đặt mật khẩu.");
  }

  private static ContentRefusedException corrupt(String name) {
    return new ContentRefusedException(
        Refusal.CORRUPT, "Tệp \"" + name + "\" bị hỏng hoặc không đọc được: hãy kiểm tra và gửi lại.");
  }

  /** A file's size as a person reads it: "12,5 MB", "640 KB". */
  static String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)).replace('.', ',') + " MB";
    }
    return Math.max(1, (bytes + 1023) / 1024) + " KB";
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
    laterExecutor.shutdownNow();
  }

  /** Whether Tesseract runs here and which languages it has ({@code tesseract --list-langs}). */
  record Tesseract(boolean installed, Set<String> languages) {

    static Tesseract probe() {
      try {
        Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
          out = in.readNBytes(64 * 1024);
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return new Tesseract(false, Set.of());
        }
        if (process.exitValue() != 0) {
          return new Tesseract(false, Set.of());
        }
        List<String> langs = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\\R")) {
          if (line.matches("[a-z_]{3,}[A-Za-z_]*")) {
            langs.add(line.trim());
          }
        }
        return new Tesseract(true, Set.copyOf(langs));
      } catch (IOException e) {
        return new Tesseract(false, Set.of());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Tesseract(false, Set.of());
      }
    }
  }
}
