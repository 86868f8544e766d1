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
