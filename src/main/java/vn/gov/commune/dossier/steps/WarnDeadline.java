package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierNotification;
import vn.gov.commune.security.Roles;

/** One working day before the appointment: notifies the processing group and the clerks. */
@Component("warnDeadline")
public class WarnDeadline implements JavaDelegate {

  private final StepSupport steps;

  public WarnDeadline(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String message =
        "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedureName() + ") đến hạn trả kết quả lúc "
            + steps.slips.dateTime(dossier.getAppointmentAt()) + ".";
    steps.service.notifyGroup(dossier, dossier.getCompetentCommuneId(), steps.procedure(dossier).getProcessingGroup(),
        DossierNotification.DEADLINE_WARNING, message);
    steps.service.notifyGroup(dossier, dossier.getReceivingCommuneId(), Roles.CLERK, DossierNotification.DEADLINE_WARNING, message);
  }
}
