package vn.gov.commune.dossier.steps;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.DossierService;

/**
 * The due date of the next user task from the working-day calendar (template input {@code dueRule}):
 * SAME_DAY (end of today's working day), NEXT_WORKING_DAY, REVIEW_SHARE / APPROVAL_SHARE (the share
 * app.dossier.review-share / approval-share of the legal time from receipt), APPOINTMENT. The result
 * is the local variable {@code dueAt} (Date), which the template maps to the variable the modeller
 * names; the user task reads it in {@code camunda:dueDate}.
 */
@Component("workingDayDueDate")
public class WorkingDayDueDate implements JavaDelegate {

  /** The local result the template maps out. */
  static final String DUE_AT = "dueAt";

  private final StepSupport steps;
  private final double reviewShare;
  private final double approvalShare;

  public WorkingDayDueDate(
      StepSupport steps,
      @Value("${app.dossier.review-share:0.6}") double reviewShare,
      @Value("${app.dossier.approval-share:0.9}") double approvalShare) {
    this.steps = steps;
    this.reviewShare = reviewShare;
    this.approvalShare = approvalShare;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = DossierService.now();
    Instant due =
        switch (StepSupport.input(execution, "dueRule")) {
          case "SAME_DAY" -> steps.calendar.deadline(now, 0);
          case "NEXT_WORKING_DAY" -> steps.calendar.deadline(now, 1);
          case "REVIEW_SHARE" -> steps.share(steps.dossier(execution), reviewShare);
          case "APPROVAL_SHARE" -> steps.share(steps.dossier(execution), approvalShare);
          case "APPOINTMENT" -> steps.appointmentOf(steps.dossier(execution));
          default -> throw new ProcessEngineException("Cách tính hạn xử lý không hợp lệ: " + execution.getVariableLocal("dueRule") + ".");
        };
    execution.setVariableLocal(DUE_AT, Date.from(due));
  }
}
