package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanReviewVariables.DRAFT_OBJECTIVES;
import static vn.gov.commune.plan.PlanReviewVariables.DRAFT_TASKS;
import static vn.gov.commune.plan.PlanReviewVariables.PLAN_ENDS_ON;
import static vn.gov.commune.plan.PlanReviewVariables.PLAN_NUMBER;
import static vn.gov.commune.plan.PlanReviewVariables.PLAN_TITLE;
import static vn.gov.commune.plan.PlanReviewVariables.REVIEW_NOTE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.DraftReader;
import vn.gov.commune.plan.Plan;
import vn.gov.commune.plan.PlanCalendar;
import vn.gov.commune.plan.PlanLifecycle;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.web.ApiException;

/** Template "Cập nhật dự thảo theo rà soát": the reviewer's title, number, end date and task list replace the draft's. */
@Component("reviseDraftPlan")
public class ReviseDraftPlan implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;
  private final PlanLifecycle lifecycle;
  private final ObjectMapper json;

  public ReviseDraftPlan(PlanStepSupport support, PlanService service, PlanLifecycle lifecycle, ObjectMapper json) {
    this.support = support;
    this.service = service;
    this.lifecycle = lifecycle;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Plan plan = support.plan(execution);
    try {
      String title = PlanStepSupport.require(execution, PLAN_TITLE, "Nhập trích yếu của kế hoạch.");
      String number = PlanStepSupport.require(execution, PLAN_NUMBER, "Nhập số, ký hiệu của kế hoạch.");
      LocalDate endsOn = DraftReader.date(PlanStepSupport.require(execution, PLAN_ENDS_ON, "Nhập ngày kết thúc kế hoạch."), "ngày kết thúc kế hoạch");
      if (plan.getIssuedOn() != null && endsOn.isBefore(plan.getIssuedOn())) {
        throw ApiException.badRequest("Ngày kết thúc kế hoạch (" + PlanCalendar.day(endsOn) + ") trước ngày ban hành (" + PlanCalendar.day(plan.getIssuedOn()) + ").");
      }
      JsonNode tasks;
      try {
        tasks = json.readTree(serialized(execution.getVariableTyped(DRAFT_TASKS, false), true));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw ApiException.badRequest("Danh sách nhiệm vụ không đúng định dạng JSON: " + e.getOriginalMessage());
      }
      List<DraftReader.TaskInput> inputs = DraftReader.tasks(tasks);
      String objectivesText = serialized(execution.getVariableTyped(DRAFT_OBJECTIVES, false), false);
      List<DraftReader.ObjectiveInput> objectives;
      try {
        objectives = DraftReader.objectives(objectivesText == null ? null : json.readTree(objectivesText));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw ApiException.badRequest("Danh sách mục tiêu không đúng định dạng JSON: " + e.getOriginalMessage());
      }
      if (inputs.isEmpty()) {
        throw ApiException.badRequest("Kế hoạch chưa có nhiệm vụ nào.");
      }
      String before = plan.getNumber() + " | " + plan.getTitle() + " | " + plan.getEndsOn();
      plan.setTitle(title);
      plan.setNumber(number);
      plan.setEndsOn(endsOn);
      service.save(plan);
      lifecycle.replaceTasks(plan, inputs, true);
      List<vn.gov.commune.plan.PlanIndicator> confirmed = lifecycle.replaceObjectives(plan, objectives, true);
      if (!objectives.isEmpty()) {
        String message = "Xác nhận " + confirmed.size() + "/" + objectives.size() + " mục tiêu làm chỉ tiêu của kế hoạch"
            + (confirmed.isEmpty() ? "." : ": " + String.join("; ", confirmed.stream()
                .map(o -> (o.getIndicator() == null ? "theo dõi thủ công" : o.getIndicator().label()) + " " + o.getTargetText()).toList()) + ".");
        service.log(plan, null, "OBJECTIVES", message.length() > 2000 ? message.substring(0, 1999) + "…" : message,
            null, null, String.valueOf(confirmed.size()));
      }
      service.log(plan, null, "REVIEW", "Rà soát, hiệu chỉnh dự thảo: " + inputs.size() + " nhiệm vụ.", PlanStepSupport.string(execution, REVIEW_NOTE),
          before, plan.getNumber() + " | " + plan.getTitle() + " | " + plan.getEndsOn());
    } catch (ApiException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
  }

  /**
   * The corrected task list (required) or objectives (optional): the Json variables draftTasks and
   * draftObjectives (as the review form submits them), read in their serialized form so that malformed
   * JSON gets the Vietnamese message; a String is accepted too.
   */
  private static String serialized(TypedValue value, boolean required) {
    String text = null;
    if (value instanceof SerializableValue serializable) {
      text = serializable.isDeserialized() && serializable.getValueSerialized() == null
          ? String.valueOf(serializable.getValue()) : serializable.getValueSerialized();
    } else if (value != null && value.getValue() != null) {
      text = value.getValue().toString();
    }
    if ((text == null || text.isBlank()) && required) {
      throw ApiException.badRequest("Danh sách nhiệm vụ trống.");
    }
    return text == null || text.isBlank() ? null : text;
  }
}
