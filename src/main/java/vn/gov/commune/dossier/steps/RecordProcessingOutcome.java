package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.ProcessingVariables;

/** Records how the processing ended (template input {@code outcome}) for the report to the receiving commune. */
@Component("recordProcessingOutcome")
public class RecordProcessingOutcome implements JavaDelegate {

  static final java.util.Set<String> OUTCOMES = java.util.Set.of("APPROVED", "REFUSED", "SUPPLEMENT_TIMED_OUT");

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = StepSupport.input(execution, "outcome");
    if (!OUTCOMES.contains(outcome)) {
      throw new org.camunda.bpm.engine.ProcessEngineException("Kết quả xử lý không hợp lệ: " + outcome + ".");
    }
    execution.setVariable(ProcessingVariables.PROCESSING_OUTCOME, outcome);
  }
}
