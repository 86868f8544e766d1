package vn.gov.commune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.support.IntegrationTest;

/** Job log entries are written as the engine writes them; only a batch's jobs have their batch looked up. */
@IntegrationTest
class BatchLookupsForBatchJobsOnlyTest {

  static final String KEY = "batch-lookups-test";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  private String deployment;
  private String batch;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (batch != null) {
      management.deleteBatch(batch, true);
    }
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private BatchLookupsForBatchJobsOnly.Producer producer() {
    return (BatchLookupsForBatchJobsOnly.Producer) configuration().getHistoryEventProducer();
  }

  private String deployAndStart() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_Started")
        .serviceTask("ServiceTask_Async").camundaAsyncBefore().camundaExpression("${true}")
        .intermediateCatchEvent("TimerEvent_OneHour").timerWithDuration("PT1H")
        .endEvent("EndEvent_Done")
        .done();
    deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy().getId();
    return runtime.startProcessInstanceByKey(KEY, Map.of("communeId", "sa-thay")).getId();
  }

  @Test
  void jobLogsOfAsyncContinuationsAndTimersKeepTheirDefinitionAndRemovalTime() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T02:00:00Z")));
    String instance = deployAndStart();
    management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T03:01:00Z")));
    management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());

    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getRemovalTime()).isEqualTo(Date.from(Instant.parse("2027-01-02T02:00:00Z")));
    List<HistoricJobLog> log = history.createHistoricJobLogQuery().processInstanceId(instance).list();
    // created and successful, for the async continuation and for the timer
    assertThat(log).hasSize(4);
    assertThat(log).extracting(HistoricJobLog::getJobDefinitionConfiguration)
        .containsOnly("async-before", "DURATION: PT1H");
    assertThat(log).allSatisfy(entry -> assertThat(entry.getProcessDefinitionKey()).isEqualTo(KEY));
    // the instance's removal time, except on the success of the job that ended the instance: the engine's own
    // producer writes that entry without its execution, hence without a removal time (as before this change)
    assertThat(log).filteredOn(entry -> !(entry.isSuccessLog() && entry.getJobDefinitionConfiguration().startsWith("DURATION")))
        .hasSize(3)
        .allSatisfy(entry -> assertThat(entry.getRemovalTime()).isEqualTo(done.getRemovalTime()));
  }

  @Test
  void onlyABatchIdIsLookedUpAsABatch() {
    assertThat(BatchLookupsForBatchJobsOnly.Producer.isBatchId("async-before")).isFalse();
    assertThat(BatchLookupsForBatchJobsOnly.Producer.isBatchId("async-after")).isFalse();
    assertThat(BatchLookupsForBatchJobsOnly.Producer.isBatchId("DURATION: PT1H")).isFalse();
    assertThat(BatchLookupsForBatchJobsOnly.Producer.isBatchId("DATE: 2026-12-03T10:00:00")).isFalse();
    assertThat(BatchLookupsForBatchJobsOnly.Producer.isBatchId("CYCLE: R3/PT10M")).isFalse();
    assertThat(BatchLookupsForBatchJobsOnly.Producer.isBatchId(null)).isFalse();
    // outside any command: a lookup in the database would fail here
    assertThat(producer().getHistoricBatchById("async-before")).isNull();
    assertThat(producer().getHistoricBatchById("DURATION: PT1H")).isNull();

    String instance = deployAndStart();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    batch = management.setJobRetriesAsync(List.of(job.getId()), 5).getId();
    assertThat(BatchLookupsForBatchJobsOnly.Producer.isBatchId(batch)).isTrue();
    HistoricBatchEntity found = configuration().getCommandExecutorTxRequired().execute(context -> producer().getHistoricBatchById(batch));
    assertThat(found).isNotNull();
    assertThat(found.getId()).isEqualTo(batch);
  }
}
