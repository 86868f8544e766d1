package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.ProcessingVariables;

/**
 * The consulted agency did not answer in time (template input {@code agency}, the same value as the
 * sending step: REVIEW, CATALOGUE or a code): the slot's {@code consultationAnswer} says so and {@code consultationTimedOut} is true.
 */
@Component("recordConsultationTimeout")
public class RecordConsultationTimeout implements JavaDelegate {

  private final StepSupport steps;

  public RecordConsultationTimeout(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String slot = ConsultationAgencies.slot(execution, StepSupport.input(execution, "agency", ProcessingVariables.REVIEWER_SLOT));
    String agency = ConsultationAgencies.agency(execution, slot, steps.procedure(dossier)).label();
    execution.setVariable(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_ANSWER, slot), "Quá hạn, cơ quan được hỏi chưa trả lời.");
    execution.setVariable(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_TIMED_OUT, slot), true);
    steps.service.log(dossier, "TIMEOUT", execution.getCurrentActivityId(), "Quá hạn lấy ý kiến liên thông: " + agency + " chưa trả lời.", null);
  }
}
