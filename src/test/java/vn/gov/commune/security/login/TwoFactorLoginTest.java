package vn.gov.commune.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.security.Roles;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * Two-step login of leaders and administrators in the Camunda webapps, attacked over HTTP as the
 * login page does it (a form post to the login resource, then the session cookie), and on HTTP Basic
 * with the code in a header. The test profile keeps two-step login on (only the demo profile turns it
 * off) and exempts the demo users the other tests use; this test makes leaders and administrators of
 * its own.
 */
@IntegrationTest
class TwoFactorLoginTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Autowired TestRestTemplate rest;
  @Autowired TwoFactorService twoFactor;
  @Autowired IdentityService identity;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(rest);
  }

  /** A login's answer, and the cookies of the browser that sent it. */
  record Login(int status, String message, String cookies, String retryAfter) {}

  /**
   * The Camunda login page's request, as a browser sends it: the page first (session and CSRF
   * cookies), then the form post with the code field added by the product's login script.
   */
  private Login login(String user, String password, String code) throws IOException, InterruptedException {
    return login(base(), user, password, code);
  }

  private Login login(String base, String user, String password, String code) throws IOException, InterruptedException {
    Map<String, String> cookies = new LinkedHashMap<>();
    keepCookies(
        cookies,
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
            HttpResponse.BodyHandlers.discarding()));
    String form =
        Stream.of(new String[] {"username", user}, new String[] {"password", password}, new String[] {"totp", code})
            .filter(field -> field[1] != null)
            .map(field -> field[0] + "=" + URLEncoder.encode(field[1], StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Cookie", cookieHeader(cookies))
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    keepCookies(cookies, response);
    String message = response.statusCode() == 200 || response.body().isBlank()
        ? null
        : new ObjectMapper().readTree(response.body()).path("message").asText();
    return new Login(response.statusCode(), message, cookieHeader(cookies), response.headers().firstValue("Retry-After").orElse(null));
  }

  private static void keepCookies(Map<String, String> cookies, HttpResponse<?> response) {
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
  }

  /** Tasklist's own API call with the session of a login. */
  private int taskCount(String cookies) throws IOException, InterruptedException {
    return CLIENT.send(
            HttpRequest.newBuilder(URI.create(base() + "/camunda/api/engine/engine/default/task/count"))
                .header("Cookie", cookies)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** The password of the users this test makes (the demo users it does not use are exempt in tests). */
  private static final String PASSWORD = "Lãnh-đạo-thử-2026";

  /** A leader or administrator of this test's own, created once, with {@link #PASSWORD}. */
  private String staff(String userId, String group) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Thử");
      user.setLastName("Hai bước");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, group);
    }
    return userId;
  }

  private String enrol(String userId) {
    ResponseEntity<JsonNode> enrolment =
        http.send(HttpMethod.POST, "demo", "/api/admin/two-factor/" + userId, null, JsonNode.class);
    assertThat(enrolment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(enrolment.getHeaders().getCacheControl()).contains("no-store");
    String secret = enrolment.getBody().get("secret").asText();
    assertThat(enrolment.getBody().get("otpauthUri").asText())
        .startsWith("otpauth://totp/commune-workflow:" + userId + "?secret=" + secret)
        .contains("digits=6", "period=30", "algorithm=SHA1");
    return secret;
  }

  private static String code(String secret, int stepsFromNow) {
    return Totp.code(secret, Totp.step(Instant.now()) + stepsFromNow);
  }

  @Test
  void aLeaderNeedsTheCurrentCodeAndEachCodeServesOnce() throws Exception {
    String leader = staff("tfa.leader", Roles.LEADER);
    String secret = enrol(leader);

    Login withoutCode = login(leader, PASSWORD, null);
    assertThat(withoutCode.status()).isEqualTo(401);
    assertThat(withoutCode.message()).contains("nhập mã xác thực 6 chữ số");
    // the same answer whether the password is right or wrong
    Login wrongPassword = login(leader, "wrong-password", null);
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.message()).isEqualTo(withoutCode.message());
    assertThat(taskCount(withoutCode.cookies())).isEqualTo(401);

    String wrongCode = code(secret, 0).equals("000000") ? "111111" : "000000";
    Login wrong = login(leader, PASSWORD, wrongCode);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.message()).contains("không đúng hoặc đã được dùng");
    assertThat(taskCount(wrong.cookies())).isEqualTo(401);

    String code = code(secret, 0);
    Login accepted = login(leader, PASSWORD, code);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(taskCount(accepted.cookies())).isEqualTo(200);

    Login replayed = login(leader, PASSWORD, code);
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.message()).contains("đã được dùng");
  }

  @Test
  void aClerkLogsInWithoutACode() throws Exception {
    Login clerk = login("sathay.clerk", "sathay.clerk", null);
    assertThat(clerk.status()).isEqualTo(200);
    assertThat(taskCount(clerk.cookies())).isEqualTo(200);
    assertThat(twoFactor.required("sathay.clerk")).isFalse();
  }

  @Test
  void aLeaderNotEnrolledIsToldToAskAnAdministrator() throws Exception {
    String administrator = staff("tfa.admin", Roles.ADMIN);
    assertThat(twoFactor.required(administrator)).isTrue();
    assertThat(twoFactor.enrolled(administrator)).isFalse();
    Login admin = login(administrator, PASSWORD, "123456");
    assertThat(admin.status()).isEqualTo(401);
    assertThat(admin.message()).contains("liên hệ quản trị viên");
    assertThat(taskCount(admin.cookies())).isEqualTo(401);
  }

  @Test
  void afterAnAdministratorsResetTheOldSecretNoLongerWorks() throws Exception {
    String leader = staff("tfa.leader2", Roles.LEADER);
    String lost = enrol(leader);
    ResponseEntity<Void> reset = http.send(HttpMethod.DELETE, "demo", "/api/admin/two-factor/" + leader, null, Void.class);
    assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Login withLostPhone = login(leader, PASSWORD, code(lost, 0));
    assertThat(withLostPhone.status()).isEqualTo(401);
    assertThat(withLostPhone.message()).contains("liên hệ quản trị viên");

    String fresh = enrol(leader);
    assertThat(fresh).isNotEqualTo(lost);
    assertThat(login(leader, PASSWORD, code(lost, 0)).status()).isEqualTo(401);
    Login withNewPhone = login(leader, PASSWORD, code(fresh, 0));
    assertThat(withNewPhone.status()).isEqualTo(200);
    assertThat(taskCount(withNewPhone.cookies())).isEqualTo(200);
  }

  @Test
  void guessingCodesFromOneAddressIsSlowedDownButNotTheOwnerElsewhere() throws Exception {
    staff("throttle.leader", Roles.LEADER);
    String secret = enrol("throttle.leader");
    String wrongCode = code(secret, 0).equals("000000") ? "111111" : "000000";
    for (int guess = 0; guess < SecondFactorCheck.FREE_FAILURES; guess++) {
      assertThat(login("throttle.leader", PASSWORD, wrongCode).status()).isEqualTo(401);
    }
    // even the right code is not looked at from this address for a while
    Login slowed = login("throttle.leader", PASSWORD, code(secret, 0));
    assertThat(slowed.status()).isEqualTo(429);
    assertThat(Integer.parseInt(slowed.retryAfter())).isBetween(1, 30);
    assertThat(slowed.message()).contains("nhập sai mã xác thực hai bước nhiều lần");
    assertThat(taskCount(slowed.cookies())).isEqualTo(401);
    // the owner, from another address (IPv6 loopback), is not held back
    Login owner = login("http://[::1]:" + port, "throttle.leader", PASSWORD, code(secret, 0));
    assertThat(owner.status()).isEqualTo(200);
  }

  @Test
  void onlyAdministratorsEnrolOrReset() {
    String secret = enrol("sathay.leader");
    for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.DELETE, HttpMethod.GET}) {
      ResponseEntity<JsonNode> refused =
          http.send(method, "sathay.leader", "/api/admin/two-factor/sathay.leader", null, JsonNode.class);
      assertThat(refused.getStatusCode()).as(method.name()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // nothing changed: the administrator's secret still gives codes
    assertThat(twoFactor.enrolment("sathay.leader")).isPresent();
    assertThat(twoFactor.check("sathay.leader", code(secret, 1))).isEqualTo(TwoFactorService.Check.ACCEPTED);
    ResponseEntity<JsonNode> clerk =
        http.send(HttpMethod.POST, "demo", "/api/admin/two-factor/sathay.clerk", null, JsonNode.class);
    assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(twoFactor.enrolled("sathay.clerk")).isFalse();
  }

  // ---- HTTP Basic on the APIs: no way around two-step login ---------------------------------

  private HttpResponse<String> basic(String method, String path, String user, String code) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (code != null) {
      request.header(BasicSecondFactorFilter.HEADER, code);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void basicCallsOfALeaderNeedTheCurrentCodeEachOnce() throws Exception {
    String leader = staff("tfa.leader3", Roles.LEADER);
    String secret = enrol(leader);

    HttpResponse<String> withoutCode = basic("GET", "/engine-rest/task/count", leader, null);
    assertThat(withoutCode.statusCode()).isEqualTo(401);
    assertThat(withoutCode.body()).contains("X-Totp", "mã xác thực 6 chữ số").doesNotContain("Exception");
    assertThat(withoutCode.headers().firstValue("WWW-Authenticate")).isEmpty();

    String wrongCode = code(secret, 0).equals("000000") ? "111111" : "000000";
    assertThat(basic("GET", "/engine-rest/task/count", leader, wrongCode).statusCode()).isEqualTo(401);

    String code = code(secret, 0);
    assertThat(basic("GET", "/engine-rest/task/count", leader, code).statusCode()).isEqualTo(200);
    HttpResponse<String> replayed = basic("GET", "/engine-rest/task/count", leader, code);
    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(replayed.body()).contains("đã được dùng");
    assertThat(basic("GET", "/engine-rest/task/count", leader, code(secret, 1)).statusCode()).isEqualTo(200);

    // a wrong password is answered as before, code or not
    HttpResponse<String> wrongPassword =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base() + "/engine-rest/task/count"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((leader + ":sai-mật-khẩu").getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
  }

  @Test
  void anAdministratorNotEnrolledMayOnlyEnrolThemselfOverBasic() throws Exception {
    String administrator = staff("tfa.admin2", Roles.ADMIN);
    twoFactor.reset(administrator);

    HttpResponse<String> refused = basic("GET", "/engine-rest/user/count", administrator, null);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("chưa được cấp mã xác thực");
    assertThat(basic("POST", "/api/admin/two-factor/tfa.leader", administrator, null).statusCode()).isEqualTo(401);

    HttpResponse<String> self = basic("POST", "/api/admin/two-factor/" + administrator, administrator, null);
    assertThat(self.statusCode()).isEqualTo(201);
    String secret = new ObjectMapper().readTree(self.body()).path("secret").asText();
    assertThat(twoFactor.enrolled(administrator)).isTrue();

    // from now on every call needs the code, re-enrolling too
    assertThat(basic("POST", "/api/admin/two-factor/" + administrator, administrator, null).statusCode()).isEqualTo(401);
    assertThat(basic("GET", "/engine-rest/user/count", administrator, code(secret, 0)).statusCode()).isEqualTo(200);
  }

  @Test
  void aClerksBasicCallsNeedNoCode() throws Exception {
    HttpResponse<String> clerk =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base() + "/engine-rest/task/count"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("sathay.clerk:sathay.clerk".getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(clerk.statusCode()).isEqualTo(200);
  }
}
