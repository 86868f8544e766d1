package vn.gov.commune.plan.steps;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.Plan;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanStatus;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;

/** Template "Ban hành kế hoạch, giao nhiệm vụ": the plan is issued, one plan-task instance per task, in the commune's tenant. */
@Component("issuePlan")
public class IssuePlan implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;
  private final RuntimeService runtime;

  public IssuePlan(PlanStepSupport support, PlanService service, RuntimeService runtime) {
    this.support = support;
    this.service = service;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Plan plan = support.plan(execution);
    plan.setStatus(PlanStatus.ISSUED);
    service.save(plan);
    service.log(plan, null, "ISSUE", "Ban hành kế hoạch " + plan.getNumber() + ", giao " + service.tasks(plan).size() + " nhiệm vụ.", null,
        PlanStatus.DRAFT.label(), PlanStatus.ISSUED.label());
    for (PlanTask task : service.tasks(plan)) {
      Map<String, Object> variables = PlanService.vars(
          PlanTaskVariables.COMMUNE_ID, plan.getCommuneId(),
          PlanTaskVariables.PLAN_ID, plan.getId(),
          PlanTaskVariables.PLAN_TASK_ID, task.getId(),
          PlanTaskVariables.PLAN_NUMBER, plan.getNumber(),
          PlanTaskVariables.TASK_CODE, task.getCode(),
          PlanTaskVariables.TASK_CONTENT, task.getContent(),
          PlanTaskVariables.LEAD_UNIT_CODE, task.getLeadUnitCode(),
          PlanTaskVariables.RECURRING, task.isRecurring(),
          PlanTaskVariables.EXPECTED_RESULT, task.getExpectedResult(),
          PlanTaskVariables.DEADLINE_TEXT, task.isRecurring()
              ? "Thường xuyên, báo cáo trước ngày " + plan.getMonthlyDueDay() + " hằng tháng" : String.valueOf(task.getDeadline()));
      String instanceId = service.asSystem(() -> runtime.startProcessInstanceByKey(
          PlanService.TASK_PROCESS, PlanStepSupport.businessKey(plan, task), variables).getId());
      task.setProcessInstanceId(instanceId);
      service.save(task);
    }
  }
}
