package vn.gov.commune.dossier.steps;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierVariables;

/** After the routing decision: its single result becomes process variables and the dossier's verification flag. */
@Component("applyRouting")
public class ApplyRouting implements JavaDelegate {

  private final StepSupport steps;

  public ApplyRouting(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) execution.getVariable(DossierVariables.ROUTING);
    boolean verification = routing != null && Boolean.TRUE.equals(routing.get("verificationRequired"));
    execution.setVariable(DossierVariables.VERIFICATION_REQUIRED, verification);
    Object agencies = routing == null ? null : routing.get("consultationAgencies");
    execution.setVariable(DossierVariables.CONSULTATION_AGENCIES, agencies == null ? "" : agencies.toString());
    execution.removeVariable(DossierVariables.ROUTING);
    Dossier dossier = steps.dossier(execution);
    dossier.setVerificationRequired(verification);
    steps.service.save(dossier);
  }
}
