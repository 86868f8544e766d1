package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.dossier.ProcessingVariables;

/** Last step of the processing: tells the receiving commune's instance how it ended. */
@Component("reportProcessingOutcome")
public class ReportProcessingOutcome implements JavaDelegate {

  private final StepSupport steps;

  public ReportProcessingOutcome(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = StepSupport.string(execution, ProcessingVariables.PROCESSING_OUTCOME);
    String instance = steps.dossier(execution).getProcessInstanceId();
    steps.service.asSystem(
        () -> steps.runtime
            .createMessageCorrelation("ProcessingFinished")
            .processInstanceId(instance)
            .setVariable(DossierVariables.PROCESSING_OUTCOME, outcome)
            .setVariable(DossierVariables.REVIEW_NOTE, StepSupport.string(execution, ProcessingVariables.REVIEW_NOTE))
            .correlateWithResult());
  }
}
