package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Drives dossiers through the product as the portal, the clerks and the job executor would. */
final class DossierTestSupport {

  /** Process variables from name, value pairs. */
  static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** A one-page PDF with Vietnamese text (digitisation parses every component: a PDF without pages is corrupt). */
  static final byte[] PDF = vn.gov.commune.digitisation.TestFiles.pdf("Tờ khai đăng ký khai sinh: Nguyễn Minh Khôi, sinh ngày 01/03/2026.");
  static final String CITIZEN = "062095001234"; // Nguyễn Văn An in the simulated population database

  private final TestRestTemplate rest;
  private final ManagementService management;
  private final TaskService tasks;
  private final IdentityService identity;

  DossierTestSupport(TestRestTemplate rest, ManagementService management, TaskService tasks, IdentityService identity) {
    this.rest = rest;
    this.management = management;
    this.tasks = tasks;
    this.identity = identity;
  }

  static void at(String isoDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
  }

  static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  static String application(String procedure, String receiving, String competent, String name) {
    return """
        {"procedureCode":"%s","receivingCommuneId":"%s","competentCommuneId":%s,"channel":"ONLINE",
         "applicant":{"personalId":"%s","fullName":"%s","phone":"0905123456","address":"Thôn 1, xã Sa Thầy"},
         "copies":1,"pages":1,"data":{"ghiChu":"thử nghiệm"}}
        """.formatted(procedure, receiving, competent == null ? "null" : "\"" + competent + "\"", CITIZEN, name);
  }

  ResponseEntity<Map> submit(String user, String key, String applicationJson, Map<String, byte[]> files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    HttpHeaders jsonPart = new HttpHeaders();
    jsonPart.setContentType(MediaType.APPLICATION_JSON);
    body.add("application", new HttpEntity<>(applicationJson, jsonPart));
    files.forEach((component, content) -> body.add(component, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return component.toLowerCase() + ".pdf";
      }
    }));
    HttpHeaders headers = basic(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    return rest.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  /** An online birth registration (same-day procedure) for sa-thay; returns the dossier code. */
  String submitOnline(String procedure, Map<String, byte[]> files) {
    return submitOnline(procedure, "sa-thay", null, files);
  }

  String submitOnline(String procedure, String receiving, String competent, Map<String, byte[]> files) {
    ResponseEntity<Map> answer = submit("portal", UUID.randomUUID().toString(), application(procedure, receiving, competent, "Nguyễn Văn An"), files);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    String code = (String) answer.getBody().get("code");
    runJobs();
    return code;
  }

  ResponseEntity<Map> supplement(String code, Map<String, byte[]> files, String note) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("note", note);
    files.forEach((component, content) -> body.add(component, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return component.toLowerCase() + ".pdf";
      }
    }));
    HttpHeaders headers = basic("portal");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/api/dossiers/" + code + "/supplement", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  <T> ResponseEntity<T> post(String user, String url, Object body, Class<T> type) {
    HttpHeaders headers = basic(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), type);
  }

  <T> ResponseEntity<T> get(String user, String url, Class<T> type) {
    return rest.exchange(url, HttpMethod.GET, new HttpEntity<>(user == null ? new HttpHeaders() : basic(user)), type);
  }

  /** Runs every job that is due (async steps, status syncs, due timers) until none is left; failures stay for their retry. */
  void runJobs() {
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      boolean progressed = false;
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
          progressed = true;
        } catch (RuntimeException failed) {
          // the job keeps its decremented retries and a later due date: an outage, retried later
        }
      }
      if (!progressed && management.createJobQuery().executable().count() == due.size()) {
        return;
      }
    }
  }

  /** The dossier's status sync jobs still queued (product jobs of kind status-sync), retries left or not. */
  List<Job> statusSyncJobs(String code) {
    String prefix = DossierService.STATUS_SYNC_JOB + ":" + code + ":";
    return management.createJobQuery().processDefinitionKey(vn.gov.commune.engine.ProductJobs.HANDLER_TYPE).list().stream()
        .filter(j -> ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).getJobHandlerConfigurationRaw().startsWith(prefix))
        .toList();
  }

  Task task(String code, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).singleResult();
  }

  /** Completes the dossier's open task {@code taskKey} as {@code user} of {@code commune} with {@code group}. */
  void complete(String code, String taskKey, String user, String group, String commune, Map<String, Object> variables) {
    Task task = task(code, taskKey);
    assertThat(task).as("open task " + taskKey + " of " + code).isNotNull();
    identity.setAuthentication(user, List.of(group), List.of(commune));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runJobs();
  }

  /** Deletes every running process instance the test left (top-level ones; their called instances go with them). */
  static void deleteRunningInstances(org.camunda.bpm.engine.RuntimeService runtime) {
    for (org.camunda.bpm.engine.runtime.ProcessInstance p : runtime.createProcessInstanceQuery().list()) {
      if (runtime.createProcessInstanceQuery().processInstanceId(p.getId()).count() == 1
          && runtime.createProcessInstanceQuery().subProcessInstanceId(p.getId()).count() == 0) {
        runtime.deleteProcessInstance(p.getId(), "test cleanup");
      }
    }
  }
}
