package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierVariables;

/** The citizen did not supplement in time: history entry, outcome TIMED_OUT. */
@Component("recordSupplementTimeout")
public class RecordSupplementTimeout implements JavaDelegate {

  private final StepSupport steps;

  public RecordSupplementTimeout(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    steps.service.log(dossier, "TIMEOUT", "BoundaryEvent_SupplementTimeout", "Quá thời hạn bổ sung hồ sơ mà công dân chưa bổ sung.", null);
    execution.setVariable(DossierVariables.SUPPLEMENT_OUTCOME, "TIMED_OUT");
  }
}
