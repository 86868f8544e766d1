package vn.gov.commune.plan.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Guard on completing UserTask_ConfirmResult: accept, or return with a reason. */
@Component("checkSteeringDecision")
public class CheckSteeringDecision implements TaskListener {

  private final PlanStepSupport support;

  public CheckSteeringDecision(PlanStepSupport support) {
    this.support = support;
  }

  @Override
  public void notify(DelegateTask delegate) {
    support.task(delegate);
    ResultDecider.STEERING.requireDecision(delegate);
  }
}
