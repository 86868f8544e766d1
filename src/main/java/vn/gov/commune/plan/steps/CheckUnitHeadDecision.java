package vn.gov.commune.plan.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Guard on completing UserTask_ReviewResult: only the lead unit's head decides, accept or return with a reason. */
@Component("checkUnitHeadDecision")
public class CheckUnitHeadDecision implements TaskListener {

  private final PlanStepSupport support;

  public CheckUnitHeadDecision(PlanStepSupport support) {
    this.support = support;
  }

  @Override
  public void notify(DelegateTask delegate) {
    support.requireLeadUnitHead(support.task(delegate), "xem xét kết quả");
    ResultDecider.UNIT_HEAD.requireDecision(delegate);
  }
}
