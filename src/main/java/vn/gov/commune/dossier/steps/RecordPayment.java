package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierSlips;

/** The citizen paid: the dossier records it. */
@Component("recordPayment")
public class RecordPayment implements JavaDelegate {

  private final StepSupport steps;

  public RecordPayment(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    dossier.setPaidAt(DossierService.now());
    steps.service.save(dossier);
    steps.service.log(dossier, "PAYMENT", execution.getCurrentActivityId(),
        "Công dân đã nộp phí, lệ phí " + DossierSlips.money(dossier.getFee()) + ".", null);
  }
}
