package vn.gov.commune.dossier.steps;

import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.commune.digitisation.ContentRefusedException;
import vn.gov.commune.dossier.ComponentDigitisation;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierDocument;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.ProcessingVariables;
import vn.gov.commune.dossier.ResultSignatures;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.engine.FourEyes;
import vn.gov.commune.integration.Signature;

/**
 * Renders the result (or the refusal) as a PDF, has it digitally signed by the approving leader through
 * the remote signing service (PAdES), keeps the signed PDF and marks the dossier processed. A signed
 * result is also kept with its digitisation record (the text and pages it was rendered with), so that
 * a later dossier of the citizen can link it from the data store instead of having it scanned.
 */
@Component("signResult")
public class SignResult implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SignResult.class);

  private final StepSupport steps;
  private final ResultSignatures signatures;
  private final FourEyes fourEyes;
  private final ComponentDigitisation digitisation;

  public SignResult(StepSupport steps, ResultSignatures signatures, FourEyes fourEyes, ComponentDigitisation digitisation) {
    this.steps = steps;
    this.signatures = signatures;
    this.fourEyes = fourEyes;
    this.digitisation = digitisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution, DossierStatus.PROCESSING);
    boolean refused = "REFUSE".equals(StepSupport.string(execution, ProcessingVariables.PROPOSAL));
    String note = StepSupport.string(execution, ProcessingVariables.REVIEW_NOTE);
    String signer = fourEyes.lastCompleter(execution.getProcessInstanceId(), StepSupport.APPROVAL_TASK);
    if (signer == null) {
      throw new ProcessEngineException("Không xác định được lãnh đạo đã phê duyệt hồ sơ " + dossier.getCode() + ".");
    }
    Instant at = DossierService.now();
    var paper = steps.slips.resultPaper(dossier, note, signer, refused, at);
    // the signed byte range's hash is part of the key: a retry that renders the same document gets the
    // same signature, one rendered anew after a crash (another date) is signed afresh, not refused as a replay
    ResultSignatures.Signed signed = signatures.sign(
        dossier, paper, signer, steps.slips.communeName(dossier.getCompetentCommuneId()), at, StepSupport.key(dossier, "sign"));
    Signature signature = signed.signature();
    byte[] document = signed.pdf();
    dossier.setResultType(refused ? Dossier.ResultType.REFUSED : Dossier.ResultType.APPROVED);
    dossier.setResultSummary(note);
    dossier.setResultSignatureId(signature.signatureId());
    dossier.setProcessedAt(DossierService.now());
    String step = execution.getCurrentActivityId();
    DossierDocument issued = steps.service.issue(dossier, refused ? SlipType.REFUSAL : SlipType.RESULT, document, DossierService.PDF, step);
    if (!refused) {
      try {
        digitisation.keepResult(dossier, issued.getFileName(), document, signed.pages(), signed.text());
      } catch (ContentRefusedException e) {
        // the result is signed and goes to the citizen; only its later reuse is lost
        LOG.warn("Result of dossier {} not kept for reuse: {}", dossier.getCode(), e.getMessage());
      }
    }
    steps.service.changeStatus(
        dossier,
        DossierStatus.PROCESSED,
        step,
        (refused ? "Đã ký số văn bản từ chối giải quyết" : "Đã ký số kết quả giải quyết") + " (chữ ký " + signature.signatureId() + ").",
        refused ? note : null);
    execution.setVariable(ProcessingVariables.PROCESSING_OUTCOME, refused ? "REFUSED" : "APPROVED");
  }
}
