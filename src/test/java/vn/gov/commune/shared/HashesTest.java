package vn.gov.commune.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashesTest {

  /** FIPS 180-2, appendix B.1. */
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void sha256OfBytesTextAndFileAgreeWithTheStandardVectors() throws Exception {
    assertThat(Hashes.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    assertThat(Hashes.sha256Hex("abc")).isEqualTo(ABC);
    assertThat(HexFormat.of().formatHex(Hashes.sha256("abc"))).isEqualTo(ABC);
    assertThat(Hashes.sha256Hex(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void sha256OfAFileIsTheSha256OfItsBytes(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
    assertThat(Hashes.sha256Hex(file)).isEqualTo(ABC);
  }

  @Test
  void textIsHashedAsUtf8() {
    String vietnamese = "Giấy khai sinh";
    assertThat(Hashes.sha256Hex(vietnamese)).isEqualTo(Hashes.sha256Hex(vietnamese.getBytes(StandardCharsets.UTF_8)));
  }

  /** RFC 4231, test case 2. */
  @Test
  void hmacSha256AgreesWithRfc4231() {
    byte[] mac = Hashes.hmacSha256(
        "Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
    assertThat(HexFormat.of().formatHex(mac)).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
