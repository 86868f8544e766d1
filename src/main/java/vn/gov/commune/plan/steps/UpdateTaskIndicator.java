package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.INDICATOR_TEXT;
import static vn.gov.commune.plan.PlanTaskVariables.REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.IndicatorService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.ProgressReport;
import vn.gov.commune.plan.ProgressReportRepository;

/**
 * Template "Cập nhật chỉ tiêu": the value of the task's indicator (e.g. share of dossiers settled on
 * time) now, stored with the report just saved, and its description for the reviewers' forms.
 */
@Component("updateTaskIndicator")
public class UpdateTaskIndicator implements JavaDelegate {

  private final PlanStepSupport support;
  private final ProgressReportRepository reports;
  private final IndicatorService indicators;

  public UpdateTaskIndicator(PlanStepSupport support, ProgressReportRepository reports, IndicatorService indicators) {
    this.support = support;
    this.reports = reports;
    this.indicators = indicators;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    Double value = task.getIndicator() == null ? null : indicators.value(task.getIndicator(), task.getPlan().getCommuneId());
    ProgressReport report = reports.findById(((Number) execution.getVariable(REPORT_ID)).longValue()).orElseThrow();
    report.recordIndicatorValue(value);
    reports.save(report);
    execution.setVariable(INDICATOR_TEXT, IndicatorService.describe(task.getIndicator(), task.getIndicatorTarget(), value));
  }
}
