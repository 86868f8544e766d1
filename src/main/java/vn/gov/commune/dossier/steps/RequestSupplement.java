package vn.gov.commune.dossier.steps;

import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.SlipType;

/** Asks once for a supplement: status, request slip; the deadline timers are held at the latest possible appointment. */
@Component("requestSupplement")
public class RequestSupplement implements JavaDelegate {

  private final StepSupport steps;

  public RequestSupplement(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution, DossierStatus.REGISTERED, DossierStatus.PROCESSING);
    if (dossier.getSupplementRounds() > 0) {
      throw new ProcessEngineException("Hồ sơ đã được yêu cầu bổ sung một lần; không yêu cầu lần thứ hai.");
    }
    String missing = StepSupport.string(execution, DossierVariables.MISSING_COMPONENTS);
    dossier.setSupplementRounds(1);
    dossier.setSupplementRequest(missing);
    dossier.setSupplementRequestedAt(DossierService.now());
    String step = execution.getCurrentActivityId();
    steps.service.changeStatus(dossier, DossierStatus.SUPPLEMENT_REQUESTED, step, "Yêu cầu bổ sung, hoàn thiện hồ sơ.", missing);
    Procedure procedure = steps.procedure(dossier);
    steps.issue(
        dossier,
        SlipType.SUPPLEMENT_REQUEST,
        steps.slips.supplementRequest(dossier, missing, procedure.getSupplementWithinWorkingDays(), steps.service.actor()),
        step);
    if (dossier.getAppointmentAt() != null) {
      // the clock stops while the citizen supplements: hold the deadline timers at the latest
      // appointment possible (supplement on the last allowed day); resumeClock sets the real one
      Instant lastDay = steps.calendar.deadline(DossierService.now(), procedure.getSupplementWithinWorkingDays());
      steps.moveDeadlineTimers(
          dossier, steps.appointmentAfterSupplement(dossier, procedure, lastDay), StepSupport.legalDays(dossier, procedure));
    }
  }
}
