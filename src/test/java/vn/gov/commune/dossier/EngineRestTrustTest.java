package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.organisation.IdentityBootstrap;
import vn.gov.commune.security.Roles;
import vn.gov.commune.simulator.DvcqgSimulator;
import vn.gov.commune.simulator.SigningSimulator;
import vn.gov.commune.simulator.SimulatorFaults;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * Issue 10, cases 1, 5 and 6: the engine's REST API is no side door. People start only what their
 * role may start, internal processes only the product; every step works on the dossier of its
 * business key in its own commune; the approver is a leader of the commune who did not review;
 * a refused job call changes nothing; supervisors retry their own commune's incidents.
 */
@IntegrationTest
class EngineRestTrustTest {

  static final String BIRTH = "1.001193";
  static final String DUAL = "sathay.dualrole"; // specialist and leader of sa-thay

  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityBootstrap bootstrap;
  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired HistoryRepository historyEntries;
  @Autowired DvcqgSimulator dvcqg;
  @Autowired SigningSimulator signing;
  @Autowired SimulatorFaults faults;

  DossierTestSupport flow;
  Http http;

  @BeforeEach
  void setUp() {
    flow = new DossierTestSupport(rest, management, taskService, identity);
    http = new Http(rest);
    at("2026-03-02T09:00:00+07:00");
  }

  @AfterEach
  void tearDown() {
    faults.reset();
    ClockUtil.reset();
    if (identity.createUserQuery().userId(DUAL).count() > 0) {
      identity.deleteUser(DUAL);
    }
    DossierTestSupport.deleteRunningInstances(runtime);
  }

