package vn.gov.commune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.commune.documents.PdfRenderer;
import vn.gov.commune.documents.PdfSignatures;
import vn.gov.commune.documents.ResultPaper;
import vn.gov.commune.documents.SlipContent.Field;
import vn.gov.commune.support.Pdfsig;

/**
 * A result PDF signed through the demo CA the way the product does it (remote: only the byte range's
 * digest travels), checked by the product's verifier and by poppler's {@code pdfsig} with the demo root
 * trusted in a temporary NSS database; a tampered copy is refused by both.
 */
class SignedResultPdfTest {

  @TempDir static Path dir;
  static DemoCertificateAuthority authority;
  static byte[] signed;

  @BeforeAll
  static void sign() {
    authority = new DemoCertificateAuthority(dir.resolve("ca/demo-ca.p12"));
    ResultPaper paper = new ResultPaper(
        "ỦY BAN NHÂN DÂN XÃ SA THẦY", "000.00.31.H62-261123-0001/KQ", "Sa Thầy, ngày 23 tháng 11 năm 2026",
        "TRÍCH LỤC KHAI SINH", "Thủ tục: Đăng ký khai sinh",
        List.of(new Field("Họ và tên người yêu cầu", "Nguyễn Thị Hoa")), List.of("Đã đăng ký khai sinh cho cháu Lê Minh Khôi."),
        "TM. ỦY BAN NHÂN DÂN", "Lãnh đạo Ủy ban nhân dân", "Trần Văn Lãnh", "Mã hồ sơ 000.00.31.H62-261123-0001");
    Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    byte[] unsigned = new PdfRenderer().render(paper, now).pdf();
    DemoCertificateAuthority.Credential leader = authority.leader("sathay.leader", "Trần Văn Lãnh", "Xã Sa Thầy");
    signed = PdfSignatures.sign(unsigned, new PdfSignatures.Signing("Trần Văn Lãnh", "Xã Sa Thầy", "Trích lục khai sinh", now),
        digest -> authority.sign(leader, digest, Instant.now()));
  }

  @Test
  void theResultReadsAsTheProceduresPaperInVietnamese() throws IOException {
    try (PDDocument document = Loader.loadPDF(signed)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("TRÍCH LỤC KHAI SINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 000.00.31.H62-261123-0001/KQ", "Trần Văn Lãnh", "Lãnh đạo Ủy ban nhân dân", "Nguyễn Thị Hoa");
      assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
      assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
          .contains("pdfaid:part").contains("<pdfaid:conformance>B</pdfaid:conformance>");
      assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
    }
  }

  /**
   * What the renderer says it printed (kept as the result's digitisation text, instead of parsing the
   * PDF again) is what a text extractor reads from the PDF: the same words, the same number of pages,
   * for a paper of one page and one that runs onto a second, with wrapped lines and a name in a
   * script the font lacks (printed and kept as "?").
   */
  @Test
  void theRenderedTextIsTheWordsATextExtractorReadsFromThePdf() throws IOException {
    PdfRenderer renderer = new PdfRenderer();
    String longParagraph = "Đã đăng ký khai sinh cho cháu Lê Minh Khôi, sinh ngày 12 tháng 3 năm 2026 tại Trạm y tế xã Sa Thầy. ".repeat(6);
    for (int paragraphs : new int[] {1, 40}) {
      ResultPaper paper = new ResultPaper(
          "ỦY BAN NHÂN DÂN XÃ SA THẦY", "000.00.31.H62-261123-0003/KQ", "Sa Thầy, ngày 23 tháng 11 năm 2026",
          "TRÍCH LỤC KHAI SINH", "Thủ tục: Đăng ký khai sinh",
          List.of(new Field("Họ và tên người yêu cầu", "Nguyễn Thị Hoa 王")), java.util.Collections.nCopies(paragraphs, longParagraph),
          "TM. ỦY BAN NHÂN DÂN", "Lãnh đạo Ủy ban nhân dân", "Trần Văn Lãnh", "Mã hồ sơ 000.00.31.H62-261123-0003");
      PdfRenderer.Rendered rendered = renderer.render(paper, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
      try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
        assertThat(rendered.pages()).isEqualTo(document.getNumberOfPages());
        assertThat(rendered.pages() > 1).as("a paper of " + paragraphs + " paragraphs runs onto more pages").isEqualTo(paragraphs > 1);
        assertThat(words(rendered.text())).isEqualTo(words(new PDFTextStripper().getText(document)));
      }
      assertThat(rendered.text()).contains("Nguyễn Thị Hoa ?", "TRÍCH LỤC KHAI SINH", "Trần Văn Lãnh");
    }
  }

  static List<String> words(String text) {
    return java.util.Arrays.stream(text.strip().split("\\s+")).sorted().toList();
  }

