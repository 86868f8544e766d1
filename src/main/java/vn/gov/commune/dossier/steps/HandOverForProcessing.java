package vn.gov.commune.dossier.steps;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierVariables;

/** Starts the processing in the competent commune (its own tenant, so that commune's staff work
 * on it) with the model the procedure's catalogue entry names ({@code processingProcess}, default
 * dossier-processing); the receiving commune's instance waits for ProcessingFinished. */
@Component("handOverForProcessing")
public class HandOverForProcessing implements JavaDelegate {

  private final StepSupport steps;

  public HandOverForProcessing(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String processKey = steps.processingProcess(dossier);
    Map<String, Object> variables = new HashMap<>(execution.getVariables());
    variables.put(DossierVariables.COMMUNE_ID, dossier.getCompetentCommuneId());
    steps.service.asSystem(() -> steps.runtime.startProcessInstanceByKey(processKey, dossier.getCode(), variables));
  }
}
