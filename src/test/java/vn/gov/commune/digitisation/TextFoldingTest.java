package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

  @Test
  void diacriticsCaseAndDStrokeFold() {
    assertThat(TextFolding.fold(TextFolding.nfc("Đăng ký khai sinh"))).isEqualTo("dang ky khai sinh");
    assertThat(TextFolding.fold("ĐỖ THỊ HƯƠNG, Ủy ban")).isEqualTo("do thi huong  uy ban");
    assertThat(TextFolding.fold("Nguyễn Văn Ân – 1995")).isEqualTo("nguyen van an   1995");
  }

  @Test
  void decomposedInputIsNormalisedFirst() {
    String nfd = java.text.Normalizer.normalize("Đăng ký khai sinh", java.text.Normalizer.Form.NFD);
    assertThat(TextFolding.words(nfd)).containsExactly("dang", "ky", "khai", "sinh");
  }

  @Test
  void foldingKeepsTheLengthForSnippets() {
    String text = TextFolding.nfc("Tờ khai đăng ký khai sinh của bé Nguyễn Thị Ánh");
    assertThat(TextFolding.fold(text)).hasSameSizeAs(text);
  }

  @Test
  void queryWordsWithAndWithoutDiacriticsAreTheSame() {
    assertThat(TextFolding.words("đăng ký  khai sinh")).isEqualTo(TextFolding.words("dang ky khai sinh"));
    assertThat(TextFolding.words("  %_ ; ")).isEmpty();
  }
}
