package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierSlips;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.integration.PaymentClient;
import vn.gov.commune.integration.PaymentRequest;

/** Asks the payment platform for the fee (idempotency key {code}:payment). */
@Component("requestPayment")
public class RequestPayment implements JavaDelegate {

  private final StepSupport steps;
  private final PaymentClient payment;

  public RequestPayment(StepSupport steps, PaymentClient payment) {
    this.steps = steps;
    this.payment = payment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    PaymentRequest request =
        payment.requestPayment(
            dossier.getCode(), dossier.getFee(), "Phí, lệ phí " + dossier.getProcedureName(), StepSupport.key(dossier, "payment"));
    dossier.setPaymentId(request.paymentId());
    steps.service.changeStatus(
        dossier,
        DossierStatus.PAYMENT_REQUESTED,
        execution.getCurrentActivityId(),
        "Yêu cầu nộp phí, lệ phí " + DossierSlips.money(dossier.getFee()) + " qua Nền tảng thanh toán.",
        null);
  }
}
