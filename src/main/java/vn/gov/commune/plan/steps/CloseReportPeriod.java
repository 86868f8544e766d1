package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_AT;
import static vn.gov.commune.plan.PlanTaskVariables.MORE_PERIODS;
import static vn.gov.commune.plan.PlanTaskVariables.REPORT_ID;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.ProgressReport;
import vn.gov.commune.plan.ProgressReportRepository;
import vn.gov.commune.plan.TaskStatus;

/**
 * Template "Ghi nhận kết quả của kỳ": the accepted report ends the period, on time when submitted by
 * the deadline; output morePeriods tells whether a recurring task has another monthly report due.
 */
@Component("closeReportPeriod")
public class CloseReportPeriod implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;
  private final PlanCalendar calendar;
  private final ProgressReportRepository reports;

  public CloseReportPeriod(PlanStepSupport support, PlanService service, PlanCalendar calendar, ProgressReportRepository reports) {
    this.support = support;
    this.service = service;
    this.calendar = calendar;
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    ProgressReport report = reports.findById(((Number) execution.getVariable(REPORT_ID)).longValue()).orElseThrow();
    boolean late = report.getSubmittedAt().isAfter(((Date) execution.getVariable(DEADLINE_AT)).toInstant());
    if (late) {
      task.setLatePeriods(task.getLatePeriods() + 1);
    }
    boolean more = false;
    if (task.isRecurring()) {
      LocalDate end = task.getRecurrenceEnd() != null ? task.getRecurrenceEnd() : task.getPlan().getEndsOn();
      YearMonth next = YearMonth.parse(task.getCurrentPeriod()).plusMonths(1);
      more = !calendar.monthlyDueDay(next, task.getPlan().getMonthlyDueDay()).isAfter(end);
      if (task.getStatus() == TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
        service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Đã có báo cáo tháng " + PlanCalendar.month(task.getCurrentPeriod()) + ".");
      }
    }
    service.save(task);
    service.log(task.getPlan(), task, "PERIOD_CLOSED", "Kết thúc kỳ " + report.getPeriod() + (late ? " (báo cáo quá hạn)." : " (đúng hạn)."),
        null, null, report.getPeriod());
    execution.setVariable(MORE_PERIODS, more);
  }
}
