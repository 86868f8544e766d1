package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.gov.commune.shared.Hashes;

/** The inspector on real files made here; no Spring context. */
class ContentInspectorTest {

  static final Set<FileType> SCANS = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.TIFF);
  static final Set<FileType> FORMS = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.TIFF, FileType.DOCX, FileType.ODT);
  static final String BIRTH = "TỜ KHAI ĐĂNG KÝ KHAI SINH\nKính gửi: Ủy ban nhân dân xã Sa Thầy\nHọ, chữ đệm, tên người yêu cầu: Nguyễn Văn An";

  static ContentInspector inspector;

  @BeforeAll
  static void start() {
    inspector = new ContentInspector(new DigitisationProperties());
  }

  @AfterAll
  static void stop() {
    inspector.destroy();
  }

  private static ContentRefusedException refused(String name, byte[] content, Set<FileType> allowed) {
    return refused(inspector, name, content, allowed);
  }

  private static ContentRefusedException refused(ContentInspector with, String name, byte[] content, Set<FileType> allowed) {
    ContentRefusedException e = catchThrowableOfType(ContentRefusedException.class, () -> with.inspect(name, null, content, allowed));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  /** The sample the README's portal example sends (src/test/resources/samples/to-khai-mau.pdf) is accepted. */
  @Test
  void theReadmeSampleIsAcceptedAsAPdf() throws Exception {
    byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/samples/to-khai-mau.pdf"));
    InspectedContent inspected = inspector.inspect("to-khai-mau.pdf", null, sample, SCANS);
    assertThat(inspected.fileType()).isEqualTo(FileType.PDF);
    assertThat(inspected.text()).contains("TỜ KHAI ĐĂNG KÝ KHAI SINH");
  }

  @Test
  void pdfWithVietnameseText() {
    byte[] pdf = TestFiles.pdf(BIRTH, "Trang 2: Giấy chứng sinh số 123");
    InspectedContent c = inspector.inspect("to-khai.pdf", "application/pdf", pdf, SCANS);
    assertThat(c.fileType()).isEqualTo(FileType.PDF);
    assertThat(c.pageCount()).isEqualTo(2);
    assertThat(c.imageCount()).isZero();
    assertThat(c.text()).contains("TỜ KHAI ĐĂNG KÝ KHAI SINH").contains("Nguyễn Văn An").contains("Giấy chứng sinh");
    assertThat(c.sha256()).isEqualTo(Hashes.sha256Hex(pdf)).hasSize(64);
    assertThat(c.ocrDone()).isFalse();
    assertThat(c.isScan()).isFalse();
  }

  @Test
  void docxWithVietnameseText() {
    InspectedContent c = inspector.inspect("to-khai.docx", null, TestFiles.docx("Tờ khai đăng ký kết hôn", "Bên nam: Trần Văn Bình"), FORMS);
    assertThat(c.fileType()).isEqualTo(FileType.DOCX);
    assertThat(c.text()).contains("Tờ khai đăng ký kết hôn").contains("Trần Văn Bình");
    assertThat(c.pageCount()).isGreaterThanOrEqualTo(1);
    assertThat(c.ocrNote()).isNull();
  }

  @Test
  void typeComesFromTheContentNotTheName() {
    // a real PNG named .pdf is accepted as the PNG it is
    InspectedContent c = inspector.inspect("giay-chung-sinh.pdf", "application/pdf", TestFiles.png("Giấy chứng sinh"), SCANS);
    assertThat(c.fileType()).isEqualTo(FileType.PNG);
  }

  @Test
  void pngScanIsOcrdInVietnameseWhenTesseractIsInstalled() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    InspectedContent c = inspector.inspect("scan.png", null, TestFiles.png("ĐĂNG KÝ KHAI SINH\nNguyễn Văn An"), SCANS);
    assertThat(c.fileType()).isEqualTo(FileType.PNG);
    assertThat(c.ocrDone()).isTrue();
    assertThat(c.ocrNote()).contains("Tesseract");
    assertThat(c.pageCount()).isEqualTo(1);
    assertThat(c.imageCount()).isEqualTo(1);
    assertThat(TextFolding.fold(c.text())).contains("dang ky khai sinh").contains("nguyen van an");
    assertThat(c.text()).contains("KHAI SINH");
  }

  @Test
  void imageOnlyPdfIsOcrdWhenTesseractIsInstalled() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    InspectedContent c = inspector.inspect("ban-quet.pdf", null, TestFiles.imageOnlyPdf("GIẤY CHỨNG SINH\nHọ tên mẹ: Lê Thị Hoa"), SCANS);
    assertThat(c.pageCount()).isEqualTo(1);
    assertThat(c.imageCount()).isEqualTo(1);
    assertThat(c.isScan()).isTrue();
    assertThat(c.ocrDone()).isTrue();
    assertThat(TextFolding.fold(c.text())).contains("chung sinh");
  }

  /**
   * Short upright pages that Tesseract's orientation detection (page segmentation mode 1, Tika's default) turned
   * upside down and read as "HNIS IVH3 Ad ONVG IVHA OL": 3 of 40 such pages, a scan's secrecy mark missed the same way.
   */
  @Test
  void shortUprightScansAreReadTheRightWayUp() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    for (String word : List.of("QUYETTHANG55433", "QUYETTHANG63352", "QUYETTHANG34623")) {
      InspectedContent c = inspector.inspect("to-khai.pdf", null, TestFiles.imageOnlyPdf("TỜ KHAI ĐĂNG KÝ KHAI SINH\n" + word), SCANS);
      assertThat(c.text()).as(word).contains("KHAI SINH").contains(word);
    }
  }

  @Test
  void aCitizensScanIsCheckedWithoutWaitingForOcrWhichIsLeftPending() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    InspectedContent png = inspector.inspectDeferringOcr("scan.png", null, TestFiles.png("TUYỆT MẬT\nBáo cáo"), SCANS);
    assertThat(png.ocrPending()).isTrue();
    assertThat(png.ocrDone()).isFalse();
    assertThat(png.ocrNote()).startsWith("Đang chờ nhận dạng chữ (OCR)");
    assertThat(png.text()).isEmpty();
    InspectedContent pdf = inspector.inspectDeferringOcr("ban-quet.pdf", null, TestFiles.imageOnlyPdf("GIẤY CHỨNG SINH"), SCANS);
    assertThat(pdf.ocrPending()).isTrue();
    assertThat(pdf.pageCount()).isEqualTo(1);
    assertThat(pdf.imageCount()).isEqualTo(1);
    // a born-digital file has nothing to wait for; a secrecy mark in its text is refused at once
    InspectedContent text = inspector.inspectDeferringOcr("to-khai.pdf", null, TestFiles.pdf(BIRTH), SCANS);
    assertThat(text.ocrPending()).isFalse();
    assertThat(text.ocrNote()).contains("có sẵn lớp văn bản");
    ContentRefusedException secret = org.junit.jupiter.api.Assertions.assertThrows(ContentRefusedException.class,
        () -> inspector.inspectDeferringOcr("cong-van.pdf", null, TestFiles.pdf("TỐI MẬT\nKế hoạch bảo đảm an ninh"), SCANS));
    assertThat(secret.reason()).isEqualTo(Refusal.STATE_SECRET);
    assertThat(secret.getMessage()).contains(ContentInspector.SECRET_NOT_KEPT);
    // every other check still runs at once
    assertThat(org.junit.jupiter.api.Assertions.assertThrows(ContentRefusedException.class,
        () -> inspector.inspectDeferringOcr("scan.png", null, TestFiles.pdf(BIRTH), java.util.Set.of(FileType.PNG))).reason())
        .isEqualTo(Refusal.TYPE_NOT_ALLOWED);
  }

  @Test
  void withoutOcrNothingIsLeftPending() {
    DigitisationProperties props = new DigitisationProperties();
    props.getOcr().setEnabled(false);
    ContentInspector noOcr = new ContentInspector(props);
    try {
      InspectedContent c = noOcr.inspectDeferringOcr("scan.png", null, TestFiles.png("ĐĂNG KÝ KHAI SINH"), SCANS);
      assertThat(c.ocrPending()).isFalse();
      assertThat(c.ocrNote()).contains("Chưa nhận dạng chữ (OCR)");
    } finally {
      noOcr.destroy();
    }
  }

  @Test
  void withoutOcrTheScanIsKeptAndTheMissingOcrRecorded() {
    DigitisationProperties props = new DigitisationProperties();
    props.getOcr().setEnabled(false);
    ContentInspector noOcr = new ContentInspector(props);
    try {
      InspectedContent c = noOcr.inspect("scan.png", null, TestFiles.png("ĐĂNG KÝ KHAI SINH"), SCANS);
      assertThat(c.ocrDone()).isFalse();
      assertThat(c.ocrNote()).contains("Chưa nhận dạng chữ (OCR)");
      assertThat(c.text()).isEmpty();
      InspectedContent pdf = noOcr.inspect("scan.pdf", null, TestFiles.imageOnlyPdf("GIẤY CHỨNG SINH"), SCANS);
      assertThat(pdf.ocrDone()).isFalse();
      assertThat(pdf.ocrNote()).contains("Chưa nhận dạng chữ (OCR)");
    } finally {
      noOcr.destroy();
    }
  }

  @Test
  void zipBombIsRefused() {
    byte[] bomb = TestFiles.zipBomb(300);
    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    ContentRefusedException e = refused("to-khai.docx", bomb, FORMS);
    assertThat(e.reason()).isEqualTo(Refusal.ZIP_BOMB);
    assertThat(e.getMessage()).contains("bom nén");
    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void executableRenamedPdfIsRefusedAsDisguised() {
    ContentRefusedException e = refused("giay-chung-sinh.pdf", TestFiles.executable(), SCANS);
    assertThat(e.reason()).isEqualTo(Refusal.DISGUISED);
    assertThat(e.getMessage()).contains("mang tên hoặc khai báo là PDF").contains("nội dung thực là");
    assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(e.properties()).containsEntry("reason", "DISGUISED");
  }

  @Test
  void unlistedTypeIsRefused() {
    ContentRefusedException e = refused("giay-chung-sinh.docx", TestFiles.docx("Giấy chứng sinh"), SCANS);
    assertThat(e.reason()).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
    assertThat(e.getMessage()).contains("DOCX").contains("JPEG, PDF, PNG, TIFF");
    assertThat(refused("ghi-chu.txt", "Ghi chú".getBytes(), SCANS).reason()).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
  }

  @Test
  void encryptedPdfIsRefused() {
    ContentRefusedException e = refused("to-khai.pdf", TestFiles.encryptedPdf(BIRTH), SCANS);
    assertThat(e.reason()).isEqualTo(Refusal.ENCRYPTED);
    assertThat(e.getMessage()).contains("mật khẩu");
  }

  @Test
  void corruptPdfIsRefused() {
    byte[] pdf = TestFiles.pdf(BIRTH);
    byte[] broken = java.util.Arrays.copyOf(pdf, 400);
    ContentRefusedException e = refused("to-khai.pdf", broken, SCANS);
    assertThat(e.reason()).isEqualTo(Refusal.CORRUPT);
    assertThat(e.getMessage()).contains("bị hỏng");
  }

  @Test
  void documentsStampedSecretAreRefusedCitingTheLaw() {
    ContentRefusedException docx = refused("cong-van.docx", TestFiles.docx("ỦY BAN NHÂN DÂN XÃ SA THẦY", "TỐI MẬT", "Kế hoạch bảo đảm an ninh"), FORMS);
    assertThat(docx.reason()).isEqualTo(Refusal.STATE_SECRET);
    assertThat(docx.getMessage()).contains("TỐI MẬT").contains("Luật Bảo vệ bí mật nhà nước").contains("Điều 5");
    ContentRefusedException pdf = refused("cong-van.pdf", TestFiles.pdf("ỦY BAN NHÂN DÂN XÃ SA THẦY\nTỐI MẬT\nKế hoạch bảo đảm an ninh"), SCANS);
    assertThat(pdf.reason()).isEqualTo(Refusal.STATE_SECRET);
  }

  @Test
  void scanStampedSecretIsRefusedWhenTesseractIsInstalled() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    ContentRefusedException e = refused("scan.png", TestFiles.png("TUYỆT MẬT\nBáo cáo tình hình an ninh"), SCANS);
    assertThat(e.reason()).isEqualTo(Refusal.STATE_SECRET);
  }

  @Test
  void ordinaryDocumentMentioningBaoMatIsAccepted() {
    byte[] docx = TestFiles.docx("TỜ KHAI ĐĂNG KÝ KHAI SINH", "Cơ quan tiếp nhận cam kết bảo mật thông tin cá nhân của người khai.", "Mật khẩu tài khoản không được ghi vào tờ khai.");
    assertThat(inspector.inspect("to-khai.docx", null, docx, FORMS).text()).contains("bảo mật thông tin");
    byte[] pdf = TestFiles.pdf("TỜ KHAI\nCơ quan cam kết bảo mật thông tin cá nhân.");
    assertThat(inspector.inspect("to-khai.pdf", null, pdf, SCANS).text()).contains("bảo mật thông tin");
  }

  @Test
  void oversizedFileIsRefusedBeforeReading() {
    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(TestFiles.pdf(BIRTH), 0, big, 0, 100);
    ContentRefusedException e = refused("to-khai.pdf", big, SCANS);
    assertThat(e.reason()).isEqualTo(Refusal.TOO_LARGE);
    assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(e.getMessage()).contains("10 MB");
    assertThat(refused("rong.pdf", new byte[0], SCANS).reason()).isEqualTo(Refusal.EMPTY);
  }

  @Test
  void pageAndPixelLimits() {
    DigitisationProperties props = new DigitisationProperties();
    props.setMaxPages(2);
    props.setMaxImagePixels(1_000_000);
    props.setMaxTextChars(200);
    ContentInspector strict = new ContentInspector(props);
    try {
      assertThat(refused(strict, "ba-trang.pdf", TestFiles.pdf("1", "2", "3"), SCANS).reason()).isEqualTo(Refusal.TOO_MANY_PAGES);
      assertThat(refused(strict, "anh.png", TestFiles.png(new java.awt.image.BufferedImage(2000, 1000, 1)), SCANS).reason())
          .isEqualTo(Refusal.TOO_LARGE);
      assertThat(refused(strict, "dai.docx", TestFiles.docx("chữ ".repeat(200)), FORMS).reason()).isEqualTo(Refusal.TEXT_TOO_LONG);
    } finally {
      strict.destroy();
    }
  }

  @Test
  void documentsNestedTooDeeplyAreRefused() {
    byte[] level3 = TestFiles.pdf("Tài liệu trong cùng");
    byte[] level2 = TestFiles.pdfWithAttachment("Tài liệu giữa", level3);
    byte[] level1 = TestFiles.pdfWithAttachment("Tài liệu ngoài", level2);
    DigitisationProperties props = new DigitisationProperties();
    props.setMaxDepth(1);
    ContentInspector shallow = new ContentInspector(props);
    try {
      assertThat(shallow.inspect("mot-cap.pdf", null, level2, SCANS).text()).contains("Tài liệu giữa").contains("Tài liệu trong cùng");
      ContentRefusedException e = refused(shallow, "hai-cap.pdf", level1, SCANS);
      assertThat(e.reason()).isEqualTo(Refusal.TOO_DEEP);
      assertThat(e.getMessage()).contains("lồng nhau");
    } finally {
      shallow.destroy();
    }
  }

  /** 16 pages of 1 MB of drawing operators each: within the inflation limit, but seconds of parsing. */
  static byte[] slowPdf() {
    return TestFiles.pdfBomb(1024 * 1024, 16);
  }

  @Test
  void aFileThatWaitsTooLongForAParserIsAnsweredBusyWithRetryAfter() throws Exception {
    DigitisationProperties props = new DigitisationProperties();
    props.setParseThreads(1);
    props.setParseQueueTimeout(java.time.Duration.ofMillis(300));
    // the slow parse only has to hold the one thread past the second file's 300 ms wait; it then times out
    // (the test waits for it at the end, so a longer timeout only makes the test slower)
    props.setParseTimeout(java.time.Duration.ofSeconds(3));
    ContentInspector one = new ContentInspector(props);
    try {
      java.util.concurrent.CompletableFuture<?> slow =
          java.util.concurrent.CompletableFuture.runAsync(() -> one.inspect("cham.pdf", null, slowPdf(), SCANS));
      Thread.sleep(200);
      ContentRefusedException busy = refused(one, "to-khai.pdf", TestFiles.pdf(BIRTH), SCANS);
      assertThat(busy.reason()).isEqualTo(Refusal.BUSY);
      assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(busy.properties()).containsEntry("retryAfterSeconds", ContentRefusedException.RETRY_AFTER_SECONDS);
      assertThat(busy.getMessage()).contains("vui lòng gửi lại tệp \"to-khai.pdf\" sau 30 giây");
      slow.exceptionally(e -> null).join();
    } finally {
      one.destroy();
    }
  }

  @Test
  void aParseThatTimedOutGivesItsThreadBack() {
    DigitisationProperties props = new DigitisationProperties();
    props.setParseThreads(1);
    props.setParseTimeout(java.time.Duration.ofMillis(300));
    props.setParseQueueTimeout(java.time.Duration.ofSeconds(10));
    ContentInspector one = new ContentInspector(props);
    try {
      assertThat(refused(one, "cham.pdf", slowPdf(), SCANS).reason()).isEqualTo(Refusal.TIMEOUT);
      // the cancelled parse stops at its next page (with Tesseract, OCR of all 16 pages would take far longer):
      // the only parser thread is free again for the next file
      props.setParseTimeout(java.time.Duration.ofSeconds(30));
      assertThat(one.inspect("to-khai.pdf", null, TestFiles.pdf(BIRTH), SCANS).text()).contains("KHAI SINH");
    } finally {
      one.destroy();
    }
  }

  @Test
  void slowParsingIsStoppedByTheTimeout() {
    DigitisationProperties props = new DigitisationProperties();
    props.setParseTimeout(java.time.Duration.ofMillis(1));
    ContentInspector hasty = new ContentInspector(props);
    try {
      // a hundred pages: far more than a millisecond of parsing, however warm the JVM
      String[] pages = java.util.Collections.nCopies(100, BIRTH).toArray(String[]::new);
      ContentRefusedException e = refused(hasty, "to-khai.pdf", TestFiles.pdf(pages), SCANS);
      assertThat(e.reason()).isEqualTo(Refusal.TIMEOUT);
      assertThat(e.reason().isTransient()).isTrue();
    } finally {
      hasty.destroy();
    }
  }
}
