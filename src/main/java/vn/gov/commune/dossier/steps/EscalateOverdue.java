package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierNotification;
import vn.gov.commune.dossier.DossierVariables;

/** At the appointment: notifies the approvers that the dossier is overdue. */
@Component("escalateOverdue")
public class EscalateOverdue implements JavaDelegate {

  private final StepSupport steps;

  public EscalateOverdue(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String message =
        "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedureName() + ") đã quá hạn trả kết quả ("
            + steps.slips.dateTime(dossier.getAppointmentAt()) + "), trạng thái: " + dossier.getStatus().label() + ".";
    steps.service.notifyGroup(dossier, dossier.getCompetentCommuneId(), steps.approverGroup(dossier),
        DossierNotification.OVERDUE_ESCALATION, message);
    execution.setVariable(DossierVariables.ORIGINAL_APPOINTMENT, steps.slips.dateTime(dossier.getAppointmentAt()));
  }
}
