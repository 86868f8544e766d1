package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The public look-up needs, besides the code, the last four digits of the applicant's phone or
 * personal ID, answers a wrong or missing value exactly like an unknown code, and is rate-limited per
 * client. Each test speaks from its own client address (X-Forwarded-For from the trusted local proxy).
 */
class PublicLookupTest extends DossierHttpTest {

  static final String PHONE_LAST4 = "3456"; // 0905123456 in DossierTestSupport.application
  static final String ID_LAST4 = "1234"; // 062095001234

  private String submit(String commune) {
    return flow.submitOnline("1.001193", commune, null, Map.of("TO_KHAI", DossierTestSupport.PDF, "GIAY_CHUNG_SINH", DossierTestSupport.PDF));
  }

  private ResponseEntity<String> lookUp(String source, String code, String last4) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", source);
    String url = "/api/public/dossiers/" + code + (last4 == null ? "" : "?last4=" + last4);
    return rest.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void walkingCodesWithoutTheApplicantsDigitsFindsNothing() {
    List<String> codes = List.of(submit("sa-thay"), submit("kon-tum"));
    List<String> found = new ArrayList<>();
    // each guess from another address, as a botnet would: the rate limit is not what stops it here
    for (int c = 0; c < codes.size(); c++) {
      String prefix = codes.get(c).substring(0, codes.get(c).length() - 4);
      for (int n = 1; n <= 40; n++) {
        String guess = prefix + String.format("%04d", n);
        if (lookUp("192.0.2." + (100 + 50 * c + n), guess, null).getStatusCode().value() != 404) {
          found.add(guess);
        }
      }
    }
    assertThat(found).as("answers other than 'not found'").isEmpty();
    // a wrong or missing value answers exactly like a code that does not exist
    String code = codes.get(0);
    String unknown = code.substring(0, code.length() - 4) + "9999";
    ResponseEntity<String> unknownAnswer = lookUp("192.0.2.11", unknown, PHONE_LAST4);
    String[] wrongDigits = {null, "", "0000", "12345", "abcd"};
    for (int i = 0; i < wrongDigits.length; i++) {
      String wrong = wrongDigits[i];
      ResponseEntity<String> answer = lookUp("192.0.2." + (12 + i), code, wrong);
      assertThat(answer.getStatusCode().value()).as(wrong).isEqualTo(404);
      assertThat(answer.getBody().replace(code, unknown)).as(wrong).isEqualTo(unknownAnswer.getBody());
      assertThat(answer.getHeaders().getContentType()).isEqualTo(unknownAnswer.getHeaders().getContentType());
    }
  }

  @Test
  void theCodeWithTheApplicantsDigitsShowsTheStatusAndNothingPersonal() {
    String code = submit("sa-thay");
    for (String last4 : List.of(PHONE_LAST4, ID_LAST4)) {
      ResponseEntity<String> answer = lookUp("192.0.2.20", code, last4);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
      assertThat(answer.getBody()).contains(code).contains("Mới đăng ký").contains("Đăng ký khai sinh")
          .doesNotContain(DossierTestSupport.CITIZEN).doesNotContain("Nguyễn Văn An").doesNotContain("0905123456")
          .doesNotContain("Thôn 1");
    }
  }

