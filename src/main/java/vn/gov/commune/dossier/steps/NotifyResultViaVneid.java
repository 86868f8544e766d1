package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.integration.VneidClient;

/** Tells the citizen over VNeID that the dossier has its result (or was refused, with the reason). */
@Component("notifyResultViaVneid")
public class NotifyResultViaVneid implements JavaDelegate {

  private final StepSupport steps;
  private final VneidClient vneid;

  public NotifyResultViaVneid(StepSupport steps, VneidClient vneid) {
    this.steps = steps;
    this.vneid = vneid;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    boolean approved = dossier.getResultType() == Dossier.ResultType.APPROVED;
    vneid.notify(
        dossier.getApplicantPersonalId(),
        dossier.getCode(),
        approved ? "Đã có kết quả giải quyết hồ sơ" : "Hồ sơ không được giải quyết",
        approved
            ? "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedureName() + ") đã có kết quả điện tử trong Kho dữ liệu của bạn."
            : "Hồ sơ " + dossier.getCode() + " không được giải quyết. Lý do: " + dossier.getResultSummary(),
        StepSupport.key(dossier, "result-notice"));
    steps.service.log(dossier, "DELIVERY", execution.getCurrentActivityId(), "Đã gửi thông báo kết quả qua VNeID.", null);
  }
}
