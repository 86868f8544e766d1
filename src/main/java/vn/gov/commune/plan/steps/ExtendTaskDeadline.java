package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_AT;
import static vn.gov.commune.plan.PlanTaskVariables.EXTENSION_REASON;
import static vn.gov.commune.plan.PlanTaskVariables.REMINDER_DAYS;
import static vn.gov.commune.plan.PlanTaskVariables.REQUESTED_DEADLINE;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;
import vn.gov.commune.plan.TaskStatus;

/**
 * Template "Gia hạn, dời lịch nhắc": the task gets the requested deadline; in a running period the
 * deadline variables are computed again, the reminder and overdue timers move with them, a timer
 * that has already fired (the 7-day reminder of a task extended a few days before its deadline, the
 * overdue timer of a late task) is armed again for the new deadline when its new time is still to
 * come, and the officer's open task shows the new deadline as its due date ("Hạn xử lý" in Tasklist).
 *
 * <p>The step runs for the steering office's member who approved; the timers and the officer's task
 * of this one task instance are changed as the system (the member's engine rights do not reach the
 * officer's task), after the task was taken through {@link PlanStepSupport#task}.
 */
@Component("extendTaskDeadline")
public class ExtendTaskDeadline implements JavaDelegate {

  /** The timers of plan-task.bpmn on SubProcess_CarryOut: the overdue one (at deadlineAt) and one per reminder (at reminder7At, …). */
  static final String OVERDUE_TIMER = "BoundaryEvent_Overdue";

  static String reminderTimer(int workingDaysBefore) {
    return "BoundaryEvent_Reminder" + workingDaysBefore;
  }

  private final PlanStepSupport support;
  private final PlanService service;
  private final PlanCalendar calendar;
  private final ManagementService management;
  private final TaskService taskService;

  public ExtendTaskDeadline(
      PlanStepSupport support, PlanService service, PlanCalendar calendar, ManagementService management, TaskService taskService) {
    this.support = support;
    this.service = service;
    this.calendar = calendar;
    this.management = management;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    LocalDate previous = task.getDeadline();
    LocalDate requested = LocalDate.parse(PlanStepSupport.string(execution, REQUESTED_DEADLINE));
    task.setDeadline(requested);
    service.save(task);
    service.log(task.getPlan(), task, "EXTENSION", "Gia hạn nhiệm vụ " + task.getCode() + " đến " + PlanCalendar.day(requested) + " (Thường trực BCĐ đồng ý).",
        PlanStepSupport.string(execution, EXTENSION_REASON), String.valueOf(previous), requested.toString());
    if (execution.getVariable(DEADLINE_AT) == null) {
      return; // not assigned yet: the first period takes the new deadline
    }
    Date previousDeadlineAt = (Date) execution.getVariable(DEADLINE_AT);
    support.setDeadlineVariables(execution, calendar.dueDay(requested));
    Date deadlineAt = (Date) execution.getVariable(DEADLINE_AT);
    service.asSystem(() -> {
      for (int days : REMINDER_DAYS) {
        moveTimer(execution, reminderTimer(days), (Date) execution.getVariable(PlanTaskVariables.reminderAt(days)));
      }
      moveTimer(execution, OVERDUE_TIMER, deadlineAt);
      moveTaskDueDates(execution, previousDeadlineAt, deadlineAt);
      return null;
    });
    if (task.getStatus() == TaskStatus.DANG_THUC_HIEN_QUA_HAN) {
      service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Gia hạn đến " + PlanCalendar.day(requested) + ".");
    }
  }

  /** Moves the pending timer of {@code activity} to {@code due}; re-arms it when it has fired and {@code due} is still to come. */
  private void moveTimer(DelegateExecution execution, String activity, Date due) {
    var jobs = management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(activity).list();
    for (Job job : jobs) {
      management.setJobDuedate(job.getId(), due);
    }
    if (jobs.isEmpty() && due != null && due.after(ClockUtil.getCurrentTime())) {
      rearm((ExecutionEntity) execution, activity);
    }
  }

  /**
   * Creates the timer of boundary event {@code activity} again, as the engine does when its
   * activity starts: from the model's timer declaration, on the execution of the activity it is
   * attached to, so that its time is read from the (new) variable the model names. Nothing happens
   * when that activity is not running (its timers are made when it starts, from the new variables).
   */
  private static void rearm(ExecutionEntity execution, String activity) {
    ActivityImpl boundary = execution.getProcessDefinition().findActivity(activity);
    if (boundary == null) {
      return;
    }
    ScopeImpl attachedTo = boundary.getEventScope();
    TimerDeclarationImpl timer = TimerDeclarationImpl.getDeclarationsForScope(attachedTo).get(activity);
    ExecutionEntity scopeExecution = executionOf(execution.getProcessInstance(), attachedTo);
    if (timer != null && scopeExecution != null) {
      timer.createTimerInstance(scopeExecution);
    }
  }

  /** The execution of the running scope {@code scope} in the process instance, or null when no activity in it runs. */
  private static ExecutionEntity executionOf(ExecutionEntity processInstance, ScopeImpl scope) {
    Deque<ExecutionEntity> open = new ArrayDeque<>();
    open.push(processInstance);
    while (!open.isEmpty()) {
      ExecutionEntity candidate = open.pop();
      if (candidate.isActive() && candidate.getActivity() != null && within(candidate.getActivity(), scope)) {
        return (ExecutionEntity) candidate.findExecutionForFlowScope(scope);
      }
      candidate.getExecutions().forEach(open::push);
    }
    return null;
  }

  private static boolean within(ActivityImpl activity, ScopeImpl scope) {
    for (ScopeImpl current = activity.getFlowScope(); current != null;
        current = current instanceof ActivityImpl inner ? inner.getFlowScope() : null) {
      if (current == scope) {
        return true;
      }
    }
    return false;
  }

  /** The open user tasks of the instance that were due at the old deadline (the officer's report) are due at the new one. */
  private void moveTaskDueDates(DelegateExecution execution, Date previous, Date deadlineAt) {
    if (previous == null) {
      return;
    }
    for (Task open : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).dueDate(previous).list()) {
      open.setDueDate(deadlineAt);
      taskService.saveTask(open);
    }
  }
}
