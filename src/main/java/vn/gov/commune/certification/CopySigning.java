package vn.gov.commune.certification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.commune.engine.FourEyes;

/**
 * Complete listener of "Ký chứng thực" in certify-copy: the signer is a leader of the commune who did
 * not compare the copy with the original (four eyes), and the signer recorded is the authenticated
 * user, whatever variables the completion carries.
 */
@Component("copySigning")
public class CopySigning {

  static final String COMPARE_TASK = "UserTask_CompareWithOriginal";

  private final FourEyes fourEyes;

  public CopySigning(FourEyes fourEyes) {
    this.fourEyes = fourEyes;
  }

  public void checkSigner(DelegateTask task) {
    task.setVariable("signedBy", fourEyes.requireApprover(task, COMPARE_TASK));
  }
}
