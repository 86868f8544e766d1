package vn.gov.commune.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.support.IntegrationTest;

/** Every path of processes/certify-copy.bpmn, on the real engine and database of the run. */
@IntegrationTest
class CertifyCopyProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired vn.gov.commune.catalogue.ProcedureCatalogue catalogue;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-03-02T10:00:00+07:00"); // a Monday morning
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    runtime.createProcessInstanceQuery().list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup"));
  }

  private static void at(String isoDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
  }

  private ProcessInstance startRequest(int pages, int copies) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("communeId", "sa-thay");
    variables.put("applicantName", "Nguyễn Văn An");
    variables.put("applicantPersonalId", "062095001234");
    variables.put("documentTitle", "Bằng tốt nghiệp trung học phổ thông");
    variables.put("pageCount", pages);
    variables.put("copyCount", copies);
    return runtime.startProcessInstanceByKey("certify-copy", variables);
  }

  @Test
  void matchingCopiesAreSignedAndReturnedWithTheFee() {
    ProcessInstance instance = startRequest(2, 3);
    assertThat(instance.getTenantId()).isEqualTo("sa-thay");
    BpmnAwareTests.assertThat(instance).hasPassed("ServiceTask_ComputeDeadlineAndFee").isWaitingAt("UserTask_CompareWithOriginal");
    BpmnAwareTests.assertThat(instance).variables().containsEntry("fee", 12_000L)
        // the task card and the per-procedure filter of Tasklist find the request by the catalogue's procedure
        .containsEntry("procedureCode", "2.000815")
        .containsEntry("procedureName", catalogue.require("2.000815").getName());
    Task compare = task(instance);
    BpmnAwareTests.assertThat(compare).hasCandidateGroup("specialist");
    assertThat(compare.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-03-02T17:00:00+07:00").toInstant()));

    // the comparer is the logged-in specialist, named on the signing form by full name and position
    identity.setAuthentication("sathay.specialist", List.of("specialist"), List.of("sa-thay"));
    try {
      complete(compare, withVariables("comparisonResult", "match", "comparedByName", "Lê Quang Vinh"));
    } finally {
      identity.clearAuthentication();
    }
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_SignCertification");
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("leader");
    BpmnAwareTests.assertThat(instance).variables()
        .containsEntry("comparedByName", "Trần Văn Minh — Chuyên viên, Phòng Văn hóa - Xã hội");

    signAsLeader(task(instance), withVariables("signDecision", "sign"));
    BpmnAwareTests.assertThat(instance).variables().containsEntry("signedBy", "sathay.leader");
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_ReturnCertifiedCopies");
    Task returnTask = task(instance);
    BpmnAwareTests.assertThat(returnTask).hasCandidateGroup("clerk").hasFormKey("embedded:deployment:forms/certify-copy-return.html");
    assertThat(deployedTaskForm(returnTask)).contains("Trả bản sao đã chứng thực và thu lệ phí").contains("cam-variable-name=\"fee\"");

    complete(returnTask, withVariables("feeReceiptNumber", "BL-0001", "copiesHandedOver", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_CopiesReturned").hasNotPassed("UserTask_ReturnRefusal");
  }

  @Test
  void aCopyThatDoesNotMatchIsRefusedAtComparison() {
    ProcessInstance instance = startRequest(1, 1);
    complete(task(instance), withVariables("comparisonResult", "mismatch", "refusalReason", "Bản chính bị tẩy xóa"));
    BpmnAwareTests.assertThat(instance).hasPassed("Gateway_JoinRefusal").isWaitingAt("UserTask_ReturnRefusal");
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("clerk");
    complete(task(instance), withVariables("refusalNoticeHandedOver", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_RequestRefused").hasNotPassed("UserTask_SignCertification");
  }

  @Test
  void aLeaderWhoRefusesToSignSendsTheRequestToRefusal() {
    ProcessInstance instance = startRequest(1, 1);
    complete(task(instance), withVariables("comparisonResult", "match"));
    signAsLeader(task(instance), withVariables("signDecision", "refuse", "refusalReason", "Giấy tờ thuộc loại không được chứng thực"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_ReturnRefusal");
    complete(task(instance), withVariables("refusalNoticeHandedOver", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("UserTask_SignCertification", "EndEvent_RequestRefused")
        .hasNotPassed("UserTask_ReturnCertifiedCopies");
  }

  @Test
  void aRequestAfterTheCutOffBeforeTetIsDueAfterTheBreak() {
    at("2026-02-13T15:30:00+07:00"); // Friday, after 15:00; 14-22/02/2026 are the Tết break
    ProcessInstance instance = startRequest(1, 1);
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-02-23T17:00:00+07:00").toInstant()));
  }

  @Test
  void aRequestWithoutPagesIsRefusedAndNothingIsStarted() {
    assertThatThrownBy(() -> startRequest(0, 1)).hasMessageContaining("Số trang của giấy tờ phải là số nguyên lớn hơn 0");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("certify-copy").count()).isZero();
  }

  @Test
  void theCamundaFormsAreDeployedWithTheProcess() throws Exception {
    String definitionId =
        repository.createProcessDefinitionQuery().processDefinitionKey("certify-copy").latestVersion().singleResult().getId();
    try (InputStream form = forms.getDeployedStartForm(definitionId)) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"id\": \"form-certify-copy-request\"")
          .contains("Số định danh cá nhân");
    }
    ProcessInstance instance = startRequest(1, 1);
    assertThat(deployedTaskForm(task(instance))).contains("form-certify-copy-compare");
  }

  /** The signature is a leader's of the commune, authenticated (four eyes, checked by the engine). */
  private void signAsLeader(Task task, Map<String, Object> variables) {
    identity.setAuthentication("sathay.leader", List.of("leader"), List.of("sa-thay"));
    try {
      complete(task, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String deployedTaskForm(Task task) {
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
