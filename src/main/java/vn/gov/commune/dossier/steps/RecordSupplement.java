package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;

/** The citizen supplemented (files already stored by the API): the dossier goes back to where it was. */
@Component("recordSupplement")
public class RecordSupplement implements JavaDelegate {

  private final StepSupport steps;

  public RecordSupplement(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    dossier.setSupplementedAt(DossierService.now());
    boolean atReceipt = "RECEIPT".equals(StepSupport.string(execution, DossierVariables.SUPPLEMENT_STAGE));
    steps.service.changeStatus(
        dossier,
        atReceipt ? DossierStatus.REGISTERED : DossierStatus.PROCESSING,
        execution.getCurrentActivityId(),
        "Công dân đã bổ sung hồ sơ.",
        StepSupport.string(execution, DossierVariables.SUPPLEMENT_NOTE));
    execution.setVariable(DossierVariables.SUPPLEMENT_OUTCOME, "SUPPLEMENTED");
    execution.setVariable(DossierVariables.COMPONENTS_SUMMARY, steps.componentsSummary(dossier));
  }
}
