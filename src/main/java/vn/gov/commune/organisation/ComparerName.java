package vn.gov.commune.organisation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of a step where an officer compares a copy with its original ("Đối chiếu bản sao
 * với bản chính" in certify-copy: {@code <camunda:taskListener event="complete"
 * delegateExpression="${recordComparerName}"/>}): records who compared, by full name and position
 * ({@value #VARIABLE}), for the signing form the leader reads. Taken from the logged-in user, whatever
 * variables the completion carries. It lives here, beside {@link StaffDirectory}, because the
 * certification module may not depend on organisation (organisation → catalogue → certification).
 */
@Component("recordComparerName")
public class ComparerName implements TaskListener {

  /** The process variable it sets (certify-copy's {@code comparedByName}). */
  public static final String VARIABLE = "comparedByName";

  private final StaffDirectory staff;

  public ComparerName(StaffDirectory staff) {
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    String comparer = staff.currentNameAndPosition();
    task.setVariable(VARIABLE, comparer.isEmpty() && task.getAssignee() != null ? staff.nameAndPosition(task.getAssignee()) : comparer);
  }
}
