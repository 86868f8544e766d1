package vn.gov.commune.plan.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.organisation.OrgUnit;
import vn.gov.commune.plan.PlanLifecycle;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;
import vn.gov.commune.web.ApiException;

/** Guard on completing UserTask_AssignOfficer: the lead unit's head names an officer of the unit. */
@Component("checkAssignment")
public class CheckAssignment implements TaskListener {

  private final PlanStepSupport support;

  public CheckAssignment(PlanStepSupport support) {
    this.support = support;
  }

  @Override
  public void notify(DelegateTask delegate) {
    PlanTask task = support.task(delegate);
    String officerId = PlanStepSupport.require(delegate, PlanTaskVariables.OFFICER_ID, "Chọn cán bộ thực hiện nhiệm vụ.");
    OrgUnit unit = support.requireLeadUnitHead(task, "phân công");
    try {
      PlanLifecycle.requireMember(unit, officerId);
    } catch (ApiException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
  }
}