  @Test
  void publicTimesCarryTheVietnamOffsetAndTheStepsSoFar() throws Exception {
    String code = submit("sa-thay");
    flow.runJobs();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));
    ResponseEntity<String> answer = lookUp("192.0.2.40", code, PHONE_LAST4);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getBody());
    // received Monday 2 March 2026 at 09:00 in Vietnam: written as that hour with its offset, never as 02:00Z
    assertThat(json.get("receivedAt").asText()).isEqualTo("2026-03-02T09:00:00+07:00");
    assertThat(json.get("appointmentAt").asText()).endsWith("+07:00");
    assertThat(answer.getBody()).doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z\"");
    assertThat(json.get("steps")).extracting(step -> step.get("statusName").asText()).contains("Mới đăng ký", "Được tiếp nhận");
    assertThat(json.get("steps")).allSatisfy(step -> assertThat(step.get("at").asText()).endsWith("+07:00"));
    assertThat(answer.getBody()).doesNotContain("sathay.clerk").doesNotContain("Nguyễn Thị Hoa").doesNotContain("Nguyễn Văn An");
  }

  @Test
  void theCitizensPageShowsTheStatusInVietnamTimeOnAPhone() {
    String code = submit("sa-thay");
    flow.runJobs();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));

    ResponseEntity<String> empty = page("192.0.2.50", null, null);
    assertThat(empty.getStatusCode().value()).isEqualTo(200);
    assertThat(empty.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(empty.getBody()).contains("<html lang=\"vi\"").contains("name=\"viewport\"").contains("Tra cứu hồ sơ")
        .contains("Mã hồ sơ").contains("4 số cuối").doesNotContain("<script");

    for (String last4 : List.of(PHONE_LAST4, ID_LAST4)) {
      ResponseEntity<String> found = page("192.0.2.51", code, last4);
      assertThat(found.getStatusCode().value()).isEqualTo(200);
      assertThat(found.getBody()).contains(code).contains("Được tiếp nhận").contains("Đăng ký khai sinh")
          .contains("<time datetime=\"2026-03-02T09:00:00+07:00\">09:00 ngày 02/03/2026</time>")
          .contains("Hẹn trả kết quả").contains("Các bước đã qua").contains("Mới đăng ký")
          .doesNotContain(DossierTestSupport.CITIZEN).doesNotContain("Nguyễn Văn An").doesNotContain("0905123456")
          .doesNotContain("Thôn 1").doesNotContain("sathay.clerk").doesNotContain("Nguyễn Thị Hoa");
    }

    // wrong digits: the same answer as an unknown code
    String unknown = code.substring(0, code.length() - 4) + "9999";
    ResponseEntity<String> unknownAnswer = page("192.0.2.52", unknown, PHONE_LAST4);
    assertThat(unknownAnswer.getStatusCode().value()).isEqualTo(404);
    assertThat(unknownAnswer.getBody()).contains("Không tìm thấy hồ sơ");
    String[] wrongDigits = {null, "", "0000", "12345", "abcd"};
    for (int i = 0; i < wrongDigits.length; i++) {
      ResponseEntity<String> wrong = page("192.0.2." + (60 + i), code, wrongDigits[i]);
      assertThat(wrong.getStatusCode().value()).as(wrongDigits[i]).isEqualTo(404);
      assertThat(wrong.getBody().replace(code, unknown)).as(wrongDigits[i]).isEqualTo(unknownAnswer.getBody());
    }
    // markup typed into the code is shown as text
    assertThat(page("192.0.2.70", "<b>x</b>", PHONE_LAST4).getBody()).doesNotContain("<b>x</b>").contains("&lt;b&gt;x&lt;/b&gt;");
  }

  @Test
  void theCitizensPageSharesTheLookUpRateLimit() {
    String code = submit("sa-thay");
    int tooMany = 0;
    for (int i = 0; i < 60; i++) {
      if (page("192.0.2.80", code, "0000").getStatusCode().value() == 429) {
        tooMany++;
      }
    }
    assertThat(tooMany).isGreaterThan(40);
  }

  private ResponseEntity<String> page(String source, String code, String last4) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", source);
    var url = org.springframework.web.util.UriComponentsBuilder.fromPath("/tra-cuu");
    if (code != null) {
      url.queryParam("ma", code);
    }
    if (last4 != null) {
      url.queryParam("last4", last4);
    }
    return rest.exchange(url.encode().build().toUri(), HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void fiveHundredLookUpsAtSpeedAreSlowedDown() {
    String code = submit("sa-thay");
    int tooMany = 0;
    String retryAfter = null;
    for (int i = 0; i < 500; i++) {
      ResponseEntity<String> answer = lookUp("192.0.2.30", code, PHONE_LAST4);
      if (answer.getStatusCode().value() == 429) {
        tooMany++;
        retryAfter = answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(answer.getBody()).contains("Tra cứu quá nhiều lần").doesNotContain("Mới đăng ký");
      } else {
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
      }
    }
    assertThat(tooMany).isGreaterThan(400);
    assertThat(retryAfter).matches("\\d+");
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, 10);
    // another citizen, elsewhere, is not slowed down
    assertThat(lookUp("192.0.2.31", code, ID_LAST4).getStatusCode().value()).isEqualTo(200);
  }
}
