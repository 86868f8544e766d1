package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.benchmark.TaskListBenchmarkSeed;
import vn.gov.commune.security.Roles;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * Issue 15: among thousands of open tasks of two communes, a clerk of Sa Thầy reads, counts, filters
 * and works only on Sa Thầy's clerk tasks, over the engine REST API Tasklist uses; a clerk cannot work
 * on the specialist's review or the leader's approval of its own commune, nor a specialist on the
 * leader's. The 100,000-task version of the first check runs inside {@code TaskListBenchmark}.
 */
@IntegrationTest
class TaskListIsolationTest {

  static final String BIRTH = "1.001193";
  static final String SEEDED = "iso-";

  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired RepositoryService repository;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate rest;

  DossierTestSupport flow;
  Http http;
  TaskListBenchmarkSeed seed;

  @BeforeEach
  void setUp() {
    flow = new DossierTestSupport(rest, management, taskService, identity);
    http = new Http(rest);
    seed = new TaskListBenchmarkSeed(dataSource, engine, repository);
    at("2026-03-02T09:00:00+07:00");
  }

  @AfterEach
  void tearDown() throws Exception {
    ClockUtil.reset();
    seed.remove(SEEDED);
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  private JsonNode get(String user, String url) {
    ResponseEntity<JsonNode> answer = http.get(user, url, JsonNode.class);
    assertThat(answer.getStatusCode().value()).as(url + ": " + answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }

  private int status(HttpMethod method, String user, String url, Object body) {
    return http.send(method, user, url, body, JsonNode.class).getStatusCode().value();
  }

  private static Set<String> ids(JsonNode tasks) {
    Set<String> ids = new HashSet<>();
    tasks.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private static Set<String> tenants(JsonNode tasks) {
    Set<String> tenants = new HashSet<>();
    tasks.forEach(t -> tenants.add(t.path("tenantId").asText()));
    return tenants;
  }

  private String filterId(String name, String commune, String kind) {
    for (Filter filter : filters.createTaskFilterQuery().list()) {
      Map<String, Object> properties = filter.getProperties() == null ? Map.of() : filter.getProperties();
      if (commune == null ? name.equals(filter.getName()) && !properties.containsKey("communeId")
          : commune.equals(properties.get("communeId")) && kind.equals(properties.get("filterKind"))) {
        return filter.getId();
      }
    }
    throw new IllegalStateException("no filter " + name + " " + commune + " " + kind);
  }

  @Test
  void amongThousandsOfTasksAClerkReadsCountsAndWorksOnlyItsOwnCommunesClerkTasks() throws Exception {
    List<String> seeded = seed.seed(List.of("sa-thay", "kon-tum"), 0, 3000, SEEDED);
    Set<String> konTumSeeded = new HashSet<>();
    Set<String> saThayOtherRoles = new HashSet<>();
    for (int n = 0; n < seeded.size(); n++) {
      if (n % 2 == 1) {
        konTumSeeded.add(seeded.get(n));
      } else if (!TaskListBenchmarkSeed.step(n, 2).group().equals(Roles.CLERK)) {
        saThayOtherRoles.add(seeded.get(n));
      }
    }
    assertThat(saThayOtherRoles).hasSize(750);
    String konTumCode = flow.submitOnline(BIRTH, "kon-tum", null, Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));
    Task konTumReceipt = flow.task(konTumCode, "UserTask_ReceiveDossier");
    assertThat(konTumReceipt.getTenantId()).isEqualTo("kon-tum");

    long sathayClerkTasks = taskService.createTaskQuery().tenantIdIn("sa-thay").taskCandidateGroup(Roles.CLERK).count();
    long sathayGroupFilter = taskService.createTaskQuery().tenantIdIn("sa-thay").taskCandidateGroup(Roles.CLERK).taskUnassigned().count();
    assertThat(sathayClerkTasks).isGreaterThanOrEqualTo(750);

    // list, count, unfiltered count: exactly Sa Thầy's clerk tasks
    JsonNode list = get("sathay.clerk", "/engine-rest/task?candidateGroup=clerk&sortBy=created&sortOrder=desc&maxResults=2000");
    assertThat(list.size()).isEqualTo((int) sathayClerkTasks);
    assertThat(tenants(list)).containsExactly("sa-thay");
    assertThat(ids(list)).doesNotContainAnyElementsOf(konTumSeeded).doesNotContain(konTumReceipt.getId());
    assertThat(get("sathay.clerk", "/engine-rest/task/count?candidateGroup=clerk").get("count").asLong()).isEqualTo(sathayClerkTasks);
    JsonNode unfiltered = get("sathay.clerk", "/engine-rest/task?maxResults=5000");
    assertThat(tenants(unfiltered)).containsExactly("sa-thay");
    assertThat(ids(unfiltered)).as("no filter: none of its specialists' reviews or leaders' approvals")
        .containsAll(ids(list)).doesNotContainAnyElementsOf(saThayOtherRoles);
    JsonNode newest = get("sathay.clerk", "/engine-rest/task?sortBy=created&sortOrder=desc&maxResults=50");
    assertThat(newest).hasSize(50);
    assertThat(tenants(newest)).containsExactly("sa-thay");

    // Tasklist's filters: "Việc của nhóm tôi" holds Sa Thầy's tasks only; Kon Tum's own filters are not there for it
    String groupFilter = filterId("Việc của nhóm tôi", null, null);
    JsonNode filtered = http.send(HttpMethod.POST, "sathay.clerk", "/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=2000",
        Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))), JsonNode.class).getBody();
    assertThat(filtered.size()).isEqualTo((int) sathayGroupFilter);
    assertThat(tenants(filtered)).containsExactly("sa-thay");
    assertThat(get("sathay.clerk", "/engine-rest/filter/" + groupFilter + "/count").get("count").asLong()).isEqualTo(sathayGroupFilter);
    String ownOverdue = filterId(null, "sa-thay", "overdue");
    JsonNode overdue = get("sathay.clerk", "/engine-rest/filter/" + ownOverdue + "/list?firstResult=0&maxResults=2000");
    assertThat(overdue).isNotEmpty();
    assertThat(tenants(overdue)).containsExactly("sa-thay");
    String konTumOverdue = filterId(null, "kon-tum", "overdue");
    assertThat(http.get("sathay.clerk", "/engine-rest/filter/" + konTumOverdue + "/count", JsonNode.class).getStatusCode().value()).isIn(403, 404);
    assertThat(http.get("sathay.clerk", "/engine-rest/filter/" + konTumOverdue + "/list", JsonNode.class).getStatusCode().value()).isIn(403, 404);

