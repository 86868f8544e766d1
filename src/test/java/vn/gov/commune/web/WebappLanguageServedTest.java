package vn.gov.commune.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.IntegrationTest;

/**
 * The running product hands the webapps our Vietnamese texts and configuration (not only Camunda's
 * English ones), without a login: the login page needs them.
 */
@IntegrationTest
class WebappLanguageServedTest {

  @Autowired TestRestTemplate rest;

  @Test
  void tasklistGetsTheVietnameseTexts() throws Exception {
    JsonNode vi = new ObjectMapper().readTree(body("/camunda/app/tasklist/locales/vi.json"));
    assertThat(vi.path("labels").path("CLAIM_TASK").asText()).isEqualTo("Nhận xử lý");
    assertThat(vi.path("labels").path("COMPLETE").asText()).isEqualTo("Hoàn thành");
    assertThat(vi.path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
    assertThat(vi.path("dateLocales").path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
  }

  @Test
  void everyAppGetsOurConfigurationWithVietnameseFirstAndTheLanguageSwitch() {
    for (String app : new String[] {"tasklist", "admin", "welcome", "cockpit"}) {
      assertThat(body("/camunda/app/" + app + "/scripts/config.js"))
          .as(app)
          .contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'", "'../language/switch'",
              "'../two-factor/login'");
      assertThat(body("/camunda/app/" + app + "/styles/user-styles.css"))
          .as(app + ": the Camunda 8 migration bar stays hidden")
          .containsPattern("\\.ce-eol-banner \\{\\s*display: none;");
    }
    assertThat(body("/camunda/app/language/switch.js")).contains("commune.language", "preferredLanguage");
  }

  @Test
  void tasklistGetsTheScriptThatPutsFormJsTextsInVietnamese() {
    assertThat(body("/camunda/app/tasklist/scripts/config.js")).contains("'commune/forms'");
    // customScripts are resolved against app/tasklist/
    assertThat(body("/camunda/app/tasklist/commune/forms.js"))
        .contains("Field is required", "Trường này bắt buộc phải nhập.", "'Tìm kiếm'", "MutationObserver", "clearErrors")
        // commune names instead of tenant ids, papers in a new tab (the browser test CounterDossierTest sees both)
        .contains("'/api/communes'", "'.tenant-id, .tooltip-inner'", "a[href^=\"/api/\"]", "'_blank'");
  }

  private String body(String path) {
    ResponseEntity<byte[]> response = rest.getForEntity(path, byte[].class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return new String(response.getBody(), StandardCharsets.UTF_8);
  }
}
