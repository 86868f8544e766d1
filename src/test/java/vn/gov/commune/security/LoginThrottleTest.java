package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.commune.support.IntegrationTest;

/**
 * Wrong passwords cost the guesser, not the account owner: the guessing client address is slowed
 * down (429 with Retry-After), the owner elsewhere still logs in, and no number of wrong passwords
 * locks an account. Each test speaks from its own client addresses (X-Forwarded-For from the
 * trusted local proxy), so the throttling of one never touches the others.
 */
@IntegrationTest
class LoginThrottleTest {

  static final String API = "/api/calendar/days/2026-02-17";
  /** The longest Retry-After the policy may give (app.security.login-throttle, README). */
  static final int MAX_RETRY_AFTER_SECONDS = 60;

  @Autowired TestRestTemplate rest;

  private ResponseEntity<JsonNode> basic(String source, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", source);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
    return rest.exchange(API, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }

  /** Camunda's own login form (Tasklist), with the session and CSRF token a browser would hold. */
  private ResponseEntity<String> webappLogin(String source, String user, String password) {
    HttpHeaders page = new HttpHeaders();
    page.set("X-Forwarded-For", source);
    ResponseEntity<String> start =
        rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(page), String.class);
    List<String> cookies = new ArrayList<>();
    for (String cookie : start.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      cookies.add(cookie.substring(0, cookie.indexOf(';')));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", source);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
    String token = start.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      headers.set("X-XSRF-TOKEN", token);
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return rest.exchange(
        "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private static void assertThrottled(ResponseEntity<?> answer) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    String retryAfter = answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
    assertThat(retryAfter).matches("\\d+");
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, MAX_RETRY_AFTER_SECONDS);
    assertThat(String.valueOf(answer.getBody())).contains("Đăng nhập sai quá nhiều lần").doesNotContain("Exception");
  }

  @Test
  void wrongPasswordsForAClerkThrottleTheGuessingSourceNotTheOwner() {
    String attacker = "198.51.100.10";
    List<HttpStatus> answers = new ArrayList<>();
    ResponseEntity<JsonNode> last = null;
    for (int i = 0; i < 25; i++) {
      last = basic(attacker, "sathay.clerk", "guess-" + i);
      answers.add(HttpStatus.valueOf(last.getStatusCode().value()));
    }
    assertThat(answers).startsWith(HttpStatus.UNAUTHORIZED).contains(HttpStatus.TOO_MANY_REQUESTS);
    assertThrottled(last);
    // the right password does not help the guessing source while it waits
    assertThrottled(basic(attacker, "sathay.clerk", "sathay.clerk"));
    // the owner, from its own office, logs in at once
    assertThat(basic("198.51.100.11", "sathay.clerk", "sathay.clerk").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aClerkIsNeverLockedOutByMoreWrongPasswordsThanCamundasOldLimit() {
    neverLockedOut("sathay.clerk", "198.51.100.2");
  }

  @Test
  void theAdministratorIsNeverLockedOutByMoreWrongPasswordsThanCamundasOldLimit() {
    neverLockedOut("demo", "198.51.100.3");
  }

  /** Four sources, eight wrong passwords each: more than ten reach the engine (Camunda locked for good at ten). */
  private void neverLockedOut(String user, String sourcePrefix) {
    int refusedByPassword = 0;
    for (int source = 1; source <= 4; source++) {
      for (int i = 0; i < 8; i++) {
        ResponseEntity<JsonNode> answer = basic(sourcePrefix + source, user, "wrong-" + i);
        if (answer.getStatusCode() == HttpStatus.UNAUTHORIZED) {
          refusedByPassword++;
        } else {
          assertThrottled(answer);
        }
      }
    }
    assertThat(refusedByPassword).isGreaterThan(10);
    assertThat(basic(sourcePrefix + "9", user, user).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aSourceSprayingOnePasswordOverManyUsersIsThrottled() {
    String sprayer = "203.0.113.50";
    List<String> users =
        List.of("sathay.clerk", "sathay.specialist", "sathay.leader", "sathay.unithead", "sathay.steering",
            "sathay.supervisor", "kontum.clerk", "kontum.specialist", "kontum.leader", "kontum.unithead",
            "kontum.steering", "portal", "demo");
    List<HttpStatus> answers = new ArrayList<>();
    for (String user : users) {
      for (String password : List.of("123456", "Matkhau@123")) {
        answers.add(HttpStatus.valueOf(basic(sprayer, user, password).getStatusCode().value()));
      }
    }
    assertThat(answers).startsWith(HttpStatus.UNAUTHORIZED).contains(HttpStatus.TOO_MANY_REQUESTS);
    // a user name the source has not tried yet waits as well
    assertThrottled(basic(sprayer, "kontum.supervisor", "kontum.supervisor"));
    assertThat(basic("203.0.113.51", "kontum.supervisor", "kontum.supervisor").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theWebappLoginIsThrottledTheSameWay() {
    String attacker = "203.0.113.60";
    List<HttpStatus> answers = new ArrayList<>();
    ResponseEntity<String> last = null;
    for (int i = 0; i < 25; i++) {
      last = webappLogin(attacker, "sathay.leader", "guess-" + i);
      answers.add(HttpStatus.valueOf(last.getStatusCode().value()));
    }
    assertThat(answers).startsWith(HttpStatus.UNAUTHORIZED).contains(HttpStatus.TOO_MANY_REQUESTS);
    assertThrottled(last);
    ResponseEntity<String> owner = webappLogin("203.0.113.61", "sathay.leader", "sathay.leader");
    assertThat(owner.getStatusCode()).as(owner.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(owner.getBody()).contains("\"userId\":\"sathay.leader\"");
  }

  /**
   * A system that calls in parallel (the national portal submitting dossiers) is never held up by its
   * own requests in flight: once its password was right, the same credential from the same address
   * reserves nothing of the wrong-password allowance. A wrong password from there still counts.
   */
  @Test
  void aSystemCallingInParallelWithTheRightPasswordIsNeverThrottled() throws Exception {
    String source = "192.0.2.77";
    assertThat(basic(source, "portal", "portal").getStatusCode()).isEqualTo(HttpStatus.OK);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
    try {
      List<java.util.concurrent.Future<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        calls.add(pool.submit(() -> basic(source, "portal", "portal")));
      }
      for (java.util.concurrent.Future<ResponseEntity<JsonNode>> call : calls) {
        assertThat(call.get().getStatusCode()).isEqualTo(HttpStatus.OK);
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < 6; i++) {
      basic(source, "portal", "sai-mật-khẩu-" + i);
    }
    assertThrottled(basic(source, "portal", "sai-mật-khẩu-nữa"));
  }
}
