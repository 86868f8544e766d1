package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.SlipType;

/** The citizen withdrew: status 7, the processing in the competent commune ends, then status 8 with the stop notice. */
@Component("stopOnWithdrawal")
public class StopOnWithdrawal implements JavaDelegate {

  private final StepSupport steps;

  public StopOnWithdrawal(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String reason = StepSupport.string(execution, DossierVariables.WITHDRAWAL_REASON);
    String step = execution.getCurrentActivityId();
    steps.service.changeStatus(dossier, DossierStatus.WITHDRAWAL_REQUESTED, "StartEvent_WithdrawalRequested", "Công dân yêu cầu rút hồ sơ.", reason);
    steps.cancelProcessing(dossier, "Công dân rút hồ sơ");
    dossier.setStoppedAt(DossierService.now());
    steps.service.changeStatus(dossier, DossierStatus.STOPPED, step, "Dừng xử lý hồ sơ theo yêu cầu rút hồ sơ.", reason);
    steps.issue(dossier, SlipType.STOP_NOTICE,
        steps.slips.stopNotice(dossier, "Công dân yêu cầu rút hồ sơ. " + (reason == null ? "" : reason)), step);
  }
}
