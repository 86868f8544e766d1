package vn.gov.commune.plan.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.Plan;
import vn.gov.commune.plan.PlanReviewVariables;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanStatus;

/** Template "Hủy dự thảo kế hoạch": the draft is discarded with the reviewer's reason. */
@Component("discardDraftPlan")
public class DiscardDraftPlan implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;

  public DiscardDraftPlan(PlanStepSupport support, PlanService service) {
    this.support = support;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Plan plan = support.plan(execution);
    plan.setStatus(PlanStatus.DISCARDED);
    service.save(plan);
    service.log(plan, null, "DISCARD", "Hủy dự thảo kế hoạch.", PlanStepSupport.string(execution, PlanReviewVariables.REVIEW_NOTE),
        PlanStatus.DRAFT.label(), PlanStatus.DISCARDED.label());
  }
}