  private String submitSaThay() {
    return flow.submitOnline(BIRTH, Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));
  }

  private static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private ResponseEntity<JsonNode> post(String user, String url, Object body) {
    return http.send(HttpMethod.POST, user, url, body, JsonNode.class);
  }

  private static void assertForbidden(ResponseEntity<JsonNode> answer) {
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(403);
  }

  private int historySize(String code) {
    return historyEntries.findByDossierCodeOrderById(code).size();
  }

  private Dossier dossier(String code) {
    return dossiers.findByCode(code).orElseThrow();
  }

  // ---- case 1: forged starts ----------------------------------------------------------------

  @Test
  void clerkCannotStartStatusSyncThroughEngineRest() {
    String code = submitSaThay();
    Map<String, Object> variables = new HashMap<>();
    variables.put("dossierCode", variable(code, "String"));
    variables.put("statusCode", variable(10, "Integer"));
    variables.put("statusName", variable("Đã trả kết quả", "String"));
    variables.put("statusSequence", variable(99, "Integer"));
    variables.put("statusChangedAt", variable("2026-03-02T09:30:00.000+0700", "Date"));
    ResponseEntity<JsonNode> answer =
        post("kontum.clerk", "/engine-rest/process-definition/key/dossier-status-sync/start", Map.of("businessKey", code, "variables", variables));
    flow.runJobs();

    assertForbidden(answer);
    assertThat(dvcqg.statusSyncs(code)).noneMatch(s -> s.statusCode() == 10 || s.sequence() == 99);
  }

  @Test
  void clerkCannotStartProcessingOfAnotherCommunesDossier() {
    String code = submitSaThay();
    assertProcessingStartRefused("kontum.clerk", code, Map.of());
    assertThat(historyEntries.findByDossierCodeOrderById(code)).noneMatch(e -> "kontum.clerk".equals(e.getActor()));
  }

  /** {@code user} starting dossier-processing for the dossier is refused, and the dossier is untouched. */
  private void assertProcessingStartRefused(String user, String code, Map<String, Object> variables) {
    int before = historySize(code);
    Map<String, Object> all = new HashMap<>(variables);
    all.put("dossierCode", variable(code, "String"));
    ResponseEntity<JsonNode> answer =
        post(user, "/engine-rest/process-definition/key/dossier-processing/start", Map.of("businessKey", code, "variables", all));
    flow.runJobs();

    assertForbidden(answer);
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.REGISTERED);
    assertThat(historySize(code)).isEqualTo(before);
  }

  @Test
  void clerkCannotCorrelateThePortalSubmissionOfAnotherCommunesDossier() {
    String code = submitSaThay();
    ResponseEntity<JsonNode> answer = post(
        "kontum.clerk",
        "/engine-rest/message",
        Map.of("messageName", "DossierSubmitted", "businessKey", code, "processVariables", Map.of("dossierCode", variable(code, "String"))));
    flow.runJobs();

    assertForbidden(answer);
    assertThat(taskService.createTaskQuery().tenantIdIn("kon-tum").processInstanceBusinessKey(code).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().tenantIdIn("kon-tum").processInstanceBusinessKey(code).count()).isZero();
  }

  @Test
  void clerkCannotStartProcessingOfOwnDossierAsItsOwnReviewerAndApprover() {
    assertProcessingStartRefused("sathay.clerk", submitSaThay(), Map.of(
        "processingGroup", variable(Roles.CLERK, "String"),
        "approverGroup", variable(Roles.CLERK, "String")));
  }

  @Test
  void clerkStartsOnlyTheCounterDossierAndCertifyCopy() {
    ResponseEntity<JsonNode> definitions =
        http.get("sathay.clerk", "/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true&latestVersion=true", JsonNode.class);
    assertThat(definitions.getBody().findValuesAsText("key")).containsExactlyInAnyOrder("dossier", "certify-copy");
    ResponseEntity<JsonNode> copy = post("sathay.clerk", "/engine-rest/process-definition/key/certify-copy/start", Map.of("variables", Map.of(
        "applicantName", variable("Nguyễn Văn An", "String"),
        "documentTitle", variable("Bằng tốt nghiệp", "String"),
        "pageCount", variable(1, "Integer"),
        "copyCount", variable(1, "Integer"))));
    assertThat(copy.getStatusCode().value()).as(String.valueOf(copy.getBody())).isEqualTo(200);
  }

  @Test
  void clerkStartsACopyOnlyAtItsStartEvent() {
    ResponseEntity<JsonNode> answer = post("sathay.clerk", "/engine-rest/process-definition/key/certify-copy/start", Map.of(
        "variables", Map.of("applicantName", variable("Nguyễn Văn An", "String"), "dueDate", variable("2026-03-02T17:00:00.000+0700", "Date")),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_SignCertification")),
        "skipCustomListeners", true));

    assertForbidden(answer);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("certify-copy").count()).isZero();
  }

  @Test
  void staffCannotCorrelateInternalMessagesToWaitingDossiers() {
    String code = submitSaThay();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", Roles.CLERK, "sa-thay", Map.of("receiptDecision", "accept"));
    int before = historySize(code);
    for (String user : List.of("sathay.clerk", "sathay.specialist", "sathay.leader", "sathay.supervisor")) {
      ResponseEntity<JsonNode> answer = post(user, "/engine-rest/message", Map.of(
          "messageName", "ProcessingFinished", "businessKey", code,
          "processVariables", Map.of("processingOutcome", variable("APPROVED", "String"))));
      assertThat(answer.getStatusCode().value()).as(user + ": " + answer.getBody()).isIn(400, 403);
    }
    flow.runJobs();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(historySize(code)).isEqualTo(before);
    assertThat(flow.task(code, "UserTask_ReviewDossier")).isNotNull();
  }

  @Test
  void bootstrapRemovesTheWildcardStartGrantOfAnOlderVersion() {
    Authorization old = authorizations.createAuthorizationQuery().groupIdIn(Roles.CLERK).resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    old.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(old);

    bootstrap.run(null);

    assertThat(authorizations.isUserAuthorized("kontum.clerk", List.of(Roles.CLERK), ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "dossier-status-sync")).isFalse();
    assertThat(authorizations.isUserAuthorized("kontum.clerk", List.of(Roles.CLERK), ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "dossier")).isTrue();
    Map<String, Integer> revisions = authorizationRevisions();
    bootstrap.run(null);
    assertThat(authorizationRevisions()).as("a converged database is left as it is").isEqualTo(revisions);
  }

  private Map<String, Integer> authorizationRevisions() {
    Map<String, Integer> revisions = new HashMap<>();
    authorizations.createAuthorizationQuery().list().forEach(a -> revisions.put(a.getId(), ((AuthorizationEntity) a).getRevision()));
    return revisions;
  }

  @Test
  void receiptCannotRedirectTheDossierNorChooseTheApprover() {
    String other = submitSaThay();
    int otherHistory = historySize(other);
    String code = submitSaThay();
    Task receipt = flow.task(code, "UserTask_ReceiveDossier");
    ResponseEntity<JsonNode> answer = post("sathay.clerk", "/engine-rest/task/" + receipt.getId() + "/complete", Map.of("variables", Map.of(
        "receiptDecision", variable("accept", "String"),
        "dossierCode", variable(other, "String"),
        "processingGroup", variable(Roles.CLERK, "String"),
        "approverGroup", variable(Roles.CLERK, "String"))));
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(204);
    flow.runJobs();

    assertThat(dossier(other).getStatus()).as("the other dossier is untouched").isEqualTo(DossierStatus.REGISTERED);
    assertThat(historySize(other)).isEqualTo(otherHistory);
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);
    Task review = flow.task(code, "UserTask_ReviewDossier");
    assertThat(candidateGroups(review)).containsExactly(Roles.SPECIALIST);
    flow.complete(code, "UserTask_ReviewDossier", "sathay.specialist", Roles.SPECIALIST, "sa-thay",
        Map.of("reviewDecision", "approve", "reviewNote", "Đủ điều kiện.", "approverGroup", Roles.SPECIALIST));
    assertThat(candidateGroups(flow.task(code, "UserTask_ApproveDossier"))).containsExactly(Roles.LEADER);
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  // ---- case 1: four eyes --------------------------------------------------------------------

  private void createDualRoleUser() {
    User user = identity.newUser(DUAL);
    user.setFirstName("Hai");
    user.setLastName("Vai");
    user.setPassword(DUAL);
    // a test user like the demo users (password = id, no second factor in tests: see application-test.yaml)
    ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
    identity.createMembership(DUAL, Roles.SPECIALIST);
    identity.createMembership(DUAL, Roles.LEADER);
    identity.createTenantUserMembership("sa-thay", DUAL);
  }

  private ResponseEntity<JsonNode> completeOverRest(String user, Task task, Map<String, Object> variables) {
    return post(user, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables));
  }

  @Test
  void theReviewerCannotApproveAndOnlyALeaderOfTheCommuneSigns() {
    createDualRoleUser();
    String code = submitSaThay();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", Roles.CLERK, "sa-thay", Map.of("receiptDecision", "accept"));
    Task review = flow.task(code, "UserTask_ReviewDossier");
    assertThat(completeOverRest(DUAL, review, Map.of(
        "reviewDecision", variable("approve", "String"), "reviewNote", variable("Đủ điều kiện.", "String"))).getStatusCode().value()).isEqualTo(204);
    flow.runJobs();
    Task approval = flow.task(code, "UserTask_ApproveDossier");
    int before = historySize(code);
    Map<String, Object> approve = Map.of("approvalDecision", variable("approve", "String"), "approvedBy", variable("sathay.leader", "String"));

    for (String refused : List.of(DUAL, "demo", "kontum.leader")) {
      ResponseEntity<JsonNode> answer = completeOverRest(refused, approval, approve);
      assertThat(answer.getStatusCode().value()).as(refused + ": " + answer.getBody()).isIn(403, 404);
    }
    flow.runJobs();
    assertThat(flow.task(code, "UserTask_ApproveDossier")).as("the approval is still open").isNotNull();
    assertThat(dossier(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(historySize(code)).isEqualTo(before);
    assertThat(signing.signaturesFor(code)).isEmpty();

    assertThat(completeOverRest("sathay.leader", approval, Map.of(
        "approvalDecision", variable("approve", "String"), "approvedBy", variable(DUAL, "String"))).getStatusCode().value()).isEqualTo(204);
    flow.runJobs();
    assertThat(dossier(code).getStatus()).isIn(DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED);
    assertThat(signing.signaturesFor(code)).singleElement().satisfies(s -> assertThat(s.request().signerUserId()).isEqualTo("sathay.leader"));
  }

  @Test
  void theCopyIsSignedByALeaderWhoDidNotCompareIt() {
    createDualRoleUser();
    ResponseEntity<JsonNode> started = post("sathay.clerk", "/engine-rest/process-definition/key/certify-copy/start", Map.of("variables", Map.of(
        "applicantName", variable("Nguyễn Văn An", "String"),
        "documentTitle", variable("Bằng tốt nghiệp", "String"),
        "pageCount", variable(1, "Integer"),
        "copyCount", variable(1, "Integer"))));
    String instanceId = started.getBody().get("id").asText();
    Task compare = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(completeOverRest(DUAL, compare, Map.of("comparisonResult", variable("match", "String"))).getStatusCode().value()).isEqualTo(204);
    Task sign = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(sign.getTaskDefinitionKey()).isEqualTo("UserTask_SignCertification");

    Map<String, Object> decision = Map.of("signDecision", variable("sign", "String"), "signedBy", variable("sathay.leader", "String"));
    assertThat(completeOverRest(DUAL, sign, decision).getStatusCode().value()).isEqualTo(403);
    assertThat(completeOverRest("demo", sign, decision).getStatusCode().value()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(sign.getId()).count()).isEqualTo(1);

    assertThat(completeOverRest("sathay.leader", sign, Map.of(
        "signDecision", variable("sign", "String"), "signedBy", variable(DUAL, "String"))).getStatusCode().value()).isEqualTo(204);
    assertThat(runtime.getVariable(instanceId, "signedBy")).isEqualTo("sathay.leader");
  }

  // ---- case 5: someone else's job -----------------------------------------------------------

  @Test
  void executingAnotherCommunesJobChangesNothing() {
    String code = submitSaThay();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", Roles.CLERK, "sa-thay", Map.of("receiptDecision", "accept"));
    String instanceId = dossier(code).getProcessInstanceId();
    Job timer = management.createJobQuery().processInstanceId(instanceId).timers().list().get(0);
    long failedLogs = history.createHistoricJobLogQuery().jobId(timer.getId()).failureLog().count();

    for (String user : List.of("kontum.supervisor", "kontum.clerk", "kontum.leader", "sathay.clerk", "sathay.supervisor")) {
      ResponseEntity<JsonNode> answer = post(user, "/engine-rest/job/" + timer.getId() + "/execute", null);
      assertThat(answer.getStatusCode().value()).as(user + ": " + answer.getBody()).isIn(403, 404);
    }

    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after).as("the timer has not fired").isNotNull();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(runtime.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(history.createHistoricJobLogQuery().jobId(timer.getId()).failureLog().count()).isEqualTo(failedLogs);
  }

  /**
   * The webapps carry their own copy of the engine's REST API ({@code /camunda/api/engine/...}, the
   * Tasklist or Cockpit session): the same refusals hold there.
   */
  @Test
  void theWebappsCopyOfTheEngineApiRefusesTheSame() {
    String code = submitSaThay();
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", Roles.CLERK, "sa-thay", Map.of("receiptDecision", "accept"));
    String instanceId = dossier(code).getProcessInstanceId();
    Job timer = management.createJobQuery().processInstanceId(instanceId).timers().list().get(0);

    for (String user : List.of("kontum.supervisor", "kontum.clerk", "sathay.clerk")) {
      HttpHeaders session = webappSession(user, user.endsWith("supervisor") ? "cockpit" : "tasklist");
      ResponseEntity<String> execute =
          rest.exchange("/camunda/api/engine/engine/default/job/" + timer.getId() + "/execute", HttpMethod.POST, new HttpEntity<>(session), String.class);
      assertThat(execute.getStatusCode().value()).as(user + ": " + execute.getBody()).isIn(401, 403, 404);
    }
    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after).as("the timer has not fired").isNotNull();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(runtime.createIncidentQuery().processInstanceId(instanceId).count()).isZero();

    HttpHeaders clerk = webappSession("kontum.clerk", "tasklist");
    clerk.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> variables = new HashMap<>();
    variables.put("dossierCode", variable(code, "String"));
    variables.put("statusCode", variable(10, "Integer"));
    variables.put("statusSequence", variable(99, "Integer"));
    ResponseEntity<String> start =
        rest.exchange(
            "/camunda/api/engine/engine/default/process-definition/key/dossier-status-sync/start",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("businessKey", code, "variables", variables), clerk),
            String.class);
    assertThat(start.getStatusCode().value()).as(start.getBody()).isIn(401, 403);
    flow.runJobs();
    assertThat(dvcqg.statusSyncs(code)).noneMatch(s -> s.statusCode() == 10 || s.sequence() == 99);
  }

  /** A browser's webapp session after Camunda's login form: its cookies and CSRF token as request headers. */
  private HttpHeaders webappSession(String user, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    headers.set("X-XSRF-TOKEN", token);
    org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login =
        rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(user + " logs in: " + login.getBody()).isEqualTo(200);
    login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    // the login renews the session, so the new session's CSRF token comes with the next read, as in a browser
    HttpHeaders session = new HttpHeaders();
    session.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    ResponseEntity<String> read = rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(session), String.class);
    read.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> addCookie(cookies, c));
    session.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    session.set("X-XSRF-TOKEN", read.getHeaders().getFirst("X-XSRF-TOKEN"));
    session.setAccept(List.of(MediaType.APPLICATION_JSON));
    return session;
  }

  private static void addCookie(Map<String, String> cookies, String setCookie) {
    String pair = setCookie.substring(0, setCookie.contains(";") ? setCookie.indexOf(';') : setCookie.length());
    cookies.put(pair.substring(0, pair.indexOf('=')), pair);
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return String.join("; ", cookies.values());
  }

  // ---- case 6: supervisors retry their commune's incidents ----------------------------------

  /** A dossier of {@code commune} whose status sync to DVCQG (a product job of the commune) failed until an incident. */
  private Incident failedStatusSync(String commune) {
    String code = flow.submitOnline(BIRTH, commune, null, Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF));
    faults.set(NationalService.DVCQG, 0L, true);
    flow.complete(code, "UserTask_ReceiveDossier", commune.replace("-", "") + ".clerk", Roles.CLERK, commune, Map.of("receiptDecision", "accept"));
    for (int attempt = 0; attempt < 3; attempt++) {
      for (Job job : flow.statusSyncJobs(code)) {
        if (job.getRetries() > 0) {
          try {
            management.executeJob(job.getId());
          } catch (RuntimeException expected) {
            // DVCQG answers 503
          }
        }
      }
    }
    faults.reset();
    List<String> jobs = flow.statusSyncJobs(code).stream().map(Job::getId).toList();
    return runtime.createIncidentQuery().tenantIdIn(commune).list().stream()
        .filter(i -> jobs.contains(i.getConfiguration()))
        .findFirst().orElseThrow();
  }

  @Test
  void supervisorRetriesIncidentsOfItsOwnCommuneOnly() {
    Incident own = failedStatusSync("sa-thay");
    Incident other = failedStatusSync("kon-tum");

    ResponseEntity<JsonNode> foreign = http.send(HttpMethod.PUT, "sathay.supervisor", "/engine-rest/job/" + other.getConfiguration() + "/retries", Map.of("retries", 1), JsonNode.class);
    assertThat(foreign.getStatusCode().value()).as(String.valueOf(foreign.getBody())).isIn(403, 404);
    assertThat(management.createJobQuery().jobId(other.getConfiguration()).singleResult().getRetries()).isZero();
    assertThat(runtime.createIncidentQuery().incidentId(other.getId()).count()).isEqualTo(1);

    // the page "Giám sát" lists the commune's own failed job only, and retries it through Cockpit's engine API
    JsonNode listed = http.send(HttpMethod.GET, "sathay.supervisor", "/api/reports/failed-jobs", null, JsonNode.class).getBody();
    assertThat(listed.get("communes")).hasSize(1);
    assertThat(listed.get("communes").get(0).get("communeId").asText()).isEqualTo("sa-thay");
    assertThat(listed.get("communes").get(0).get("jobs").findValuesAsText("jobId")).contains(own.getConfiguration()).doesNotContain(other.getConfiguration());
    assertThat(http.send(HttpMethod.GET, "sathay.supervisor", "/api/reports/failed-jobs?communeId=kon-tum", null, JsonNode.class).getStatusCode().value())
        .isEqualTo(403);
    HttpHeaders cockpit = webappSession("sathay.supervisor", "cockpit");
    cockpit.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> foreignInCockpit = rest.exchange("/camunda/api/engine/engine/default/job/" + other.getConfiguration() + "/retries",
        HttpMethod.PUT, new HttpEntity<>(Map.of("retries", 1), cockpit), String.class);
    // Camunda's tenant check answers 500 "ENGINE-13034 … belongs to no authenticated tenant": a refused permission
    assertThat(foreignInCockpit.getStatusCode().value()).as(foreignInCockpit.getBody()).isEqualTo(403);
    assertThat(foreignInCockpit.getBody()).contains("thuộc xã/phường khác").doesNotContain("ENGINE-");
    HttpHeaders clerk = webappSession("sathay.clerk", "tasklist");
    clerk.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> byTheClerk = rest.exchange("/camunda/api/engine/engine/default/job/" + own.getConfiguration() + "/retries",
        HttpMethod.PUT, new HttpEntity<>(Map.of("retries", 1), clerk), String.class);
    assertThat(byTheClerk.getStatusCode().value()).as(byTheClerk.getBody()).isIn(403, 404);
    assertThat(management.createJobQuery().jobId(own.getConfiguration()).singleResult().getRetries()).isZero();
    assertThat(management.createJobQuery().jobId(other.getConfiguration()).singleResult().getRetries()).isZero();

    Map<String, Object> now = new HashMap<>(); // what the button sends: one retry, due now (not 15 minutes after the last try)
    now.put("retries", 1);
    now.put("dueDate", null);
    ResponseEntity<String> retried = rest.exchange("/camunda/api/engine/engine/default/job/" + own.getConfiguration() + "/retries",
        HttpMethod.PUT, new HttpEntity<>(now, cockpit), String.class);
    assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);
    assertThat(management.createJobQuery().jobId(own.getConfiguration()).executable().count()).as("due now").isEqualTo(1);
    assertThat(runtime.createIncidentQuery().incidentId(own.getId()).count()).as("the incident is resolved").isZero();
    management.executeJob(own.getConfiguration()); // the job executor picks it up at its due date
    assertThat(management.createJobQuery().jobId(own.getConfiguration()).count()).as("the sync went through").isZero();

    String instance = runtime.createProcessInstanceQuery().tenantIdIn("kon-tum").processDefinitionKey("dossier").list().get(0).getId();
    String ownInstance = runtime.createProcessInstanceQuery().tenantIdIn("sa-thay").processDefinitionKey("dossier").list().get(0).getId();
    assertThat(http.send(HttpMethod.DELETE, "sathay.supervisor", "/engine-rest/process-instance/" + ownInstance, null, JsonNode.class).getStatusCode().value()).isEqualTo(403);
    assertThat(http.send(HttpMethod.PUT, "sathay.supervisor", "/engine-rest/process-instance/" + ownInstance + "/variables/fee",
        variable(0, "Integer"), JsonNode.class).getStatusCode().value()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(ownInstance).count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
  }
}
