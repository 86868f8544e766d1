package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.at;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.commune.simulator.LgspSimulator;
import vn.gov.commune.support.IntegrationTest;

/**
 * The catalogue field processingProcess chooses the model the hand-over starts, and a model made
 * only of the dossier templates consults two agencies in parallel through LGSP: each answer reaches
 * the step waiting for its own consultation (told apart by the consultation id), each wait has its
 * own timeout. The model is test-only (src/test/resources/test-processes).
 */
@IntegrationTest
class ProcessingModelPerProcedureTest {

  static final String BUNDLE = "LT-KT-TT-MT";
  static final String MODEL = "dossier-processing-parallel-test";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired vn.gov.commune.catalogue.ProcedureCatalogue catalogue;
  @Autowired LgspSimulator lgsp;
  @Autowired HistoryRepository historyEntries;

  DossierTestSupport flow;
  String deployment;
  /** The catalogue's own processingProcess of each version of the bundle, restored after the test. */
  List<Map<String, Object>> catalogueModels;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    flow = new DossierTestSupport(rest, management, taskService, identity);
    deployment = repository.createDeployment().addClasspathResource("test-processes/" + MODEL + ".bpmn").deploy().getId();
    catalogueModels = jdbc.queryForList(
        "SELECT procedure_version_no AS v, processing_process AS p FROM procedure_version WHERE code = ?", BUNDLE);
    vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "UPDATE procedure_version SET processing_process = ? WHERE code = ?", MODEL, BUNDLE);
    catalogue.forgetReadVersions();
    at("2026-03-02T09:00:00+07:00"); // Monday morning
  }

  @AfterEach
  void tearDown() {
    for (Map<String, Object> row : catalogueModels) {
      vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "UPDATE procedure_version SET processing_process = ? WHERE code = ? AND procedure_version_no = ?",
          row.get("p"), BUNDLE, row.get("v"));
    }
    catalogue.forgetReadVersions();
    ClockUtil.reset();
    DossierTestSupport.deleteRunningInstances(runtime);
    repository.deleteDeployment(deployment, true);
  }

  private ProcessInstance processing(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey(MODEL).singleResult();
  }

  private Object variable(String code, String name) {
    return runtime.getVariable(processing(code).getId(), name);
  }

  private int answer(String code, Map<String, Object> body) {
    return flow.post("portal", "/api/dossiers/" + code + "/consultation-answer", body, Map.class).getStatusCode().value();
  }

  @Test
  void theCatalogueChoosesTheModelAndTwoParallelConsultationsAreAnsweredAndTimedOutSeparately() {
    String code = flow.submitOnline(BUNDLE, Map.of("TO_KHAI_LIEN_THONG", PDF, "GIAY_BAO_TU", PDF));
    flow.complete(code, "UserTask_ReceiveDossier", "sathay.clerk", "clerk", "sa-thay", Map.of("receiptDecision", "accept"));
    flow.runJobs();

    // the hand-over started the model the catalogue names, not dossier-processing
    ProcessInstance instance = processing(code);
    assertThat(instance).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("dossier-processing").count()).isZero();

    // two consultations, one per agency, each with its own id and deadline
    List<LgspSimulator.Consultation> sent = lgsp.consultationsFor(code);
    assertThat(sent).extracting(c -> c.request().agency()).containsExactlyInAnyOrder("Công an xã/phường", "Bảo hiểm xã hội");
    assertThat(sent).allMatch(c -> c.request().question().contains(code));
    String police = (String) variable(code, "consultationId_CONG_AN");
    String insurance = (String) variable(code, "consultationId_BHXH");
    assertThat(police).isNotBlank().isNotEqualTo(insurance);
    assertThat(variable(code, "consultationWithinWorkingDays_CONG_AN")).isEqualTo(3);
    assertThat(variable(code, "consultationWithinWorkingDays_BHXH")).isEqualTo(5);
    List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers().list();
    assertThat(timers).hasSize(2);
    assertThat(timers.get(0).getDuedate()).isNotEqualTo(timers.get(1).getDuedate());

    // while both wait, an answer must say which consultation it answers
    assertThat(answer(code, Map.of("agency", "Bảo hiểm xã hội", "answer", "Đồng ý."))).isEqualTo(409);
    assertThat(answer(code, Map.of("agency", "Bảo hiểm xã hội", "answer", "Đồng ý.", "consultationId", "khong-co"))).isEqualTo(409);

    // social insurance answers its own consultation: only its wait ends
    assertThat(answer(code, Map.of("agency", "Bảo hiểm xã hội", "answer", "Đồng ý chi trợ cấp mai táng.", "consultationId", insurance)))
        .isEqualTo(200);
    assertThat((String) variable(code, "consultationAnswer_BHXH")).contains("Đồng ý chi trợ cấp mai táng");
    assertThat(variable(code, "consultationTimedOut_BHXH")).isEqualTo(false);
    assertThat(variable(code, "consultationAnswer_CONG_AN")).isNull();
    BpmnAwareTests.assertThat(instance).isWaitingAt("ReceiveTask_AwaitPolice");
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().count()).isEqualTo(1);

    // the police does not answer within its 3 working days: its own timeout, the other answer stays
    at("2026-03-06T17:01:00+07:00");
    flow.runJobs();
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_ReviewAnswers");
    assertThat(variable(code, "consultationTimedOut_CONG_AN")).isEqualTo(true);
    assertThat((String) variable(code, "consultationAnswer_CONG_AN")).contains("Quá hạn");
    assertThat((String) variable(code, "consultationAnswer_BHXH")).contains("Đồng ý chi trợ cấp mai táng");
    assertThat(historyEntries.findByDossierCodeOrderById(code))
        .anyMatch(h -> "TIMEOUT".equals(h.getAction()) && h.getMessage().contains("Công an xã/phường"));

    // a late answer to the timed-out consultation is refused
    assertThat(answer(code, Map.of("agency", "Công an xã/phường", "answer", "Muộn.", "consultationId", police))).isEqualTo(409);
  }
}
