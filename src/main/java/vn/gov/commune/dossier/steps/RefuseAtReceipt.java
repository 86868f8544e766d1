package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.SlipType;

/** Refuses to receive the dossier: status, refusal slip with the clerk's reason. */
@Component("refuseAtReceipt")
public class RefuseAtReceipt implements JavaDelegate {

  private final StepSupport steps;

  public RefuseAtReceipt(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution, DossierStatus.REGISTERED);
    String reason = StepSupport.string(execution, DossierVariables.REFUSAL_REASON);
    String step = execution.getCurrentActivityId();
    steps.service.changeStatus(dossier, DossierStatus.NOT_RECEIVED, step, "Từ chối tiếp nhận hồ sơ.", reason);
    steps.issue(dossier, SlipType.REFUSAL, steps.slips.refusal(dossier, reason, steps.service.actor()), step);
    dossier.setStoppedAt(DossierService.now());
    steps.service.save(dossier);
  }
}
