package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Documents at hand from a Tasklist form with the Tasklist login: the read-only paper pages and
 * downloads take the webapps' session (no second password, no Basic prompt), with the same commune
 * checks as the API; nothing else on /api does.
 */
class DocumentsAtHandTest extends DossierHttpTest {

  private String received() {
    String code = flow.submitOnline("1.001193", "sa-thay", null, Map.of("TO_KHAI", DossierTestSupport.PDF, "GIAY_CHUNG_SINH", DossierTestSupport.PDF));
    flow.runJobs();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));
    return code;
  }

  @Test
  void theClerkOpensTheReceiptWithTheTasklistSessionAndOtherCommunesDoNot() throws IOException {
    String code = received();
    HttpHeaders clerk = webappSession("sathay.clerk");

    ResponseEntity<byte[]> receipt = get("/api/dossiers/" + code + "/slips/receipt", clerk, byte[].class);
    // the session keeps its id: Tasklist's own requests in parallel stay logged in
    assertThat(receipt.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    assertThat(receipt.getStatusCode().value()).isEqualTo(200);
    assertThat(receipt.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;").contains("phieu-tiep-nhan-" + code + ".docx");
    assertThat(receipt.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    String text = documentText(receipt.getBody());
    // signed by the receiving officer's full name and position, not the login id
    assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains("Nguyễn Thị Hoa")
        .contains("Công chức Bộ phận Một cửa, Trung tâm Phục vụ hành chính công").doesNotContain("sathay.clerk");

    ResponseEntity<String> papers = get("/api/dossiers/" + code + "/papers", clerk, String.class);
    assertThat(papers.getStatusCode().value()).isEqualTo(200);
    assertThat(papers.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(papers.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(papers.getBody()).contains("Giấy tờ của hồ sơ " + code).contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
        .contains("/api/dossiers/" + code + "/documents/").contains("/api/dossiers/" + code + "/components/").contains(dossiers.findByCode(code).orElseThrow().getStatus().label());
    String scanLink = papers.getBody().replaceAll("(?s).*href=\"(/api/dossiers/[^\"]+/components/\\d+/file)\".*", "$1");
    ResponseEntity<byte[]> scan = get(scanLink, clerk, byte[].class);
    assertThat(scan.getStatusCode().value()).isEqualTo(200);
    assertThat(scan.getBody()).isEqualTo(DossierTestSupport.PDF);

    // another commune's clerk, logged in to Tasklist: as if the dossier did not exist
    HttpHeaders otherClerk = webappSession("kontum.clerk");
    assertThat(get("/api/dossiers/" + code + "/slips/receipt", otherClerk, String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(get("/api/dossiers/" + code + "/papers", otherClerk, String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(get(scanLink, otherClerk, String.class).getStatusCode().value()).isEqualTo(404);

    // no session: 401 without a Basic challenge (no browser password prompt)
    ResponseEntity<String> none = get("/api/dossiers/" + code + "/slips/receipt", new HttpHeaders(), String.class);
    assertThat(none.getStatusCode().value()).isEqualTo(401);
    assertThat(none.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(none.getBody()).contains("Cần đăng nhập");
    // a session that was logged out is no session
    HttpHeaders stale = new HttpHeaders();
    stale.set(HttpHeaders.COOKIE, "JSESSIONID=0123456789ABCDEF0123456789ABCDEF");
    assertThat(get("/api/dossiers/" + code + "/slips/receipt", stale, String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void theSessionOpensOnlyTheReadOnlyPaperPaths() {
    String code = received();
    HttpHeaders clerk = webappSession("sathay.clerk");
    // the dossier's personal data and every change stay behind HTTP Basic
    assertThat(get("/api/dossiers/" + code, clerk, String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(get("/api/dossiers/" + code + "/history", clerk, String.class).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> withdraw = rest.exchange(
        "/api/dossiers/" + code + "/withdraw", HttpMethod.POST, new HttpEntity<>(Map.of("reason", "thử"), clerk), String.class);
    assertThat(withdraw.getStatusCode().value()).isEqualTo(401);
    assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isNotIn(DossierStatus.WITHDRAWAL_REQUESTED, DossierStatus.STOPPED);
    // Basic still works on the same paths, and wins over a session
    assertThat(flow.get("sathay.clerk", "/api/dossiers/" + code + "/slips/receipt", byte[].class).getStatusCode().value()).isEqualTo(200);
    assertThat(flow.get("kontum.clerk", "/api/dossiers/" + code + "/slips/receipt", byte[].class).getStatusCode().value()).isEqualTo(404);
  }

  /** Tasklist shows a task's commune by name: the script reads the person's own communes with the Tasklist login. */
  @Test
  void theSessionReadsTheNamesOfThePersonsOwnCommunes() {
    ResponseEntity<String> communes = get("/api/communes", webappSession("sathay.clerk"), String.class);
    assertThat(communes.getStatusCode().value()).isEqualTo(200);
    assertThat(communes.getBody()).contains("\"id\":\"sa-thay\"", "\"name\":\"Xã Sa Thầy\"").doesNotContain("kon-tum");
    assertThat(get("/api/communes", new HttpHeaders(), String.class).getStatusCode().value()).isEqualTo(401);
    // the units stay behind HTTP Basic
    assertThat(get("/api/communes/sa-thay/units", webappSession("sathay.clerk"), String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aSlipNotIssuedYetOrAnUnknownKindIsAVietnameseNotFound() {
    String code = received();
    HttpHeaders clerk = webappSession("sathay.clerk");
    ResponseEntity<String> result = get("/api/dossiers/" + code + "/slips/result", clerk, String.class);
    assertThat(result.getStatusCode().value()).isEqualTo(404);
    assertThat(result.getBody()).contains("chưa có kết quả giải quyết thủ tục hành chính");
    assertThat(get("/api/dossiers/" + code + "/slips/nothing", clerk, String.class).getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> draft = get("/api/dossiers/" + code + "/draft-result", clerk, String.class);
    assertThat(draft.getStatusCode().value()).isEqualTo(404);
    assertThat(draft.getBody()).contains("chưa có dự thảo kết quả");
  }

  private <T> ResponseEntity<T> get(String url, HttpHeaders headers, Class<T> type) {
    return rest.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), type);
  }

  /** The text of a .docx (word/document.xml without its tags). */
  static String documentText(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  /** A browser's Tasklist session after Camunda's login form: only its cookies (as a link in a form sends). */
  private HttpHeaders webappSession(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = new LinkedHashMap<>();
    page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
    headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login =
        rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(user + " logs in: " + login.getBody()).isEqualTo(200);
    login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    HttpHeaders session = new HttpHeaders();
    session.set(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
    session.setAccept(List.of(MediaType.ALL));
    return session;
  }

  private static void addCookie(Map<String, String> cookies, String setCookie) {
    String pair = setCookie.substring(0, setCookie.contains(";") ? setCookie.indexOf(';') : setCookie.length());
    cookies.put(pair.substring(0, pair.indexOf('=')), pair);
  }
}
