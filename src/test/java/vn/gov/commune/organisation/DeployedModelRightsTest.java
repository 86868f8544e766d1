package vn.gov.commune.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * A modeller deploys a new model from Camunda Modeler while the product runs: the clerks of the commune
 * see and work its first task at once (not minutes later at the filter sync); another commune's clerk
 * still sees nothing of it, and the specialist, who is no candidate of it, cannot work it.
 */
@IntegrationTest
class DeployedModelRightsTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;

  private String deploymentId;

  @AfterEach
  void undeploy() {
    if (deploymentId != null) {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aModelDeployedFromModelerIsWorkedByItsRoleAtOnce() {
    Http http = new Http(rest);
    String key = "Process_Deployed" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(key)
            .name("Quy trình mới triển khai")
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_Received")
            .userTask("Task_CheckPapers").name("Kiểm tra giấy tờ").camundaCandidateGroups("clerk")
            .endEvent("EndEvent_Checked")
            .done();

    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "modeler-" + key);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("tenant-id", "sa-thay");
    parts.add("data", new ByteArrayResource(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return key + ".bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo", "demo", StandardCharsets.UTF_8);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<JsonNode> deployed =
        rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    assertThat(deployed.getStatusCode().value()).as(String.valueOf(deployed.getBody())).isEqualTo(200);
    deploymentId = deployed.getBody().get("id").asText();

    ResponseEntity<JsonNode> started = http.send(HttpMethod.POST, "demo",
        "/engine-rest/process-definition/key/" + key + "/tenant-id/sa-thay/start", Map.of(), JsonNode.class);
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);

    // at once: no filter sync has run since the deployment
    JsonNode clerkTasks = http.get("sathay.clerk", "/engine-rest/task?processDefinitionKey=" + key, JsonNode.class).getBody();
    assertThat(clerkTasks).hasSize(1);
    String taskId = clerkTasks.get(0).get("id").asText();
    assertThat(http.get("kontum.clerk", "/engine-rest/task?processDefinitionKey=" + key, JsonNode.class).getBody()).isEmpty();

    ResponseEntity<JsonNode> bySpecialist = http.send(HttpMethod.POST, "sathay.specialist",
        "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "sathay.specialist"), JsonNode.class);
    assertThat(bySpecialist.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> claimed = http.send(HttpMethod.POST, "sathay.clerk",
        "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "sathay.clerk"), JsonNode.class);
    assertThat(claimed.getStatusCode().value()).as(String.valueOf(claimed.getBody())).isEqualTo(204);
    ResponseEntity<JsonNode> completed = http.send(HttpMethod.POST, "sathay.clerk",
        "/engine-rest/task/" + taskId + "/complete", Map.of(), JsonNode.class);
    assertThat(completed.getStatusCode().value()).as(String.valueOf(completed.getBody())).isEqualTo(204);
  }
}
