package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Channel;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.documents.SlipType;

/** The result was returned: status 6 and the process control slip. */
@Component("markReturned")
public class MarkReturned implements JavaDelegate {

  private final StepSupport steps;

  public MarkReturned(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution, DossierStatus.PROCESSED);
    dossier.setReturnedAt(DossierService.now());
    String step = execution.getCurrentActivityId();
    steps.service.changeStatus(
        dossier,
        DossierStatus.RESULT_RETURNED,
        step,
        dossier.getChannel() == Channel.ONLINE ? "Đã trả kết quả điện tử." : "Đã trả kết quả tại Bộ phận một cửa.",
        null);
    steps.issue(dossier, SlipType.PROCESS_CONTROL, steps.slips.processControl(dossier, execution.getCurrentActivityName(), true), step);
  }
}
