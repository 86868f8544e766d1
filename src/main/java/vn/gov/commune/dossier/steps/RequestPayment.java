package vn.gov.commune.dossier.steps;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierSlips;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.integration.PaymentClient;
import vn.gov.commune.integration.PaymentRequest;
import vn.gov.commune.integration.VneidClient;

/**
 * Asks the payment platform for the fee (idempotency key {code}:payment) and tells the citizen
 * where and until when to pay: the link and the deadline go to the national portal with the status
 * change (status 6, its note) and to VNeID (key {code}:payment-notice). The deadline is the one the
 * payment-overdue timer of the model uses: {@code paymentWithinWorkingDays} working days from now.
 * Sets {@code paymentUrl} and {@code paymentDueAt}.
 */
@Component("requestPayment")
public class RequestPayment implements JavaDelegate {

  private final StepSupport steps;
  private final PaymentClient payment;
  private final VneidClient vneid;

  public RequestPayment(StepSupport steps, PaymentClient payment, VneidClient vneid) {
    this.steps = steps;
    this.payment = payment;
    this.vneid = vneid;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    PaymentRequest request =
        payment.requestPayment(
            dossier.getCode(), dossier.getFee(), "Phí, lệ phí " + dossier.getProcedureName(), StepSupport.key(dossier, "payment"));
    if (request.payUrl() == null || !request.payUrl().matches("https?://[^\\s]{1,490}")) {
      throw new org.camunda.bpm.engine.ProcessEngineException("Nền tảng thanh toán trả về đường dẫn nộp phí không hợp lệ.");
    }
    Integer days = StepSupport.integer(execution, DossierVariables.PAYMENT_WITHIN_WORKING_DAYS);
    Instant due = steps.calendar.deadline(DossierService.now(), days != null ? days : steps.procedure(dossier).getPaymentWithinWorkingDays());
    String notice = "Nộp phí, lệ phí " + DossierSlips.money(dossier.getFee()) + " cho hồ sơ " + dossier.getCode()
        + " qua Nền tảng thanh toán tại " + request.payUrl() + " trước " + steps.slips.dateTime(due)
        + "; quá hạn mà chưa nộp thì hồ sơ bị dừng xử lý.";
    dossier.setPaymentId(request.paymentId());
    execution.setVariable(DossierVariables.PAYMENT_URL, request.payUrl());
    execution.setVariable(DossierVariables.PAYMENT_DUE_AT, Date.from(due));
    steps.service.changeStatus(
        dossier,
        DossierStatus.PAYMENT_REQUESTED,
        execution.getCurrentActivityId(),
        "Yêu cầu nộp phí, lệ phí " + DossierSlips.money(dossier.getFee()) + " qua Nền tảng thanh toán.",
        notice);
    if (dossier.getApplicantPersonalId() != null && !dossier.getApplicantPersonalId().isBlank()) {
      vneid.notify(dossier.getApplicantPersonalId(), dossier.getCode(), "Yêu cầu nộp phí, lệ phí", notice, StepSupport.key(dossier, "payment-notice"));
      steps.service.log(dossier, "NOTIFICATION", execution.getCurrentActivityId(), "Đã gửi đường dẫn và hạn nộp phí, lệ phí qua VNeID.", notice);
    }
  }
}
