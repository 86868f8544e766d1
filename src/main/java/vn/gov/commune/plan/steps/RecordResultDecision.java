package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.DECISION_NOTE;
import static vn.gov.commune.plan.PlanTaskVariables.REPORT_ID;
import static vn.gov.commune.plan.PlanTaskVariables.RETURN_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;
import vn.gov.commune.plan.ProgressReport;
import vn.gov.commune.plan.ProgressReportRepository;

/**
 * Template "Ghi nhận quyết định về báo cáo": the decision of the lead unit's head or of the BCĐ
 * office (input decidedBy) lands on the report and in the task's history.
 */
@Component("recordResultDecision")
public class RecordResultDecision implements JavaDelegate {

  /** Input of the template: "unitHead" or "steering". */
  public static final String DECIDED_BY = "decidedBy";

  private final PlanStepSupport support;
  private final PlanService service;
  private final ProgressReportRepository reports;

  public RecordResultDecision(PlanStepSupport support, PlanService service, ProgressReportRepository reports) {
    this.support = support;
    this.service = service;
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ResultDecider decider = ResultDecider.of(PlanStepSupport.input(execution, DECIDED_BY));
    PlanTask task = support.task(execution);
    String decision = decider.requireDecision(execution);
    ProgressReport report = reports.findById(((Number) execution.getVariable(REPORT_ID)).longValue()).orElseThrow();
    if (PlanTaskVariables.RETURN.equals(decision)) {
      String reason = PlanStepSupport.string(execution, RETURN_REASON);
      report.decide(ProgressReport.RETURNED, reason, service.actor(), PlanService.now());
      reports.save(report);
      service.log(task.getPlan(), task, "DECISION", decider.label + " trả lại báo cáo nhiệm vụ " + task.getCode() + ".", reason, null,
          ProgressReport.RETURNED);
    } else {
      String note = PlanStepSupport.string(execution, DECISION_NOTE);
      report.decide(decider.accepted, note, service.actor(), PlanService.now());
      reports.save(report);
      execution.setVariable(RETURN_REASON, null);
      service.log(task.getPlan(), task, "DECISION", decider.label + " chấp nhận báo cáo nhiệm vụ " + task.getCode() + ".", note, null,
          decider.accepted);
    }
  }
}
