package vn.gov.commune.dossier.steps;

import java.time.Year;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.shared.PersonalId;

/**
 * The clerk found the applicant's personal ID mistyped at receipt: the dossier takes the corrected ID
 * (checked again here, nothing a person sends is trusted), the history keeps the old and the new one
 * masked, and the model looks the national databases up again instead of forcing a refusal.
 */
@Component("correctPersonalId")
public class CorrectPersonalId implements JavaDelegate {

  private final StepSupport steps;

  public CorrectPersonalId(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String corrected = PersonalId.normalise(StepSupport.string(execution, DossierVariables.CORRECTED_PERSONAL_ID));
    String problem = PersonalId.problem(corrected, Year.from(DossierService.now().atZone(steps.zone())));
    if (problem != null) {
      throw new ProcessEngineException(problem);
    }
    String previous = dossier.getApplicantPersonalId();
    dossier.setApplicantPersonalId(corrected);
    steps.service.save(dossier);
    execution.setVariable(DossierVariables.APPLICANT_PERSONAL_ID, corrected);
    execution.removeVariable(DossierVariables.CORRECTED_PERSONAL_ID);
    execution.removeVariable(DossierVariables.RECEIPT_DECISION);
    steps.service.log(
        dossier,
        "CORRECTION",
        execution.getCurrentActivityId(),
        "Sửa số định danh cá nhân của người nộp: " + PersonalId.masked(previous) + " → " + PersonalId.masked(corrected)
            + "; tra cứu lại CSDL quốc gia.",
        null);
  }
}
