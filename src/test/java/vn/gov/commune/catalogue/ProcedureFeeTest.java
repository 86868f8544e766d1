package vn.gov.commune.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.commune.certification.CopyCertificationFee;

class ProcedureFeeTest {

  private static Procedure procedure(FeeRule rule, Long amount) {
    var fee = new CatalogueFile.Fee(rule, amount, "mô tả");
    boolean paid = rule != FeeRule.FREE;
    return Procedure.of(CatalogueEntries.entry("X.1", 1, fee, paid, paid ? 5 : 0), "test", Instant.EPOCH);
  }

  @Test
  void freeIsAlwaysZero() {
    Procedure free = procedure(FeeRule.FREE, null);
    assertThat(free.fee(1, 1)).isZero();
    assertThat(free.fee(0, 0)).isZero();
    assertThat(free.hasFee()).isFalse();
  }

  @Test
  void fixedIsOneAmountPerDossier() {
    Procedure fixed = procedure(FeeRule.FIXED, 5_000L);
    assertThat(fixed.fee(1, 1)).isEqualTo(5_000);
    assertThat(fixed.fee(3, 40)).isEqualTo(5_000);
    assertThat(fixed.hasFee()).isTrue();
  }

  @ParameterizedTest(name = "{0} bản × 8.000 = {1}")
  @CsvSource({"1, 8000", "2, 16000", "5, 40000"})
  void perCopyMultipliesByCopies(int copies, long fee) {
    assertThat(procedure(FeeRule.PER_COPY, 8_000L).fee(copies, 1)).isEqualTo(fee);
  }

  @Test
  void perCopyRefusesNoCopyWithAVietnameseMessage() {
    assertThatThrownBy(() -> procedure(FeeRule.PER_COPY, 8_000L).fee(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Số bản");
  }

  @ParameterizedTest(name = "{1} trang × {0} bản = {2} đồng")
  @CsvSource({"1, 1, 2000", "1, 3, 5000", "2, 10, 24000", "1, 198, 200000", "3, 500, 600000"})
  void certifyCopyReusesTheCertificationFee(int copies, int pages, long fee) {
    Procedure certify = procedure(FeeRule.CERTIFY_COPY, null);
    assertThat(certify.fee(copies, pages)).isEqualTo(fee).isEqualTo(CopyCertificationFee.of(pages, copies));
  }

  @Test
  void certifyCopyRefusesZeroPages() {
    assertThatThrownBy(() -> procedure(FeeRule.CERTIFY_COPY, null).fee(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
