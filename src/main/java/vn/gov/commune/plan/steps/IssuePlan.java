package vn.gov.commune.plan.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.Plan;
import vn.gov.commune.plan.PlanCalendar;
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
  private final IdentityService identity;
  private final ObjectMapper json;

  public IssuePlan(PlanStepSupport support, PlanService service, RuntimeService runtime, IdentityService identity, ObjectMapper json) {
    this.support = support;
    this.service = service;
    this.runtime = runtime;
    this.identity = identity;
    this.json = json;
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
          PlanTaskVariables.LEAD_UNIT_NAME, service.unit(plan.getCommuneId(), task.getLeadUnitCode())
              .map(vn.gov.commune.organisation.OrgUnit::getName).orElse(task.getLeadUnitCode()),
          PlanTaskVariables.RECURRING, task.isRecurring(),
          PlanTaskVariables.EXPECTED_RESULT, task.getExpectedResult(),
          PlanTaskVariables.DEADLINE_TEXT, task.isRecurring()
              ? "Thường xuyên, báo cáo trước ngày " + plan.getMonthlyDueDay() + " hằng tháng" : PlanCalendar.day(task.getDeadline()));
      variables.put(PlanTaskVariables.OFFICER_CHOICES, SpinValues.jsonValue(officerChoices(plan, task)).create());
      String instanceId = service.asSystem(() -> runtime.startProcessInstanceByKey(
          PlanService.TASK_PROCESS, PlanStepSupport.businessKey(plan, task), variables).getId());
      task.setProcessInstanceId(instanceId);
      service.save(task);
    }
  }

  /**
   * The lead unit's members as the assignment form's options: [{label: "Trần Văn Minh (sathay.specialist)",
   * value: "sathay.specialist"}], by name.
   */
  String officerChoices(Plan plan, PlanTask task) {
    List<String> members = service.unit(plan.getCommuneId(), task.getLeadUnitCode()).map(u -> List.copyOf(u.getMembers())).orElse(List.of());
    List<String[]> choices = new java.util.ArrayList<>();
    for (String userId : members) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      String name = user == null ? null
          : ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
      choices.add(new String[] {name == null || name.isEmpty() ? userId : name + " (" + userId + ")", userId});
    }
    java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
    choices.sort(Comparator.comparing((String[] c) -> c[0], vietnamese));
    ArrayNode array = json.createArrayNode();
    choices.forEach(c -> array.addObject().put("label", c[0]).put("value", c[1]));
    return array.toString();
  }
}
