package vn.gov.commune.dossier.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierVariables;

/** Starts the processing in the competent commune (its own tenant, so that commune's staff work
 * on it) with the model the procedure's catalogue entry names ({@code processingProcess}, default
 * dossier-processing); the receiving commune's instance waits for ProcessingFinished.
 *
 * <p>The processing instance starts with the variables its forms, task cards and steps read
 * ({@link #HANDED_OVER}), not with a copy of all the receiving instance's variables (population
 * data, fees, national data, routing…): each copied variable is a runtime row, a history row and a
 * delete when the processing ends. Steps read anything else from the dossier by its code. */
@Component("handOverForProcessing")
public class HandOverForProcessing implements JavaDelegate {

  /** The variables a processing model gets from the dossier's instance (those it has). */
  public static final List<String> HANDED_OVER = List.of(
      DossierVariables.DOSSIER_CODE,
      DossierVariables.PROCEDURE_CODE,
      DossierVariables.PROCEDURE_NAME,
      DossierVariables.RECEIVING_COMMUNE_ID,
      DossierVariables.COMPETENT_COMMUNE_ID,
      DossierVariables.CROSS_COMMUNE,
      DossierVariables.CHANNEL,
      DossierVariables.APPLICANT_NAME,
      DossierVariables.APPLICANT_PERSONAL_ID,
      DossierVariables.PROCESSING_GROUP,
      DossierVariables.APPROVER_GROUP,
      DossierVariables.SUPPLEMENT_WITHIN_WORKING_DAYS,
      DossierVariables.POPULATION_MISMATCHES,
      DossierVariables.COMPONENTS_SUMMARY,
      DossierVariables.CONSULTATION_AGENCIES,
      DossierVariables.APPOINTMENT_AT,
      DossierVariables.APPOINTMENT_TEXT);

  private final StepSupport steps;

  public HandOverForProcessing(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String processKey = steps.processingProcess(dossier);
    Map<String, Object> variables = new HashMap<>();
    for (String name : HANDED_OVER) {
      Object value = execution.getVariable(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    variables.put(DossierVariables.COMMUNE_ID, dossier.getCompetentCommuneId());
    steps.service.asSystem(() -> steps.runtime.startProcessInstanceByKey(processKey, dossier.getCode(), variables));
  }
}
