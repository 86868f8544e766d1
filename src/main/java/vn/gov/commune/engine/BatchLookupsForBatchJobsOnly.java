package vn.gov.commune.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.jobexecutor.MessageJobDeclaration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.springframework.stereotype.Component;

/**
 * The engine's history event producer without a read it made for nearly every job log entry (issue 15:
 * 11 of an online dossier's statements). With the removal-time strategy {@code start}, Camunda takes the
 * configuration of the job's definition for a batch id and reads {@code select * from ACT_HI_BATCH where
 * ID_ = ?} for every job log entry (created, successful, failed, deleted) of every job with a
 * definition, also for async continuations, whose configuration is {@code async-before} or {@code
 * async-after}, and for timers, whose configuration is {@code DURATION: …}, {@code DATE: …} or {@code
 * CYCLE: …} (BpmnParse). Only a batch's jobs carry a batch id there; the others found nothing and are
 * no longer looked up. Everything else is the engine's own {@link CacheAwareHistoryEventProducer}: the
 * same events with the same fields, a batch job's removal time included.
 */
@Component
class BatchLookupsForBatchJobsOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventProducer(new Producer());
  }

  static class Producer extends CacheAwareHistoryEventProducer {

    /** The job configurations of async continuations (timers' are "{@code <TYPE>: <expression>}"). */
    static final List<String> ASYNC_CONFIGURATIONS = List.of(MessageJobDeclaration.ASYNC_BEFORE, MessageJobDeclaration.ASYNC_AFTER);

    @Override
    protected HistoricBatchEntity getHistoricBatchById(String batchId) {
      return isBatchId(batchId) ? super.getHistoricBatchById(batchId) : null;
    }

    /** Whether a job definition's configuration can be a batch's id: neither an async nor a timer configuration. */
    static boolean isBatchId(String configuration) {
      if (configuration == null || ASYNC_CONFIGURATIONS.contains(configuration)) {
        return false;
      }
      for (TimerDeclarationType type : TimerDeclarationType.values()) {
        if (configuration.startsWith(type + ": ")) {
          return false;
        }
      }
      return true;
    }
  }
}
