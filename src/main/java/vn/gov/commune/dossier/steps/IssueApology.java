package vn.gov.commune.dossier.steps;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Channel;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.integration.VneidClient;

/** The apology slip with the reason and the new date (once), and a VNeID notice for online dossiers. */
@Component("issueApology")
public class IssueApology implements JavaDelegate {

  private final StepSupport steps;
  private final VneidClient vneid;

  public IssueApology(StepSupport steps, VneidClient vneid) {
    this.steps = steps;
    this.vneid = vneid;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    Instant newDate = ((Date) execution.getVariable(DossierVariables.NEW_APPOINTMENT_AT)).toInstant();
    String reason = StepSupport.string(execution, DossierVariables.APOLOGY_REASON);
    String step = execution.getCurrentActivityId();
    if (dossier.getApologyIssuedAt() == null) {
      steps.issue(dossier, SlipType.APOLOGY,
          steps.slips.apology(dossier, reason, newDate, StepSupport.string(execution, DossierVariables.APOLOGY_BY)), step);
      dossier.setOriginalAppointmentAt(dossier.getAppointmentAt());
      dossier.setAppointmentAt(newDate);
      dossier.setApologyReason(reason);
      dossier.setApologyIssuedAt(DossierService.now());
      steps.service.save(dossier);
      steps.service.log(dossier, "APPOINTMENT", step, "Xin lỗi và hẹn lại ngày trả kết quả: " + steps.slips.dateTime(newDate) + ".", reason);
    }
    if (dossier.getChannel() == Channel.ONLINE) {
      vneid.notify(
          dossier.getApplicantPersonalId(),
          dossier.getCode(),
          "Xin lỗi vì chậm trả kết quả",
          "Hồ sơ " + dossier.getCode() + " chậm trả kết quả. Lý do: " + reason + ". Hẹn lại: " + steps.slips.dateTime(newDate) + ".",
          StepSupport.key(dossier, "apology-notice"));
    }
  }
}
