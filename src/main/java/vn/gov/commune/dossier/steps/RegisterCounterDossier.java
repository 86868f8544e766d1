package vn.gov.commune.dossier.steps;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Application;
import vn.gov.commune.dossier.Channel;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierIntake;
import vn.gov.commune.dossier.DossierVariables;

/** Counter start (Tasklist start form): registers the dossier and makes its code the business key. */
@Component("registerCounterDossier")
public class RegisterCounterDossier implements JavaDelegate {

  private final StepSupport steps;
  private final DossierIntake intake;

  public RegisterCounterDossier(StepSupport steps, DossierIntake intake) {
    this.steps = steps;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application =
        new Application(
            StepSupport.string(execution, DossierVariables.PROCEDURE_CODE),
            execution.getTenantId(),
            StepSupport.string(execution, DossierVariables.COMPETENT_COMMUNE_ID),
            Channel.COUNTER,
            new Application.Applicant(
                StepSupport.string(execution, DossierVariables.APPLICANT_PERSONAL_ID),
                StepSupport.string(execution, DossierVariables.APPLICANT_NAME),
                null,
                StepSupport.string(execution, DossierVariables.APPLICANT_PHONE),
                null,
                StepSupport.string(execution, DossierVariables.APPLICANT_ADDRESS)),
            StepSupport.integer(execution, DossierVariables.COPIES),
            StepSupport.integer(execution, DossierVariables.PAGES),
            personsOfTheApplication(execution));
    Dossier dossier;
    try {
      dossier = intake.registerAtCounter(application, steps.service.actor());
    } catch (vn.gov.commune.web.ApiException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
    dossier.setProcessInstanceId(execution.getProcessInstanceId());
    steps.service.save(dossier);
    execution.setProcessBusinessKey(dossier.getCode());
    execution.setVariables(intake.processVariables(dossier));
  }

  /** The other persons' IDs the counter form carries (for the national-data look-up), when typed. */
  private static Map<String, Object> personsOfTheApplication(DelegateExecution execution) {
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    for (String field : new String[] {DossierVariables.SPOUSE_PERSONAL_ID, DossierVariables.CHILD_PERSONAL_ID}) {
      String id = StepSupport.string(execution, field);
      if (id != null && !id.isBlank()) {
        data.put(field, id);
      }
    }
    return data;
  }
}
