package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.commune.support.IntegrationTest;

/** The running product's logging configuration masks 12-digit personal ID numbers. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalIdMaskingTest {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalIdMaskingTest.class);

  @Test
  void masksIdsAndLeavesOtherNumbersAlone() {
    assertThat(PersonalIdMasking.mask("CCCD 001204012345, hồ sơ 000.00.31.H62-260302-0001"))
        .isEqualTo("CCCD ********2345, hồ sơ 000.00.31.H62-260302-0001");
    assertThat(PersonalIdMasking.mask("id=001204012345;")).isEqualTo("id=********2345;");
    assertThat(PersonalIdMasking.mask("thời điểm 1771234567890 (13 chữ số)")).isEqualTo("thời điểm 1771234567890 (13 chữ số)");
    assertThat(PersonalIdMasking.mask("điện thoại 0912345678")).isEqualTo("điện thoại 0912345678");
  }

  @Test
  void everyLogLineAndStackTraceIsMasked(CapturedOutput output) {
    LOG.info("Tra cứu công dân có số định danh 062095001234 trong CSDL dân cư");
    LOG.warn("Không tìm thấy", new IllegalStateException("Số định danh 079301009876 không tồn tại"));
    assertThat(output.getOut())
        .contains("số định danh ********1234 trong CSDL dân cư")
        .contains("Số định danh ********9876 không tồn tại")
        .doesNotContain("062095001234")
        .doesNotContain("079301009876");
  }
}
