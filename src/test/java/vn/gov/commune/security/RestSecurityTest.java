package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

@IntegrationTest
class RestSecurityTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ApplicationContext context;
  @Autowired vn.gov.commune.organisation.CommuneRepository communeRepository;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(rest);
  }

  @AfterEach
  void cleanUp() {
    runtime.createProcessInstanceQuery().list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup"));
  }

  @Test
  void engineRestNeedsCredentials() {
    ResponseEntity<String> anonymous = http.get(null, null, "/engine-rest/process-definition", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // no Basic challenge: a browser would prompt and cache the password (CrossSiteRequestTest)
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).isNull();
    ResponseEntity<String> wrong = http.get("kontum.steering", "wrong", "/engine-rest/process-definition", String.class);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrong.getBody()).contains("Cần đăng nhập").doesNotContain("Exception");
    ResponseEntity<JsonNode> demo = http.get("demo", "/engine-rest/process-definition", JsonNode.class);
    assertThat(demo.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(demo.getBody().findValuesAsText("key")).contains("certify-copy");
  }

  @Test
  void productApiNeedsCredentialsAndAnswersWithoutStackTrace() {
    ResponseEntity<JsonNode> anonymous = http.get(null, null, "/api/calendar/days/2026-02-17", JsonNode.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody().get("detail").asText()).contains("Cần đăng nhập");
    ResponseEntity<JsonNode> wrong = http.get("kontum.unithead", "nope", "/api/calendar/days/2026-02-17", JsonNode.class);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrong.getBody().toString()).doesNotContain("Exception");
    assertThat(http.get("no-such-user", "x", "/api/calendar/days/2026-02-17", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void apiDocsAndSwaggerUiNeedALoginOutsideTheDemoProfile() {
    for (String url : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html")) {
      ResponseEntity<String> anonymous = http.get(null, null, url, String.class);
      assertThat(anonymous.getStatusCode()).as(url).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(anonymous.getBody()).as(url).doesNotContain("/api/dossiers");
    }
    ResponseEntity<JsonNode> docs = http.get("sathay.clerk", "/v3/api-docs", JsonNode.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody().get("paths").has("/api/dossiers")).isTrue();
    assertThat(http.get("sathay.clerk", "/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void springBootsGeneratedUserDoesNotExist() {
    assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    assertThat(http.get("user", "user", "/api/calendar/days/2026-02-17", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthIsOpenForProbes() {
    ResponseEntity<JsonNode> health = http.get(null, null, "/actuator/health", JsonNode.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    assertThat(health.getBody().has("components")).isFalse();
  }

  @Test
  void aCommuneSeesOnlyItsOwnUnits() {
    ResponseEntity<JsonNode> own = http.get("sathay.clerk", "/api/communes/sa-thay/units", JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().findValuesAsText("name")).contains("Trung tâm Phục vụ hành chính công", "Công an xã");
    ResponseEntity<JsonNode> other = http.get("sathay.clerk", "/api/communes/kon-tum/units", JsonNode.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getBody().get("detail").asText()).contains("không có quyền");
    JsonNode communes = http.get("kontum.leader", "/api/communes", JsonNode.class).getBody();
    assertThat(communes.findValuesAsText("id")).containsExactly("kon-tum");
    // the administrator sees every commune (other tests add communes of their own)
    assertThat(http.get("demo", "/api/communes", JsonNode.class).getBody().findValuesAsText("id"))
        .contains("sa-thay", "kon-tum").hasSize((int) communeRepository.count());
  }

  @Test
  void aClerkStartsInstancesOnlyInItsOwnCommuneAndSeesOnlyItsTasks() {
    Map<String, Object> start =
        Map.of(
            "variables",
            Map.of(
                "applicantName", Map.of("value", "Nguyễn Văn An"),
                "applicantPersonalId", Map.of("value", "062095001234"),
                "documentTitle", Map.of("value", "Bằng tốt nghiệp"),
                "pageCount", Map.of("value", 2, "type", "Integer"),
                "copyCount", Map.of("value", 1, "type", "Integer")));
    ResponseEntity<JsonNode> started =
        http.send(HttpMethod.POST, "sathay.clerk", "/engine-rest/process-definition/key/certify-copy/start", start, JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().get("tenantId").asText()).isEqualTo("sa-thay");

    ProcessInstance konTum =
        runtime.startProcessInstanceByKey(
            "certify-copy",
            Map.of("communeId", "kon-tum", "applicantName", "Trần Thị Bình", "documentTitle", "Giấy khai sinh",
                "pageCount", 1, "copyCount", 2));
    String konTumTask = tasks.createTaskQuery().processInstanceId(konTum.getId()).singleResult().getId();

    JsonNode sathaySpecialistTasks = http.get("sathay.specialist", "/engine-rest/task", JsonNode.class).getBody();
    assertThat(sathaySpecialistTasks.findValuesAsText("tenantId")).containsExactly("sa-thay");
    JsonNode kontumSpecialistTasks = http.get("kontum.specialist", "/engine-rest/task", JsonNode.class).getBody();
    assertThat(kontumSpecialistTasks.findValuesAsText("id")).containsExactly(konTumTask);

    // another commune's task can be neither read nor completed
    assertThat(http.get("sathay.specialist", "/engine-rest/task/" + konTumTask, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    Map<String, Object> complete = Map.of("variables", Map.of("comparisonResult", Map.of("value", "match")));
    ResponseEntity<JsonNode> foreign =
        http.send(HttpMethod.POST, "sathay.specialist", "/engine-rest/task/" + konTumTask + "/complete", complete, JsonNode.class);
    assertThat(foreign.getStatusCode()).as(String.valueOf(foreign.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(konTumTask).count()).isEqualTo(1);

    // a clerk cannot name another commune
    Map<String, Object> foreignStart =
        Map.of("variables", Map.of("communeId", Map.of("value", "kon-tum"), "pageCount", Map.of("value", 1, "type", "Integer")));
    ResponseEntity<JsonNode> refused =
        http.send(HttpMethod.POST, "sathay.clerk", "/engine-rest/process-definition/key/certify-copy/start", foreignStart, JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").asText()).contains("không thuộc xã/phường 'kon-tum'");
    assertThat(runtime.createProcessInstanceQuery().tenantIdIn("kon-tum").count()).isEqualTo(1);
  }

  @Test
  void aRoleWithoutTheRightGetsForbidden() {
    // only clerks may start a dossier
    ResponseEntity<JsonNode> specialist =
        http.send(
            HttpMethod.POST,
            "sathay.specialist",
            "/engine-rest/process-definition/key/certify-copy/start",
            Map.of("variables", Map.of()),
            JsonNode.class);
    assertThat(specialist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // nobody but an administrator creates users
    ResponseEntity<JsonNode> createUser =
        http.send(
            HttpMethod.POST,
            "sathay.leader",
            "/engine-rest/user/create",
            Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x")),
            JsonNode.class);
    assertThat(createUser.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }
}
