package vn.gov.commune.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * The staff password policy over the engine's REST API, as Camunda Admin uses it: an administrator
 * creating users, and a user changing their own password. The demo users (password = user id) are
 * exempt: every other test logs in with them.
 */
@IntegrationTest
class PasswordPolicyTest {

  private static final String GOOD = "Đồng-lúa-xanh-2026";
  private static final String OTHER_GOOD = "Trăng rằm tháng Tám 15";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(rest);
  }

  private ResponseEntity<JsonNode> create(String userId, String firstName, String password) {
    return http.send(
        HttpMethod.POST,
        "demo",
        "/engine-rest/user/create",
        Map.of(
            "profile", Map.of("id", userId, "firstName", firstName, "lastName", "Nguyễn", "email", userId + "@xa.invalid"),
            "credentials", Map.of("password", password)),
        JsonNode.class);
  }

  private ResponseEntity<JsonNode> changeOwnPassword(String userId, String current, String next) {
    return http.send(
        HttpMethod.PUT,
        userId,
        current,
        "/engine-rest/user/" + userId + "/credentials",
        Map.of("password", next, "authenticatedUserPassword", current),
        JsonNode.class);
  }

  private boolean logsIn(String userId, String password) {
    return http.get(userId, password, "/engine-rest/user/" + userId + "/profile", String.class).getStatusCode()
        == HttpStatus.OK;
  }

  /** Camunda's policy check without saving; whether the password would pass. */
  private boolean checkAhead(String caller, String callerPassword, String userId, String password) {
    ResponseEntity<JsonNode> check =
        http.send(
            HttpMethod.POST,
            caller,
            callerPassword,
            "/engine-rest/identity/password-policy",
            Map.of("password", password, "profile", Map.of("id", userId)),
            JsonNode.class);
    assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
    return check.getBody().get("valid").asBoolean();
  }

  @Test
  void aShortPasswordIsRefusedWithAVietnameseReason() {
    ResponseEntity<JsonNode> refused = create("policy.short", "Lan", "Ab1!xyz");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("ít nhất 10 ký tự");
    assertThat(identity.createUserQuery().userId("policy.short").count()).isZero();
  }

  @Test
  void aPasswordWithoutMixedCharactersIsRefused() {
    ResponseEntity<JsonNode> refused = create("policy.plain", "Lan", "abcdefghijk");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("ba trong bốn loại");
    assertThat(identity.createUserQuery().userId("policy.plain").count()).isZero();
  }

  @Test
  void aPasswordContainingTheUserIdOrNameIsRefused() {
    ResponseEntity<JsonNode> withId = create("hoa.tuphap", "Hoa", "Tuphap#2026xyz");
    assertThat(withId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withId.getBody().get("message").asText()).contains("không được chứa tên đăng nhập, họ hoặc tên");
    ResponseEntity<JsonNode> withName = create("policy.named", "Phượng", "Phượng#2026xy");
    assertThat(withName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(identity.createUserQuery().userIdIn("hoa.tuphap", "policy.named").count()).isZero();
  }

  @Test
  void aUserChangesTheirPasswordButCannotReuseAPreviousOne() {
    assertThat(create("policy.reuse", "Minh", GOOD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(logsIn("policy.reuse", GOOD)).isTrue();

    // a short one, then the current one: refused, and the password stays what it was
    ResponseEntity<JsonNode> shortOne = changeOwnPassword("policy.reuse", GOOD, "Ng4n!");
    assertThat(shortOne.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(shortOne.getBody().get("message").asText()).contains("ít nhất 10 ký tự");
    ResponseEntity<JsonNode> same = changeOwnPassword("policy.reuse", GOOD, GOOD);
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(same.getBody().get("message").asText()).contains("không được trùng mật khẩu hiện tại");

    assertThat(changeOwnPassword("policy.reuse", GOOD, OTHER_GOOD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(logsIn("policy.reuse", OTHER_GOOD)).isTrue();

    // back to the first one: it is in the history
    ResponseEntity<JsonNode> reused = changeOwnPassword("policy.reuse", OTHER_GOOD, GOOD);
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reused.getBody().get("message").asText()).contains("gần nhất");
    assertThat(logsIn("policy.reuse", OTHER_GOOD)).isTrue();

    // asked ahead of a save (as Camunda Admin does while typing), only the user learns of the reuse
    assertThat(checkAhead("policy.reuse", OTHER_GOOD, "policy.reuse", GOOD)).isFalse();
    assertThat(checkAhead("demo", "demo", "policy.reuse", GOOD)).isTrue();
    // last: a wrong password makes Camunda delay the next login of this user
    assertThat(logsIn("policy.reuse", GOOD)).isFalse();
  }

  @Test
  void anAdministratorCannotResetAPasswordToAPreviousOneEither() {
    assertThat(create("policy.admin", "Tâm", GOOD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<JsonNode> reset =
        http.send(
            HttpMethod.PUT,
            "demo",
            "/engine-rest/user/policy.admin/credentials",
            Map.of("password", GOOD, "authenticatedUserPassword", "demo"),
            JsonNode.class);
    assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(logsIn("policy.admin", GOOD)).isTrue();
  }

  @Test
  void someoneWhoMayNotChangeAUserIsRefusedBeforeThePolicySpeaks() {
    for (String password : new String[] {"x", OTHER_GOOD}) {
      ResponseEntity<JsonNode> create =
          http.send(
              HttpMethod.POST,
              "sathay.leader",
              "/engine-rest/user/create",
              Map.of("profile", Map.of("id", "policy.intruder"), "credentials", Map.of("password", password)),
              JsonNode.class);
      assertThat(create.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<JsonNode> change =
          http.send(
              HttpMethod.PUT,
              "sathay.clerk",
              "/engine-rest/user/sathay.leader/credentials",
              Map.of("password", password, "authenticatedUserPassword", "sathay.clerk"),
              JsonNode.class);
      // a clerk may not even read another user
      assertThat(change.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(identity.createUserQuery().userId("policy.intruder").count()).isZero();
    assertThat(logsIn("sathay.leader", "sathay.leader")).isTrue();
  }

  @Test
  void camundaAdminShowsTheRulesInVietnamese() {
    ResponseEntity<JsonNode> policy = http.get("demo", "/engine-rest/identity/password-policy", JsonNode.class);
    assertThat(policy.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(policy.getBody().findValuesAsText("placeholder"))
        .hasSize(4)
        .anySatisfy(text -> assertThat(text).contains("ít nhất 10 ký tự"));
    assertThat(checkAhead("demo", "demo", "someone", "ngan")).isFalse();
  }
}
