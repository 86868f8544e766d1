package vn.gov.commune.dossier.steps;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.SupplementClock;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierVariables;

/**
 * After a supplement during review: the clock resumes (PAUSE) or restarts (RESTART), per procedure; the
 * deadline timers move. The appointment this gives is the new legal one: an apology's earlier date no
 * longer applies, so the first appointment kept for it ({@code originalAppointmentAt}) is cleared and
 * on time is measured against the new appointment.
 */
@Component("resumeClock")
public class ResumeClock implements JavaDelegate {

  private final StepSupport steps;

  public ResumeClock(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    Procedure procedure = steps.procedure(dossier);
    Instant appointment = steps.appointmentAfterSupplement(dossier, procedure, DossierService.now());
    dossier.setAppointmentAt(appointment);
    dossier.setOriginalAppointmentAt(null);
    steps.service.save(dossier);
    steps.service.log(
        dossier,
        "APPOINTMENT",
        execution.getCurrentActivityId(),
        (procedure.getSupplementClock() == SupplementClock.RESTART ? "Tính lại thời hạn từ đầu" : "Tiếp tục tính thời hạn")
            + " sau khi bổ sung; hẹn trả kết quả " + steps.slips.dateTime(appointment) + ".",
        null);
    steps.setDossierVariable(dossier, DossierVariables.APPOINTMENT_AT, Date.from(appointment));
    steps.setDossierVariable(dossier, DossierVariables.APPOINTMENT_TEXT, steps.slips.dateTime(appointment));
    steps.moveDeadlineTimers(dossier, appointment, StepSupport.legalDays(dossier, procedure));
  }
}
