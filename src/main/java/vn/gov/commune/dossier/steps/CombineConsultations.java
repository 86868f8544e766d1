package vn.gov.commune.dossier.steps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.ProcedureConsultation;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.ProcessingVariables;

/**
 * After the consultations of a linked procedure: one line per agency of the catalogue list, its
 * answer or that it did not answer in time. The lines go into the dossier's result summary (what the
 * citizen and the receiving commune see), the history, and the variable {@code consultationSummary}.
 */
@Component("combineConsultations")
public class CombineConsultations implements JavaDelegate {

  static final String SUMMARY = "consultationSummary";
  /** The result summary column holds 2000 characters; each answer is cut to keep every agency's line. */
  private static final int ANSWER_MAX = 300;
  private static final int SUMMARY_MAX = 2000;

  private final StepSupport steps;

  public CombineConsultations(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    List<String> lines = new ArrayList<>();
    int answered = 0;
    List<ProcedureConsultation> consultations = steps.procedure(dossier).getConsultations();
    for (ProcedureConsultation c : consultations) {
      String slot = c.getAgency().name();
      boolean timedOut = Boolean.TRUE.equals(execution.getVariable(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_TIMED_OUT, slot)));
      String answer = StepSupport.string(execution, ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_ANSWER, slot));
      String outcome;
      if (timedOut || answer == null || answer.isBlank()) {
        outcome = "quá hạn, chưa trả lời";
      } else {
        answered++;
        outcome = "đã trả lời: " + cut(answer, ANSWER_MAX);
      }
      lines.add("• " + c.getAgency().label() + " (" + c.getPurpose() + "): " + outcome);
    }
    String summary = "Kết quả liên thông (" + answered + "/" + consultations.size() + " cơ quan trả lời):\n" + String.join("\n", lines);
    execution.setVariable(SUMMARY, summary);
    String before = dossier.getResultSummary();
    dossier.setResultSummary(cut(before == null || before.isBlank() ? summary : before + "\n\n" + summary, SUMMARY_MAX));
    steps.service.save(dossier);
    steps.service.log(dossier, "CONSULTATION", execution.getCurrentActivityId(),
        "Tổng hợp kết quả liên thông: " + answered + "/" + consultations.size() + " cơ quan trả lời.", cut(summary, SUMMARY_MAX));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
