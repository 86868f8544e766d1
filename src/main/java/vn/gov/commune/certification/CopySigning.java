package vn.gov.commune.certification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.gov.commune.engine.FourEyes;

/**
 * Completion guard of "Ký chứng thực" in certify-copy ({@code <camunda:taskListener event="complete"
 * delegateExpression="${copySigning}"/>}): the completion is refused unless the signer is a leader of
 * the commune who did not compare the copy with the original (four eyes); the signer recorded is the
 * authenticated user, whatever variables the completion carries.
 *
 * <p>When the leader signs ({@code signDecision = sign}), the attestation "BẢN SAO ĐƯỢC CHỨNG THỰC TỪ
 * BẢN CHÍNH" is rendered, signed with the leader's certificate through the remote signing service
 * (PAdES) and kept ({@link CertifiedCopies}); its file key, number and signature id become process
 * variables. If signing fails, the completion fails and the leader sees why. A refusal issues nothing.
 */
@Component("copySigning")
public class CopySigning implements TaskListener {

  static final String COMPARE_TASK = "UserTask_CompareWithOriginal";

  private final FourEyes fourEyes;
  private final CertifiedCopies certifiedCopies;

  public CopySigning(FourEyes fourEyes, CertifiedCopies certifiedCopies) {
    this.fourEyes = fourEyes;
    this.certifiedCopies = certifiedCopies;
  }

  @Override
  public void notify(DelegateTask task) {
    String signer = fourEyes.requireApprover(task, COMPARE_TASK);
    task.setVariable(CertifyCopyVariables.SIGNED_BY, signer);
    if (!"sign".equals(task.getVariable(CertifyCopyVariables.SIGN_DECISION))) {
      CertifyCopyVariables.CERTIFIED_COPY.forEach(task::removeVariable);
      return;
    }
    String code = text(task, CertifyCopyVariables.REQUEST_CODE);
    CertifiedCopies.Issued issued = certifiedCopies.issue(new CertifiedCopies.Copy(
        code,
        task.getTenantId(),
        text(task, CertifyCopyVariables.PROCEDURE_NAME),
        text(task, CertifyCopyVariables.APPLICANT_NAME),
        text(task, CertifyCopyVariables.DOCUMENT_TITLE),
        number(task, CertifyCopyVariables.PAGE_COUNT),
        number(task, CertifyCopyVariables.COPY_COUNT),
        number(task, CertifyCopyVariables.FEE),
        signer,
        ClockUtil.getCurrentTime().toInstant()));
    task.setVariable(CertifyCopyVariables.CERTIFIED_COPY_FILE, issued.storageKey());
    task.setVariable(CertifyCopyVariables.CERTIFIED_COPY_NUMBER, CertifiedCopies.number(code));
    task.setVariable(CertifyCopyVariables.CERTIFIED_COPY_SIGNATURE, issued.signatureId());
  }

  private static String text(DelegateTask task, String name) {
    return task.getVariable(name) instanceof String value ? value : "";
  }

  private static int number(DelegateTask task, String name) {
    return task.getVariable(name) instanceof Number value ? value.intValue() : 0;
  }
}
