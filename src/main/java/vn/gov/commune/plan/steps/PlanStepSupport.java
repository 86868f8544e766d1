package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_AT;
import static vn.gov.commune.plan.PlanTaskVariables.DEADLINE_DAY;
import static vn.gov.commune.plan.PlanTaskVariables.REMINDER_DAYS;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.commune.organisation.OrgUnit;
import vn.gov.commune.security.Roles;
import vn.gov.commune.plan.Plan;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanReviewVariables;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;

/**
 * What the steps of plan-review.bpmn and plan-task.bpmn share: the plan or task of the instance
 * (checked against its business key and tenant), the deadline variables the timers use, reading
 * form input. A step that refuses the input throws with a Vietnamese message; the engine rolls the
 * whole completion back.
 */
@Component
public class PlanStepSupport {

  private final PlanService service;
  private final PlanCalendar calendar;

  public PlanStepSupport(PlanService service, PlanCalendar calendar) {
    this.service = service;
    this.calendar = calendar;
  }

  public static String businessKey(Plan plan, PlanTask task) {
    return plan.getNumber() + "#" + task.getCode();
  }

  /** The plan under review: the instance's business key, in the instance's commune (never another's by a variable). */
  public Plan plan(VariableScope scope) {
    Plan plan = service.plan(((Number) scope.getVariable(PlanReviewVariables.PLAN_ID)).longValue());
    requireOwn(scope, plan, plan.getNumber());
    return plan;
  }

  /** The plan task of the instance: its business key, in the instance's commune (never another's by a variable). */
  public PlanTask task(VariableScope scope) {
    PlanTask task = service.task(((Number) scope.getVariable(PlanTaskVariables.PLAN_TASK_ID)).longValue());
    requireOwn(scope, task.getPlan(), businessKey(task.getPlan(), task));
    return task;
  }

  private static void requireOwn(VariableScope scope, Plan plan, String businessKey) {
    DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) scope;
    if (!plan.getCommuneId().equals(execution.getTenantId()) || !businessKey.equals(execution.getProcessBusinessKey())) {
      throw new AuthorizationException("Kế hoạch, nhiệm vụ " + businessKey + " không thuộc quy trình này.");
    }
  }

  /**
   * The unit-head group spans every unit of the commune; only the head of the task's lead unit may
   * assign it or accept its results.
   */
  public OrgUnit requireLeadUnitHead(PlanTask task, String action) {
    OrgUnit unit = service.unit(task.getPlan().getCommuneId(), task.getLeadUnitCode()).orElseThrow();
    String actor = service.actor();
    if (!PlanService.SYSTEM_ACTOR.equals(actor) && !unit.getMembers().contains(actor) && !isAdmin()) {
      throw new ProcessEngineException("Chỉ trưởng " + unit.getName() + " (đơn vị chủ trì) được " + action + " nhiệm vụ " + task.getCode() + ".");
    }
    return unit;
  }

  private static boolean isAdmin() {
    var auth = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication();
    return auth != null && auth.getGroupIds() != null && auth.getGroupIds().contains(Roles.ADMIN);
  }

  /** The deadline of the period and the dates of its reminder timers. */
  public void setDeadlineVariables(VariableScope scope, LocalDate due) {
    scope.setVariable(DEADLINE_DAY, PlanCalendar.day(due));
    scope.setVariable(DEADLINE_AT, Date.from(calendar.endOf(due)));
    for (int days : REMINDER_DAYS) {
      scope.setVariable(PlanTaskVariables.reminderAt(days), calendar.reminderAt(due, days));
    }
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public static String require(VariableScope scope, String name, String message) {
    String value = string(scope, name);
    if (value == null) {
      throw new ProcessEngineException(message);
    }
    return value;
  }

  /** A template's input parameter, set on the step's own scope. */
  public static String input(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException("Bước " + execution.getCurrentActivityName() + " thiếu tham số " + name + " (xem mẫu phần tử).");
    }
    return value.toString().trim();
  }
}
