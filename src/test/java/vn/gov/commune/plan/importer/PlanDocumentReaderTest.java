package vn.gov.commune.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class PlanDocumentReaderTest {

  static final String[] PLAN = {
    "ỦY BAN NHÂN DÂN", "XÃ IA CHIM", "Số: 125/KH-UBND", "Ia Chim, ngày 15 tháng 8 năm 2025", "KẾ HOẠCH",
    "Chuyển đổi số năm 2025", "II. NHIỆM VỤ", "1. Công an xã:",
    "- Rà soát, làm sạch dữ liệu dân cư, hoàn thành trước ngày 30/9/2025.",
    "- Hướng dẫn kích hoạt tài khoản định danh điện tử (thường xuyên)."
  };

  private final PlanDocumentReader reader =
      new PlanDocumentReader(new vn.gov.commune.digitisation.ContentInspector(new vn.gov.commune.digitisation.DigitisationProperties()));
  private final PlanTextParser parser = new PlanTextParser();

  static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : PLAN) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, FONT);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(font, 11);
        content.setLeading(16);
        content.newLineAtOffset(50, 740);
        for (String line : PLAN) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
  }

  private void assertThePlan(String text) {
    PlanDraft plan = parser.parse(text);
    assertThat(plan.number()).isEqualTo("125/KH-UBND");
    assertThat(plan.issuingBody()).isEqualTo("Ủy ban nhân dân xã Ia Chim");
    assertThat(plan.tasks()).hasSize(2);
    assertThat(plan.tasks().get(0).deadline()).hasToString("2025-09-30");
    assertThat(plan.tasks().get(0).leadUnit()).isEqualTo("Công an xã");
    assertThat(plan.tasks().get(1).recurring()).isTrue();
  }

  @Test
  void aDocxPlanIsRead() throws IOException {
    String text = reader.read(docx(), "ke-hoach.docx");
    assertThat(text).contains("Rà soát, làm sạch dữ liệu dân cư");
    assertThePlan(text);
  }

  @Test
  void aPdfPlanWithVietnameseTextIsRead() throws IOException {
    assumeThat(FONT).as("DejaVuSans (fonts-dejavu-core) is needed to write Vietnamese into a PDF").exists();
    String text = reader.read(pdf(), "ke-hoach.pdf");
    assertThat(text).contains("Công an xã");
    assertThePlan(text);
  }

  @Test
  void plainTextIsRead() {
    String text = reader.read(String.join("\n", PLAN).getBytes(StandardCharsets.UTF_8), "ke-hoach.txt");
    assertThePlan(text);
  }

  @Test
  void anImageIsRefused() {
    assertThatThrownBy(() -> reader.read(png(), "ke-hoach.pdf"))
        .isInstanceOfSatisfying(PlanImportException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
        .hasMessage("Tệp không phải văn bản kế hoạch: chỉ nhận PDF, DOCX, ODT hoặc văn bản thuần.");
  }

  @Test
  void randomBytesAreRefused() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertThatThrownBy(() -> reader.read(noise, "ke-hoach.docx"))
        .isInstanceOf(PlanImportException.class)
        .hasMessageStartingWith("Tệp không phải văn bản kế hoạch");
  }

  @Test
  void aProgramRenamedPdfIsRefused() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    byte[] pe = {'P', 'E', 0, 0};
    System.arraycopy(pe, 0, exe, 0x80, 4);
    assertThatThrownBy(() -> reader.read(exe, "ke-hoach.pdf"))
        .isInstanceOfSatisfying(PlanImportException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
  }

  @Test
  void aPlanMarkedAsAStateSecretIsNotRead() {
    byte[] secret = vn.gov.commune.digitisation.TestFiles.docx("ỦY BAN NHÂN DÂN XÃ SA THẦY", "TỐI MẬT", "KẾ HOẠCH bảo đảm an ninh");
    assertThatThrownBy(() -> reader.read(secret, "ke-hoach.docx"))
        .isInstanceOf(vn.gov.commune.digitisation.ContentRefusedException.class)
        .hasMessageContaining("TỐI MẬT").hasMessageContaining("bí mật nhà nước");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> reader.read(new byte[0], "ke-hoach.pdf")).hasMessage("Tệp \"ke-hoach.pdf\" rỗng.");
  }
}
