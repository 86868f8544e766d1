package vn.gov.commune.certification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.engine.FourEyes;

/**
 * Completion guard of "Ký chứng thực" in certify-copy ({@code <camunda:taskListener event="complete"
 * delegateExpression="${copySigning}"/>}): the completion is refused unless the signer is a leader of
 * the commune who did not compare the copy with the original (four eyes); the signer recorded is the
 * authenticated user, whatever variables the completion carries.
 */
@Component("copySigning")
public class CopySigning implements TaskListener {

  static final String COMPARE_TASK = "UserTask_CompareWithOriginal";

  private final FourEyes fourEyes;

  public CopySigning(FourEyes fourEyes) {
    this.fourEyes = fourEyes;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(CertifyCopyVariables.SIGNED_BY, fourEyes.requireApprover(task, COMPARE_TASK));
  }
}