    // by id, history
    for (String id : List.of(konTumReceipt.getId(), konTumSeeded.iterator().next())) {
      assertThat(http.get("sathay.clerk", "/engine-rest/task/" + id, JsonNode.class).getStatusCode().value()).isEqualTo(404);
      assertThat(get("sathay.clerk", "/engine-rest/task?taskId=" + id)).isEmpty();
    }
    assertThat(get("sathay.clerk", "/engine-rest/history/task?taskId=" + konTumReceipt.getId())).isEmpty();
    assertThat(get("sathay.clerk", "/engine-rest/history/task?processInstanceBusinessKey=" + konTumCode)).isEmpty();
    assertThat(get("sathay.clerk", "/engine-rest/history/task/count?processInstanceBusinessKey=" + konTumCode).get("count").asLong()).isZero();

    // claim, complete: refused, nothing changed
    assertThat(status(HttpMethod.POST, "sathay.clerk", "/engine-rest/task/" + konTumReceipt.getId() + "/claim", Map.of("userId", "sathay.clerk")))
        .isIn(403, 404);
    assertThat(status(HttpMethod.POST, "sathay.clerk", "/engine-rest/task/" + konTumReceipt.getId() + "/complete",
        Map.of("variables", Map.of("receiptDecision", Map.of("value", "accept", "type", "String"))))).isIn(403, 404);
    Task unchanged = taskService.createTaskQuery().taskId(konTumReceipt.getId()).singleResult();
    assertThat(unchanged).as("Kon Tum's receipt is still open").isNotNull();
    assertThat(unchanged.getAssignee()).isNull();

    // Kon Tum's own clerk does see it: the checks above are not blind
    assertThat(ids(get("kontum.clerk", "/engine-rest/task?candidateGroup=clerk&sortBy=created&sortOrder=desc&maxResults=2000")))
        .contains(konTumReceipt.getId()).doesNotContainAnyElementsOf(ids(list));
  }

  @Test
  void aClerkCannotWorkOnItsCommunesReviewNorApprovalAndASpecialistNotOnTheApproval() {
    String code = flow.submitOnline(BIRTH, Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", Roles.CLERK, "sa-thay", Map.of("receiptDecision", "accept"));
    Task review = flow.task(code, "UserTask_ReviewDossier");
    assertThat(review.getTenantId()).isEqualTo("sa-thay");

    assertThat(http.get("sathay.clerk", "/engine-rest/task/" + review.getId(), JsonNode.class).getStatusCode().value()).isEqualTo(404);
    assertThat(status(HttpMethod.POST, "sathay.clerk", "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "sathay.clerk")))
        .isIn(403, 404);
    assertThat(status(HttpMethod.POST, "sathay.clerk", "/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", Map.of("reviewDecision", Map.of("value", "approve", "type", "String"))))).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();

    assertThat(status(HttpMethod.POST, "sathay.specialist", "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "sathay.specialist")))
        .isEqualTo(204);
    assertThat(status(HttpMethod.POST, "sathay.specialist", "/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", Map.of(
            "reviewDecision", Map.of("value", "approve", "type", "String"),
            "reviewNote", Map.of("value", "Đủ điều kiện.", "type", "String"))))).isEqualTo(204);
    flow.runJobs();
    Task approval = flow.task(code, "UserTask_ApproveDossier");
    assertThat(approval).isNotNull();

    for (String refused : List.of("sathay.clerk", "sathay.specialist")) {
      assertThat(status(HttpMethod.POST, refused, "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", refused)))
          .as(refused + " claims the approval").isIn(403, 404);
      assertThat(status(HttpMethod.POST, refused, "/engine-rest/task/" + approval.getId() + "/complete",
          Map.of("variables", Map.of("approvalDecision", Map.of("value", "approve", "type", "String")))))
          .as(refused + " completes the approval").isIn(403, 404);
      assertThat(status(HttpMethod.POST, refused, "/engine-rest/task/" + approval.getId() + "/assignee", Map.of("userId", refused)))
          .as(refused + " assigns the approval to itself").isIn(403, 404);
    }
    Task still = taskService.createTaskQuery().taskId(approval.getId()).singleResult();
    assertThat(still).isNotNull();
    assertThat(still.getAssignee()).isNull();
    assertThat(status(HttpMethod.POST, "sathay.leader", "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", "sathay.leader")))
        .isEqualTo(204);
  }
}
