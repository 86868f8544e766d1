package vn.gov.commune.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.security.Roles;
import vn.gov.commune.support.IntegrationTest;
import vn.gov.commune.support.TestUsers;

/**
 * Tasklist tells work apart: every commune has "Sắp đến hạn", "Quá hạn", "Kế hoạch chuyển đổi số" and
 * one filter per procedure, seen only by its own staff; every filter shows the task's card (dossier
 * code, applicant, procedure), which a clerk can read; the due-date filters count in working days.
 */
@IntegrationTest
class TaskFiltersTest {

  static final byte[] PDF = vn.gov.commune.digitisation.TestFiles.pdf("Tờ khai đăng ký khai sinh: Nguyễn Minh Khôi.");

  @Autowired TestRestTemplate rest;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired TaskFilterBootstrap bootstrap;

  private final List<String> standaloneTasks = new ArrayList<>();

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    standaloneTasks.forEach(id -> tasks.deleteTask(id, true));
  }

  static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return headers;
  }

  /** The task filters {@code user} sees in Tasklist (Tasklist asks GET /filter?resourceType=Task). */
  JsonNode filtersOf(String user) {
    ResponseEntity<JsonNode> answer = rest.exchange(
        "/engine-rest/filter?resourceType=Task", HttpMethod.GET, new HttpEntity<>(basic(user)), JsonNode.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    return answer.getBody();
  }

  /** The names of the commune's filters (null: the filters of no commune), in Tasklist's order (priority). */
  static List<String> names(JsonNode filterList, String commune) {
    List<JsonNode> chosen = new ArrayList<>();
    filterList.forEach(f -> {
      if (commune == null ? !f.path("properties").has("communeId") : commune.equals(f.path("properties").path("communeId").asText())) {
        chosen.add(f);
      }
    });
    chosen.sort(java.util.Comparator.comparingInt(f -> f.path("properties").path("priority").asInt()));
    return chosen.stream().map(f -> f.get("name").asText()).toList();
  }

  Filter communeFilter(String commune, String kind) {
    return filters.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && commune.equals(f.getProperties().get("communeId")) && kind.equals(f.getProperties().get("filterKind")))
        .findFirst().orElseThrow();
  }

  @Test
  void everyCommuneHasItsFiltersWithTheCardVariablesSeenOnlyByItsOwnStaff() {
    JsonNode sathay = filtersOf("sathay.clerk");
    assertThat(names(sathay, "sa-thay"))
        .startsWith("Sắp đến hạn", "Quá hạn", "Kế hoạch chuyển đổi số")
        .contains("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử")
        .hasSize(3 + 8);
    assertThat(names(sathay, "kon-tum")).isEmpty();
    assertThat(names(sathay, null)).containsExactly("Việc của tôi", "Việc của nhóm tôi");

    JsonNode kontum = filtersOf("kontum.clerk");
    assertThat(names(kontum, "kon-tum")).hasSize(3 + 8).contains("Sắp đến hạn", "Quá hạn", "Đăng ký khai sinh");
    assertThat(names(kontum, "sa-thay")).isEmpty();
    // every role of the commune, not only the clerk
    assertThat(names(filtersOf("sathay.unithead"), "sa-thay")).contains("Kế hoạch chuyển đổi số", "Quá hạn");
    assertThat(names(filtersOf("kontum.supervisor"), "sa-thay")).isEmpty();

    for (JsonNode filter : sathay) {
      List<String> variables = new ArrayList<>();
      filter.path("properties").path("variables").forEach(v -> variables.add(v.get("name").asText() + "=" + v.get("label").asText()));
      assertThat(variables).as(filter.get("name").asText()).containsExactly(
          "cardDossierCode=Mã hồ sơ", "cardApplicantName=Người nộp", "cardProcedureName=Thủ tục",
          "cardPlanNumber=Kế hoạch số", "cardTaskContent=Nhiệm vụ");
    }
    // a long procedure name is shortened in the list, in full in the description (shown on hover)
    JsonNode certify = null;
    for (JsonNode f : sathay) {
      if ("procedure:2.000815".equals(f.path("properties").path("filterKind").asText())) {
        certify = f;
      }
    }
    assertThat(certify).isNotNull();
    assertThat(certify.get("name").asText()).endsWith("…").hasSizeLessThanOrEqualTo(TaskFilterBootstrap.MAX_NAME);
    assertThat(certify.path("properties").path("description").asText()).contains("Chứng thực bản sao từ bản chính giấy tờ, văn bản", "2.000815");
  }

  @Test
  void aNewStaffMemberOfACommuneGetsItsFiltersAtTheNextSyncAndLosesThemWhenMovedAway() {
    String userId = "kontum.newclerk";
    TestUsers.create(identity, userId, "Mới", "Cán bộ", Roles.CLERK);
    identity.createTenantUserMembership("kon-tum", userId);
    bootstrap.sync();
    assertThat(identity.createUserQuery().memberOfGroup("staff.kon-tum").userId(userId).count()).isEqualTo(1);
    assertThat(filters.createFilterQuery().list()).isNotEmpty();
    identity.setAuthentication(userId, List.of(Roles.CLERK, "staff.kon-tum"), List.of("kon-tum"));
    try {
      assertThat(filters.createTaskFilterQuery().list())
          .extracting(f -> String.valueOf(f.getProperties().get("communeId")))
          .contains("kon-tum").doesNotContain("sa-thay");
    } finally {
      identity.clearAuthentication();
    }

    identity.deleteTenantUserMembership("kon-tum", userId);
    identity.createTenantUserMembership("sa-thay", userId);
    bootstrap.sync();
    assertThat(identity.createGroupQuery().groupMember(userId).list())
        .extracting(g -> g.getId()).contains("staff.sa-thay").doesNotContain("staff.kon-tum");
    identity.deleteTenantUserMembership("sa-thay", userId);
    bootstrap.sync();
    assertThat(identity.createGroupQuery().groupMember(userId).list()).extracting(g -> g.getId()).containsExactly(Roles.CLERK);
  }

  @Test
  void theSyncIsIdempotent() {
    int before = filters.createTaskFilterQuery().list().size();
    Filter overdue = communeFilter("sa-thay", "overdue");
    bootstrap.sync();
    bootstrap.sync();
    assertThat(filters.createTaskFilterQuery().list()).hasSize(before);
    assertThat(communeFilter("sa-thay", "overdue").getId()).isEqualTo(overdue.getId());
  }

  // ---- due dates --------------------------------------------------------------------------------

  static Date at(String iso) {
    return Date.from(OffsetDateTime.parse(iso).toInstant());
  }

  String task(String name, String commune, String due) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setTenantId(commune);
    task.setDueDate(at(due));
    tasks.saveTask(task);
    standaloneTasks.add(task.getId());
    return task.getId();
  }

  List<String> namesIn(String commune, String kind) {
    return filters.<Task>list(communeFilter(commune, kind).getId()).stream()
        .filter(t -> standaloneTasks.contains(t.getId())).map(Task::getName).sorted().toList();
  }

  /**
   * Wednesday 29/4/2026, 10:00: 30/4 and 1/5 are holidays, so the next working day is Monday 4/5.
   * "Sắp đến hạn" holds what is due today or on Monday (not yet overdue); 24 hours of calendar time
   * would have missed Monday.
   */
  @Test
  void dueSoonCountsWorkingDaysAndOverdueIsWhatIsPastItsDueDate() {
    task("A quá hạn hôm qua", "sa-thay", "2026-04-28T17:00:00+07:00");
    task("B hạn chiều nay", "sa-thay", "2026-04-29T17:00:00+07:00");
    task("C hạn thứ Hai sau kỳ nghỉ", "sa-thay", "2026-05-04T16:00:00+07:00");
    task("D hạn thứ Ba", "sa-thay", "2026-05-05T09:00:00+07:00");
    task("E của phường khác", "kon-tum", "2026-04-29T17:00:00+07:00");
    ClockUtil.setCurrentTime(at("2026-04-29T10:00:00+07:00"));

    assertThat(namesIn("sa-thay", "due-soon")).containsExactly("B hạn chiều nay", "C hạn thứ Hai sau kỳ nghỉ");
    assertThat(namesIn("sa-thay", "overdue")).containsExactly("A quá hạn hôm qua");
    assertThat(namesIn("kon-tum", "due-soon")).containsExactly("E của phường khác");

    // at 18:00 this afternoon's task has become overdue; Monday's is still due soon
    ClockUtil.setCurrentTime(at("2026-04-29T18:00:00+07:00"));
    assertThat(namesIn("sa-thay", "due-soon")).containsExactly("C hạn thứ Hai sau kỳ nghỉ");
    assertThat(namesIn("sa-thay", "overdue")).containsExactly("A quá hạn hôm qua", "B hạn chiều nay");

    // on Monday morning Tuesday's task is due within one working day
    ClockUtil.setCurrentTime(at("2026-05-04T08:00:00+07:00"));
    assertThat(namesIn("sa-thay", "due-soon")).containsExactly("C hạn thứ Hai sau kỳ nghỉ", "D hạn thứ Ba");
  }

  // ---- the card of a dossier task ---------------------------------------------------------------

  String submitBirthRegistration(String applicant) {
    ResponseEntity<Map> answer = vn.gov.commune.support.PortalSubmission.birthRegistration(rest, "sa-thay", applicant, PDF);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        break;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    return (String) answer.getBody().get("code");
  }

  /** Tasklist's list request for a filter: the tasks with the filter's variables embedded (HAL). */
  JsonNode listAs(String user, String filterId) {
    HttpHeaders headers = basic(user);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> answer = rest.exchange(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200", HttpMethod.POST,
        new HttpEntity<>("{}", headers), JsonNode.class);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    return answer.getBody();
  }

  @Test
  void theClerkSeesTheDossierCodeApplicantAndProcedureOfEachTaskAndTheProcedureFilterFindsIt() {
    String code = submitBirthRegistration("Trần Thị Bình");
    Task receive = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("UserTask_ReceiveDossier").singleResult();
    assertThat(receive).isNotNull();
    assertThat(receive.getDueDate()).as("the receipt task has its due date").isNotNull();

    String groupFilter = filters.createFilterQuery().filterName("Việc của nhóm tôi").singleResult().getId();
    JsonNode list = listAs("sathay.clerk", groupFilter);
    JsonNode card = null;
    for (JsonNode task : list.path("_embedded").path("task")) {
      if (receive.getId().equals(task.get("id").asText())) {
        card = task.path("_embedded").path("variable");
      }
    }
    assertThat(card).as("the receipt task in the clerk's list").isNotNull();
    Map<String, String> shown = new java.util.HashMap<>();
    card.forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
    assertThat(shown).containsEntry("cardDossierCode", code).containsEntry("cardApplicantName", "Trần Thị Bình")
        .containsEntry("cardProcedureName", "Đăng ký khai sinh").doesNotContainKey("cardPlanNumber");

    // the copies exist because the clerk may not read the process instance's own variables
    ResponseEntity<JsonNode> processVariables = rest.exchange(
        "/engine-rest/variable-instance?variableName=dossierCode&processInstanceIdIn=" + receive.getProcessInstanceId(),
        HttpMethod.GET, new HttpEntity<>(basic("sathay.clerk")), JsonNode.class);
    assertThat(processVariables.getBody()).isEmpty();

    // the procedure filter of the commune finds it; another procedure's and the other commune's do not
    assertThat(listAs("sathay.clerk", communeFilter("sa-thay", "procedure:1.001193").getId()).path("_embedded").path("task"))
        .extracting(t -> t.get("id").asText()).contains(receive.getId());
    assertThat(listAs("sathay.clerk", communeFilter("sa-thay", "procedure:1.000894").getId()).path("_embedded").path("task"))
        .extracting(t -> t.get("id").asText()).doesNotContain(receive.getId());
    assertThat(filters.list(communeFilter("kon-tum", "procedure:1.001193").getId()))
        .extracting(t -> ((Task) t).getId()).doesNotContain(receive.getId());

    // another commune's staff cannot even list a filter that is not theirs
    ResponseEntity<JsonNode> foreign = rest.exchange(
        "/engine-rest/filter/" + communeFilter("sa-thay", "overdue").getId() + "/list", HttpMethod.POST,
        new HttpEntity<>("{}", jsonHeaders("kontum.clerk")), JsonNode.class);
    assertThat(foreign.getStatusCode().value()).isEqualTo(403);
  }

  static HttpHeaders jsonHeaders(String user) {
    HttpHeaders headers = basic(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  @Test
  void openTasksFromBeforeGetTheirCardAtStart() {
    String code = submitBirthRegistration("Lê Văn Cường");
    Task receive = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("UserTask_ReceiveDossier").singleResult();
    TaskCards.SOURCES.keySet().forEach(card -> tasks.removeVariableLocal(receive.getId(), card));
    assertThat(tasks.getVariablesLocal(receive.getId())).doesNotContainKey("cardDossierCode");
    bootstrap.labelOpenTasks();
    assertThat(tasks.getVariablesLocal(receive.getId()))
        .containsEntry("cardDossierCode", code).containsEntry("cardApplicantName", "Lê Văn Cường");
  }
}
