package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierSlips;

/**
 * The payment platform confirmed the payment: the dossier records it and keeps the fee receipt
 * (Biên lai thu phí, lệ phí) as one of its documents. Runs once per dossier: the callback answers a
 * repeated confirmation without waking the process again.
 */
@Component("recordPayment")
public class RecordPayment implements JavaDelegate {

  /** Who collected the fee, as the receipt names it. */
  static final String PLATFORM = "Nền tảng thanh toán trực tuyến";

  private final StepSupport steps;

  public RecordPayment(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    dossier.setPaidAt(DossierService.now());
    steps.service.save(dossier);
    String step = execution.getCurrentActivityId();
    steps.service.log(dossier, "PAYMENT", step,
        "Công dân đã nộp phí, lệ phí " + DossierSlips.money(dossier.getFee()) + " (mã giao dịch " + dossier.getPaymentId() + ").", null);
    steps.issue(dossier, SlipType.FEE_RECEIPT, steps.slips.feeReceipt(dossier, PLATFORM), step);
  }
}
