package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.ProcessingVariables;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.engine.FourEyes;
import vn.gov.commune.integration.Signature;
import vn.gov.commune.integration.SigningClient;
import vn.gov.commune.shared.Hashes;

/** Renders the result (or the refusal), has it digitally signed, and marks the dossier processed. */
@Component("signResult")
public class SignResult implements JavaDelegate {

  private final StepSupport steps;
  private final SigningClient signing;
  private final FourEyes fourEyes;

  public SignResult(StepSupport steps, SigningClient signing, FourEyes fourEyes) {
    this.steps = steps;
    this.signing = signing;
    this.fourEyes = fourEyes;
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
    var content = refused ? steps.slips.refusal(dossier, note, signer) : steps.slips.result(dossier, note, signer);
    byte[] document = steps.service.slipRenderer().render(content);
    // the document's hash is part of the key: a retry that renders the same document gets the same
    // signature, one rendered anew after a crash (another date) is signed afresh, not refused as a replay
    String sha256 = Hashes.sha256Hex(document);
    Signature signature = signing.sign(dossier.getCode(), signer, sha256, StepSupport.key(dossier, "sign:" + sha256));
    dossier.setResultType(refused ? Dossier.ResultType.REFUSED : Dossier.ResultType.APPROVED);
    dossier.setResultSummary(note);
    dossier.setResultSignatureId(signature.signatureId());
    dossier.setProcessedAt(DossierService.now());
    String step = execution.getCurrentActivityId();
    steps.service.issue(dossier, refused ? SlipType.REFUSAL : SlipType.RESULT, document, step);
    steps.service.changeStatus(
        dossier,
        DossierStatus.PROCESSED,
        step,
        (refused ? "Đã ký số văn bản từ chối giải quyết" : "Đã ký số kết quả giải quyết") + " (chữ ký " + signature.signatureId() + ").",
        refused ? note : null);
    execution.setVariable(ProcessingVariables.PROCESSING_OUTCOME, refused ? "REFUSED" : "APPROVED");
  }
}
