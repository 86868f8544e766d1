package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.SlipType;

/** Stops the dossier for the reason the model gives (template input {@code stopReason}): not
 * received yet → status "không tiếp nhận" with a refusal slip, received → status 8 with a stop
 * notice and the process control slip. A dossier already in a final status stays as it is. */
@Component("stopDossier")
public class StopDossier implements JavaDelegate {

  private final StepSupport steps;

  public StopDossier(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = StopReasons.text(StepSupport.input(execution, DossierVariables.STOP_REASON));
    Dossier dossier = steps.dossier(execution);
    if (dossier.getStatus().isFinal()) {
      return;
    }
    String step = execution.getCurrentActivityId();
    DossierStatus status = dossier.getReceivedAt() == null ? DossierStatus.NOT_RECEIVED : DossierStatus.STOPPED;
    dossier.setStoppedAt(DossierService.now());
    steps.service.changeStatus(dossier, status, step, status == DossierStatus.NOT_RECEIVED ? "Không tiếp nhận hồ sơ." : "Dừng xử lý hồ sơ.", reason);
    steps.issue(dossier, status == DossierStatus.NOT_RECEIVED ? SlipType.REFUSAL : SlipType.STOP_NOTICE,
        status == DossierStatus.NOT_RECEIVED ? steps.slips.refusal(dossier, reason, "") : steps.slips.stopNotice(dossier, reason), step);
    if (status == DossierStatus.STOPPED) {
      steps.issue(dossier, SlipType.PROCESS_CONTROL, steps.slips.processControl(dossier, execution.getCurrentActivityName(), false), step);
    }
  }
}
