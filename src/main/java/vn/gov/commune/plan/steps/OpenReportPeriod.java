package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.PERIOD;
import static vn.gov.commune.plan.PlanTaskVariables.PERIOD_LABEL;
import static vn.gov.commune.plan.PlanTaskVariables.RESULT_PERIOD;

import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.TaskStatus;

/**
 * Template "Xác định hạn, lịch nhắc của kỳ": the due date of the next period and its reminder dates
 * (the timers' variables): the deadline of a one-off task, or the next monthly report (last working
 * day before the plan's monthly due day) of a recurring one.
 */
@Component("openReportPeriod")
public class OpenReportPeriod implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;
  private final PlanCalendar calendar;

  public OpenReportPeriod(PlanStepSupport support, PlanService service, PlanCalendar calendar) {
    this.support = support;
    this.service = service;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    LocalDate due;
    String period;
    if (task.isRecurring()) {
      YearMonth month = task.getCurrentPeriod() == null
          ? firstMonth(task, calendar.today(PlanService.now()))
          : YearMonth.parse(task.getCurrentPeriod()).plusMonths(1);
      period = month.toString();
      due = calendar.monthlyDueDay(month, task.getPlan().getMonthlyDueDay());
      task.setCurrentPeriod(period);
      task.setDeadline(due);
      service.save(task);
      service.log(task.getPlan(), task, "PERIOD", "Kỳ báo cáo tháng " + month.getMonthValue() + "/" + month.getYear() + ": hạn " + PlanCalendar.day(due) + ".", null, null, period);
    } else {
      period = RESULT_PERIOD;
      due = calendar.dueDay(task.getDeadline());
    }
    execution.setVariable(PERIOD, period);
    execution.setVariable(PERIOD_LABEL, RESULT_PERIOD.equals(period)
        ? "Kết quả thực hiện nhiệm vụ"
        : "Báo cáo tháng " + YearMonth.parse(period).getMonthValue() + "/" + YearMonth.parse(period).getYear());
    support.setDeadlineVariables(execution, due);
    if (task.getStatus() != TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
      service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Nhiệm vụ " + task.getCode() + " đang thực hiện.");
    }
  }

  /** The first report is the first one still due after today. */
  private YearMonth firstMonth(PlanTask task, LocalDate today) {
    YearMonth month = YearMonth.from(today);
    while (!calendar.monthlyDueDay(month, task.getPlan().getMonthlyDueDay()).isAfter(today)) {
      month = month.plusMonths(1);
    }
    return month;
  }
}
