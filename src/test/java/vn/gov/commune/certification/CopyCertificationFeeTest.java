package vn.gov.commune.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CopyCertificationFeeTest {

  @ParameterizedTest(name = "{0} pages × {1} copies = {2} đồng")
  @CsvSource({"1, 1, 2000", "2, 1, 4000", "3, 1, 5000", "10, 2, 24000", "196, 1, 198000", "197, 1, 199000", "198, 1, 200000",
      "500, 1, 200000", "500, 3, 600000"})
  void feeFollowsThePageRuleWithACapPerCopy(int pages, int copies, long fee) {
    assertThat(CopyCertificationFee.of(pages, copies)).isEqualTo(fee);
  }

  @Test
  void nothingToCertifyIsRefused() {
    assertThatThrownBy(() -> CopyCertificationFee.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CopyCertificationFee.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
