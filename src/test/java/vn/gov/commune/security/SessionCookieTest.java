package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.IntegrationTest;

/** The webapps' cookies carry the configured flags, each once (defaults: HttpOnly, SameSite=Lax, not Secure). */
@IntegrationTest
class SessionCookieTest {

  @Autowired TestRestTemplate rest;

  @Test
  void sessionAndCsrfCookiesCarryTheConfiguredFlags() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(cookies).isNotNull();
    String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(session).contains("HttpOnly").doesNotContain("Secure");
    assertThat(session.split("SameSite=Lax", -1)).as(session).hasSize(2);
    String csrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    assertThat(csrf.split("SameSite=Lax", -1)).as(csrf).hasSize(2);
  }
}
