package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Candidate groups of the processing tasks, from the catalogue and the routing decision, never
 * from variables: {@code camunda:candidateGroups="${dossierGroups.processing(execution)}"} /
 * {@code "${dossierGroups.approver(execution)}"}.
 */
@Component("dossierGroups")
public class DossierGroups {

  private final StepSupport steps;

  public DossierGroups(StepSupport steps) {
    this.steps = steps;
  }

  /** The catalogue's processing group of the dossier's procedure. */
  public String processing(DelegateExecution execution) {
    return steps.procedure(steps.dossier(execution)).getProcessingGroup();
  }

  /** What the routing decision chose for the dossier, else the catalogue's approving group. */
  public String approver(DelegateExecution execution) {
    return steps.approverGroup(steps.dossier(execution));
  }
}
