package vn.gov.commune.certification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.commune.organisation.StaffDirectory;

/**
 * Completion listener of "Đối chiếu bản sao với bản chính" in certify-copy ({@code <camunda:taskListener
 * event="complete" delegateExpression="${copyComparison}"/>}): records who compared the copy with the
 * original, as the signing form shows it to the leader: full name and position ({@code comparedByName}),
 * taken from the authenticated user, whatever variables the completion carries.
 */
@Component("copyComparison")
public class CopyComparison implements TaskListener {

  private final IdentityService identity;
  private final StaffDirectory staff;

  public CopyComparison(IdentityService identity, StaffDirectory staff) {
    this.identity = identity;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication authentication = identity.getCurrentAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    String comparer = user != null ? user : task.getAssignee();
    task.setVariable(CertifyCopyVariables.COMPARED_BY_NAME, comparer == null ? "" : staff.nameAndPosition(comparer));
  }
}
