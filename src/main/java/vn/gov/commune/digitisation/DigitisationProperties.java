package vn.gov.commune.digitisation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of digitisation ({@code app.digitisation.*}): where checked files are kept, the limits a
 * file must stay within, OCR, and the folder bulk archive runs may read from.
 */
@ConfigurationProperties("app.digitisation")
public class DigitisationProperties {

  /** Content store: a directory; files are kept under their SHA-256, never under a name a user gave. */
  private String storeDir = "./data/files/content";
  /** Largest file accepted. */
  private DataSize maxFileSize = DataSize.ofMegabytes(10);
  /** Most pages a document may have (PDF, DOCX, multi-page TIFF). */
  private int maxPages = 200;
  /** Deepest nesting of embedded documents (a file inside a file inside …). */
  private int maxDepth = 3;
  /** Most characters of text a file may yield. */
  private int maxTextChars = 2_000_000;
  /** Largest image, or PDF page rendered for OCR, in pixels (width × height), to bound memory. */
  private long maxImagePixels = 50_000_000L;
  /** Longest time one file may take to parse (text extraction and OCR together). */
  private Duration parseTimeout = Duration.ofSeconds(120);
  /** Files parsed at the same time. */
  private int parseThreads = 2;
  /** Files waiting for a parser thread before new ones are refused as "busy". */
  private int parseQueue = 16;
  /** Longest a file waits for a parser thread before it is refused as "busy" (503 with Retry-After). */
  private Duration parseQueueTimeout = Duration.ofSeconds(30);
  /** A stored file no committed row references is removed once untouched for this long … */
  private Duration orphanGrace = Duration.ofHours(1);
  /** Allow-list of a component that has none in the catalogue. */
  private List<FileType> defaultFileTypes = List.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.TIFF);
  /** Archive folders, one per commune ({@code <archive-root>/<communeId>/...}); a REST run reads only below its commune's folder (the command line may name any folder). */
  private String archiveRoot = "./data/archives";
  /** The command line prints a progress line every this many files … */
  private int progressEveryFiles = 25;
  /** … or after this long, whichever comes first. */
  private Duration progressEvery = Duration.ofSeconds(10);
  /** The law cited when a document marked secret is refused. */
  private String secretLaw =
      "Điều 5 Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 (thay thế Luật số 29/2018/QH14 từ ngày 01/3/2026; Điều 5 khoản 5"
          + " Luật năm 2018) nghiêm cấm soạn thảo, lưu giữ tài liệu chứa bí mật nhà nước trên máy tính, thiết bị kết nối mạng";

  private final Ocr ocr = new Ocr();

  /** OCR of scans with Tesseract (through Tika). */
  public static class Ocr {
    /** Whether to OCR at all; OCR is also skipped when Tesseract is not installed. */
    private boolean enabled = true;
    /** Tesseract languages, e.g. "vie+eng". */
    private String language = "vie+eng";
    /** Longest a single Tesseract run (one image or one PDF page) may take. */
    private Duration timeout = Duration.ofSeconds(60);
    /** Resolution PDF pages are rendered at for OCR. */
    private int dpi = 300;
    /**
     * Threads that read citizens' scans after their upload ({@link ScanOcr}), apart from the parser
     * threads of uploads, so that a backlog of OCR never makes an upload wait or be refused as busy.
     */
    private int threads = 1;
    /**
     * Linux nice value of those threads and so of their Tesseract runs (1–19; 0 leaves them at the
     * priority of the rest): OCR after the upload takes the CPU that uploads and requests leave free.
     */
    private int nice = 10;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Duration getTimeout() { return timeout; }
    public void setTimeout(Duration timeout) { this.timeout = timeout; }
    public int getDpi() { return dpi; }
    public void setDpi(int dpi) { this.dpi = dpi; }
    public int getThreads() { return threads; }
    public void setThreads(int threads) { this.threads = threads; }
    public int getNice() { return nice; }
    public void setNice(int nice) { this.nice = nice; }
  }

  public String getStoreDir() { return storeDir; }
  public void setStoreDir(String storeDir) { this.storeDir = storeDir; }
  public DataSize getMaxFileSize() { return maxFileSize; }
  public void setMaxFileSize(DataSize maxFileSize) { this.maxFileSize = maxFileSize; }
  public int getMaxPages() { return maxPages; }
  public void setMaxPages(int maxPages) { this.maxPages = maxPages; }
  public int getMaxDepth() { return maxDepth; }
  public void setMaxDepth(int maxDepth) { this.maxDepth = maxDepth; }
  public int getMaxTextChars() { return maxTextChars; }
  public void setMaxTextChars(int maxTextChars) { this.maxTextChars = maxTextChars; }
  public long getMaxImagePixels() { return maxImagePixels; }
  public void setMaxImagePixels(long maxImagePixels) { this.maxImagePixels = maxImagePixels; }
  public Duration getParseTimeout() { return parseTimeout; }
  public void setParseTimeout(Duration parseTimeout) { this.parseTimeout = parseTimeout; }
  public int getParseThreads() { return parseThreads; }
  public void setParseThreads(int parseThreads) { this.parseThreads = parseThreads; }
  public int getParseQueue() { return parseQueue; }
  public void setParseQueue(int parseQueue) { this.parseQueue = parseQueue; }
  public Duration getOrphanGrace() { return orphanGrace; }
  public void setOrphanGrace(Duration orphanGrace) { this.orphanGrace = orphanGrace; }
  public Duration getParseQueueTimeout() { return parseQueueTimeout; }
  public void setParseQueueTimeout(Duration parseQueueTimeout) { this.parseQueueTimeout = parseQueueTimeout; }
  public List<FileType> getDefaultFileTypes() { return defaultFileTypes; }
  public void setDefaultFileTypes(List<FileType> defaultFileTypes) { this.defaultFileTypes = defaultFileTypes; }
  public String getArchiveRoot() { return archiveRoot; }
  public void setArchiveRoot(String archiveRoot) { this.archiveRoot = archiveRoot; }
  public int getProgressEveryFiles() { return progressEveryFiles; }
  public void setProgressEveryFiles(int progressEveryFiles) { this.progressEveryFiles = progressEveryFiles; }
  public Duration getProgressEvery() { return progressEvery; }
  public void setProgressEvery(Duration progressEvery) { this.progressEvery = progressEvery; }
  public String getSecretLaw() { return secretLaw; }
  public void setSecretLaw(String secretLaw) { this.secretLaw = secretLaw; }
  public Ocr getOcr() { return ocr; }
}
