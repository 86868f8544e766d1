package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page elsewhere cannot make a browser that holds Basic credentials change anything: state-changing
 * calls that a browser marks as cross-site (Origin, Sec-Fetch-Site) are refused before anything is
 * read or changed, while scripts and the portal (no such headers) keep working. No 401 invites a
 * browser to prompt for and cache Basic credentials.
 */
class CrossSiteRequestTest extends DossierHttpTest {

  private ResponseEntity<Map> withdraw(String code, Map<String, String> browserHeaders) {
    HttpHeaders headers = DossierTestSupport.basic("portal");
    headers.setContentType(MediaType.APPLICATION_JSON);
    browserHeaders.forEach(headers::set);
    return rest.exchange(
        "/api/dossiers/" + code + "/withdraw", HttpMethod.POST, new HttpEntity<>(Map.of("reason", "Không còn nhu cầu"), headers), Map.class);
  }

  @Test
  void aCrossSiteWithdrawalWithCachedCredentialsIsRefusedAndChangesNothing() {
    String code = flow.submitOnline("1.001193", Map.of("TO_KHAI", DossierTestSupport.PDF, "GIAY_CHUNG_SINH", DossierTestSupport.PDF));
    DossierStatus before = dossiers.findByCode(code).orElseThrow().getStatus();
    int historyBefore = history.findByDossierCodeOrderById(code).size();

    for (Map<String, String> crossSite :
        List.of(
            Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "cors"),
            Map.of("Origin", "https://evil.example"),
            Map.of("Sec-Fetch-Site", "cross-site"),
            Map.of("Sec-Fetch-Site", "same-site"),
            Map.of("Origin", "null"))) {
      ResponseEntity<Map> refused = withdraw(code, crossSite);
      assertThat(refused.getStatusCode().value()).as(crossSite + " " + refused.getBody()).isEqualTo(403);
      assertThat((String) refused.getBody().get("detail")).contains("từ trang web khác");
    }
    flow.runJobs();
    assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(before);
    assertThat(history.findByDossierCodeOrderById(code)).hasSize(historyBefore);

    // the portal's own call (no browser headers) and a same-origin page still work
    ResponseEntity<Map> sameOrigin = withdraw(code, Map.of("Origin", rest.getRootUri(), "Sec-Fetch-Site", "same-origin"));
    assertThat(sameOrigin.getStatusCode().value()).as(String.valueOf(sameOrigin.getBody())).isEqualTo(200);
  }

  @Test
  void theSameWithdrawalFromThePortalWithoutBrowserHeadersWorks() {
    String code = flow.submitOnline("1.001193", Map.of("TO_KHAI", DossierTestSupport.PDF, "GIAY_CHUNG_SINH", DossierTestSupport.PDF));
    ResponseEntity<Map> answer = withdraw(code, Map.of());
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    flow.runJobs();
    assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.STOPPED);
  }

  @Test
  void noBasicChallengeMakesABrowserPromptForCredentials() {
    for (String url : List.of("/api/dossiers/000.00.31.H62-260302-0001", "/engine-rest/process-definition")) {
      HttpHeaders browser = new HttpHeaders();
      browser.set(HttpHeaders.USER_AGENT, "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36");
      browser.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
      browser.set("Sec-Fetch-Mode", "navigate");
      browser.set("Sec-Fetch-Site", "none");
      ResponseEntity<String> answer = rest.exchange(url, HttpMethod.GET, new HttpEntity<>(browser), String.class);
      assertThat(answer.getStatusCode().value()).as(url).isEqualTo(401);
      assertThat(answer.getHeaders().getOrEmpty(HttpHeaders.WWW_AUTHENTICATE))
          .as(url)
          .noneMatch(challenge -> challenge.regionMatches(true, 0, "Basic", 0, 5));
      assertThat(answer.getBody()).contains("Cần đăng nhập").doesNotContain("Exception");
    }
  }
}
