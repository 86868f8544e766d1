package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanReviewVariables.DISCARD;
import static vn.gov.commune.plan.PlanReviewVariables.ISSUE;
import static vn.gov.commune.plan.PlanReviewVariables.REVIEW_DECISION;
import static vn.gov.commune.plan.PlanReviewVariables.REVIEW_NOTE;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Guard on completing UserTask_ReviewDraft: a decision, and a reason to discard. */
@Component("checkReviewDecision")
public class CheckReviewDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String decision = PlanStepSupport.require(task, REVIEW_DECISION, "Chọn ban hành hoặc hủy dự thảo.");
    if (DISCARD.equals(decision)) {
      PlanStepSupport.require(task, REVIEW_NOTE, "Nhập lý do hủy dự thảo.");
    } else if (!ISSUE.equals(decision)) {
      throw new ProcessEngineException("Quyết định rà soát không hợp lệ: " + decision + ".");
    }
  }
}