  /**
   * The renderer keeps its parsed fonts for the next result: papers rendered one after another and
   * four at once each embed the glyphs of their own text (a glyph missing from a reused subset would
   * read back as a wrong or empty character).
   */
  @Test
  void oneRendererServesManyResultsInTurnAndAtOnceEachWithItsOwnGlyphs() throws Exception {
    PdfRenderer renderer = new PdfRenderer();
    List<String> names = List.of("Nguyễn Thị Hoa", "Đặng Quốc Bảo", "Phạm Ỷ Lan", "Hứa Vĩnh Thụy", "Ông Ích Khiêm", "Lưu Hữu Phước");
    java.util.function.Function<String, String> renderAndRead = name -> {
      ResultPaper paper = new ResultPaper(
          "ỦY BAN NHÂN DÂN XÃ SA THẦY", "000.00.31.H62-261123-0002/KQ", "Sa Thầy, ngày 23 tháng 11 năm 2026",
          "TRÍCH LỤC KHAI SINH", "Thủ tục: Đăng ký khai sinh", List.of(new Field("Họ và tên người yêu cầu", name)),
          List.of("Đã đăng ký khai sinh."), "TM. ỦY BAN NHÂN DÂN", "Lãnh đạo Ủy ban nhân dân", "Trần Văn Lãnh", "Mã hồ sơ");
      try (PDDocument document = Loader.loadPDF(renderer.render(paper, Calendar.getInstance(TimeZone.getTimeZone("UTC"))).pdf())) {
        return new PDFTextStripper().getText(document);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    for (String name : names) {
      assertThat(renderAndRead.apply(name)).contains(name, "TRÍCH LỤC KHAI SINH");
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String name = names.get(i % names.size());
        texts.add(pool.submit(() -> renderAndRead.apply(name)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(texts.get(i).get()).contains(names.get(i % names.size()), "Độc lập - Tự do - Hạnh phúc");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theProductsVerifierAcceptsTheSignatureChainedToTheDemoRootWithATimeStamp() {
    PdfSignatures.Check check = PdfSignatures.check(signed, List.of(authority.root())).get(0);
    assertThat(check.valid()).isTrue();
    assertThat(check.problems()).isEmpty();
    assertThat(check.signerName()).isEqualTo("Trần Văn Lãnh");
    assertThat(check.signerSubject()).contains("Xã Sa Thầy");
    assertThat(check.timeStamped()).isTrue();
    assertThat(check.chainedToTrustedRoot()).isTrue();
  }

  @Test
  void aTamperedCopyIsInvalid() {
    PdfSignatures.Check check = PdfSignatures.check(tampered(), List.of(authority.root())).get(0);
    assertThat(check.valid()).isFalse();
    assertThat(check.unchanged()).isFalse();
    assertThat(check.problems()).anyMatch(p -> p.contains("đã bị thay đổi sau khi ký"));
  }

  @Test
  void anotherRootIsNotTrusted() {
    DemoCertificateAuthority other = new DemoCertificateAuthority(dir.resolve("other/demo-ca.p12"));
    PdfSignatures.Check check = PdfSignatures.check(signed, List.of(other.root())).get(0);
    assertThat(check.valid()).isFalse();
    assertThat(check.chainedToTrustedRoot()).isFalse();
  }

  @Test
  void aLeaderKeepsHisCertificateAcrossRestarts() {
    X509Certificate before = authority.leader("sathay.leader", "Trần Văn Lãnh", "Xã Sa Thầy").certificate();
    DemoCertificateAuthority restarted = new DemoCertificateAuthority(dir.resolve("ca/demo-ca.p12"));
    assertThat(restarted.leader("sathay.leader", "Trần Văn Lãnh", "Xã Sa Thầy").certificate()).isEqualTo(before);
    assertThat(restarted.root()).isEqualTo(authority.root());
    assertThat(restarted.leader("kontum.leader", "Lê Thị B", "Phường Kon Tum").certificate()).isNotEqualTo(before);
  }

  @Test
  void pdfsigSaysValidAndTrustedAndInvalidForATamperedCopy() throws Exception {
    Pdfsig pdfsig = new Pdfsig(dir, DemoCertificateAuthority.pem(authority.root()));
    assertThat(pdfsig.check(signed, "signed.pdf")).contains("Signature Validation: Signature is Valid.")
        .contains("Certificate Validation: Certificate is Trusted.").contains("Trần Văn Lãnh");
    assertThat(pdfsig.check(tampered(), "tampered.pdf")).doesNotContain("Signature is Valid.")
        .containsAnyOf("Signature is Invalid.", "Digest Mismatch.");
  }

  /** The signed PDF with one letter of the visible text stream changed (inside the signed range). */
  private static byte[] tampered() {
    byte[] copy = signed.clone();
    // flip a byte in the middle of the first half: inside the byte range, outside the signature value
    copy[copy.length / 8] ^= 0x01;
    return copy;
  }
}
