package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.support.IntegrationTest;

/**
 * A PDF the product rendered itself (a signed result) is kept with the pages and text its renderer
 * printed, without being parsed again; a text with a state-secret mark is refused like any file and
 * leaves nothing behind.
 */
@IntegrationTest
class KeepRenderedTest {

  @Autowired DigitisationService digitisation;
  @Autowired StoredContentRepository contents;

  static DigitisationService.ComponentFile result(String code, byte[] pdf) {
    return new DigitisationService.ComponentFile(
        code, null, "KET_QUA", "001090000001", EnumSet.allOf(FileType.class), code + ".pdf", null, pdf, "system", "sa-thay");
  }

  @Test
  void theRecordHoldsTheRenderedTextAndPagesNotWhatAParserWouldRead() {
    String code = "KR-" + UUID.randomUUID();
    byte[] pdf = TestFiles.pdf("Nội dung trong tệp " + code);
    digitisation.keepRendered(result(code, pdf), 2, "  TRÍCH LỤC KHAI SINH\nSố: " + code + "/KQ\n");

    assertThat(digitisation.records(code)).singleElement().satisfies(r -> {
      assertThat(r.getText()).isEqualTo("TRÍCH LỤC KHAI SINH\nSố: " + code + "/KQ");
      assertThat(r.getPageCount()).isEqualTo(2);
      assertThat(r.getImageCount()).isZero();
      assertThat(r.isOcrDone()).isFalse();
      assertThat(r.getOcrNote()).isEqualTo("Tệp PDF có sẵn lớp văn bản, không cần nhận dạng chữ (OCR).");
      assertThat(r.getSha256()).isEqualTo(Hashes.sha256Hex(pdf));
    });
    assertThat(digitisation.content(Hashes.sha256Hex(pdf))).isEqualTo(pdf);
  }

  @Test
  void aTextWithASecrecyMarkIsRefusedAndNothingIsKept() {
    String code = "KR-" + UUID.randomUUID();
    byte[] pdf = TestFiles.pdf("Nội dung trong tệp " + code);
    assertThatThrownBy(() -> digitisation.keepRendered(result(code, pdf), 1, "ỦY BAN NHÂN DÂN XÃ SA THẦY\nTỐI MẬT\nQuyết định"))
        .isInstanceOfSatisfying(ContentRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Refusal.STATE_SECRET);
          assertThat(e.getMessage()).contains("mang dấu độ mật \"TỐI MẬT\"", "Tệp không được lưu");
        });
    assertThat(digitisation.records(code)).isEmpty();
    assertThat(contents.findBySha256(Hashes.sha256Hex(pdf))).isEmpty();
  }
}
