package vn.gov.commune.dossier.steps;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierSlips;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.SlipType;

/** Receipt: appointment from the working-day calendar, fee, receipt slip. */
@Component("acceptDossier")
public class AcceptDossier implements JavaDelegate {

  private final StepSupport steps;

  public AcceptDossier(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution, DossierStatus.REGISTERED);
    Procedure procedure = steps.procedure(dossier);
    Instant now = DossierService.now();
    int days = StepSupport.legalDays(dossier, procedure);
    Instant appointment = steps.calendar.deadline(now, days);
    dossier.setReceivedAt(now);
    dossier.setAppointmentAt(appointment);
    dossier.setFee(procedure.fee(dossier.getCopies(), dossier.getPages()));
    boolean viaPlatform = dossier.getFee() > 0 && procedure.isPaymentPlatform();
    if (dossier.getFee() > 0 && !viaPlatform) {
      dossier.setPaidAt(now);
    }
    String step = execution.getCurrentActivityId();
    steps.service.changeStatus(
        dossier, DossierStatus.RECEIVED, step, "Tiếp nhận hồ sơ; hẹn trả kết quả " + steps.slips.dateTime(appointment) + ".", null);
    steps.issue(dossier, SlipType.RECEIPT,
        steps.slips.receipt(dossier, steps.components.findByDossierCodeOrderById(dossier.getCode()), steps.service.actor()), step);
    if (dossier.getFee() > 0 && !viaPlatform) {
      steps.service.log(dossier, "PAYMENT", step, "Thu phí, lệ phí " + DossierSlips.money(dossier.getFee()) + " tại Bộ phận một cửa.", null);
    }
    steps.setDeadlines(execution, dossier, days);
    String paper = steps.paperComponents(dossier);
    execution.setVariable(DossierVariables.FEE, dossier.getFee());
    execution.setVariable(DossierVariables.FEE_TEXT, DossierSlips.money(dossier.getFee()));
    execution.setVariable(DossierVariables.FEE_VIA_PLATFORM, viaPlatform);
    execution.setVariable(DossierVariables.PAPER_COMPONENTS, paper);
    execution.setVariable(DossierVariables.HAS_PAPER_COMPONENTS, !paper.isEmpty());
  }
}
