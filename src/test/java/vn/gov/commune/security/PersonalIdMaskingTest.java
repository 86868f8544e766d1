package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.commune.support.IntegrationTest;

/** The running product's logging configuration masks 12-digit personal ID numbers. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalIdMaskingTest {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalIdMaskingTest.class);
  private static final byte[] PDF = vn.gov.commune.digitisation.TestFiles.pdf("Tờ khai đăng ký khai sinh");

  @Autowired TestRestTemplate rest;

  @Test
  void masksIdsAndLeavesOtherNumbersAlone() {
    assertThat(PersonalIdMasking.mask("CCCD 001204012345, hồ sơ 000.00.31.H62-260302-0001"))
        .isEqualTo("CCCD ********2345, hồ sơ 000.00.31.H62-260302-0001");
    assertThat(PersonalIdMasking.mask("id=001204012345;")).isEqualTo("id=********2345;");
    assertThat(PersonalIdMasking.mask("thời điểm 1771234567890 (13 chữ số)")).isEqualTo("thời điểm 1771234567890 (13 chữ số)");
    assertThat(PersonalIdMasking.mask("điện thoại 0912345678")).isEqualTo("điện thoại 0912345678");
  }

  @Test
  void idsGluedToLettersAreMaskedButOtherNumbersAreNot() {
    assertThat(PersonalIdMasking.mask("cccd062190002468x")).isEqualTo("cccd********2468x");
    assertThat(PersonalIdMasking.mask("CCCD:062190002468ABC, /api/dossiers/062190002468")).isEqualTo("CCCD:********2468ABC, /api/dossiers/********2468");
    assertThat(PersonalIdMasking.mask("a062190002468b079301009876c")).isEqualTo("a********2468b********9876c");
    assertThat(PersonalIdMasking.mask("hồ sơ 000.00.31.H62-261123-0001")).isEqualTo("hồ sơ 000.00.31.H62-261123-0001");
    assertThat(PersonalIdMasking.mask("t1771234567890ms, x12345678901234567890y")).isEqualTo("t1771234567890ms, x12345678901234567890y");
    assertThat(PersonalIdMasking.mask("CMND 123456789, 0912345678")).isEqualTo("CMND 123456789, 0912345678");
    // a hash holding 12 digits in a row loses them in the log: harmless, and never an ID left readable
    assertThat(PersonalIdMasking.mask("sha256 ab062190002468cd")).isEqualTo("sha256 ab********2468cd");
  }

  @Test
  void idGluedToLettersInARequestNeverReachesTheLog(CapturedOutput output) {
    String key = "cccd062190002468x-" + java.util.UUID.randomUUID();
    assertThat(submit(key).getStatusCode().value()).isEqualTo(201);
    assertThat(submit(key).getStatusCode().value()).isEqualTo(409); // logged: the key was used again
    assertThat(output.getAll())
        .contains("Idempotency-Key " + key.replace("cccd062190002468x", "cccd********2468x") + " of portal used again")
        .doesNotContain("062190002468");
  }

  /** POST /api/dossiers as the portal: an online birth registration with {@code key}. */
  private ResponseEntity<String> submit(String key) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    HttpHeaders jsonPart = new HttpHeaders();
    jsonPart.setContentType(MediaType.APPLICATION_JSON);
    body.add("application", new HttpEntity<>("""
        {"procedureCode":"1.001193","receivingCommuneId":"sa-thay","channel":"ONLINE",
         "applicant":{"personalId":"062095001234","fullName":"Nguyễn Văn An"}}""", jsonPart));
    for (String component : List.of("TO_KHAI", "GIAY_CHUNG_SINH")) {
      body.add(component, new ByteArrayResource(PDF) {
        @Override
        public String getFilename() {
          return component + ".pdf";
        }
      });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("portal", "portal");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Idempotency-Key", key);
    return rest.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void everyLogLineAndStackTraceIsMasked(CapturedOutput output) {
    LOG.info("Tra cứu công dân có số định danh 062095001234 trong CSDL dân cư");
    LOG.info("Khóa cccd062190002468x");
    LOG.warn("Không tìm thấy", new IllegalStateException("Số định danh 079301009876 không tồn tại"));
    assertThat(output.getOut())
        .contains("số định danh ********1234 trong CSDL dân cư")
        .contains("Số định danh ********9876 không tồn tại")
        .contains("Khóa cccd********2468x")
        .doesNotContain("062190002468")
        .doesNotContain("062095001234")
        .doesNotContain("079301009876");
  }
}
