package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.ProcessingVariables;

/**
 * Create listener of the review and approval tasks: a task entered again (review after the leader
 * returned it, approval after a new review) starts with no decision chosen, so the previous
 * round's choice cannot be submitted by accident. The leader's reason stays visible to the
 * specialist until the leader decides again. Changes nothing else.
 */
@Component("clearStaleDecision")
public class ClearStaleDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case StepSupport.REVIEW_TASK -> task.getExecution().setVariable(ProcessingVariables.REVIEW_DECISION, null);
      case StepSupport.APPROVAL_TASK -> {
        task.getExecution().setVariable(ProcessingVariables.APPROVAL_DECISION, null);
        task.getExecution().setVariable(ProcessingVariables.RETURN_REASON, null);
      }
      default -> { }
    }
  }
}
