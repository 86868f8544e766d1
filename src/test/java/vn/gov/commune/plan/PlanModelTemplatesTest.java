package vn.gov.commune.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * Modellers read and change the plan processes in the models: every service task of plan-*.bpmn is a
 * step of element-templates/ bound to its bean, with only the inputs its template offers; listeners only guard.
 */
class PlanModelTemplatesTest {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final List<String> MODELS = List.of("processes/plan-review.bpmn", "processes/plan-task.bpmn");
  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyServiceTaskIsATemplatedStepBoundToItsBean() throws Exception {
    Map<String, String> steps = new TreeMap<>();
    for (String model : MODELS) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(Path.of(model).toFile());
      for (ServiceTask task : instance.getModelElementsByType(ServiceTask.class)) {
        String templateId = task.getAttributeValueNs(CAMUNDA, "modelerTemplate");
        assertThat(templateId).as("template of %s", task.getId()).startsWith("vn.gov.commune.");
        assertThat(task.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion")).isEqualTo("1");
        String bean = templateId.substring("vn.gov.commune.".length());
        JsonNode template = json.readTree(Path.of("element-templates", bean + ".json").toFile());
        assertThat(template.path("id").asText()).isEqualTo(templateId);
        assertThat(template.path("version").asInt()).isEqualTo(1);
        assertThat(template.path("appliesTo").toString()).contains("bpmn:ServiceTask");
        assertThat(template.path("name").asText()).as("Vietnamese name").isNotBlank().matches(".*[à-ỹ].*");
        assertThat(template.path("description").asText()).as("Vietnamese description").isNotBlank().matches(".*[à-ỹ].*");
        JsonNode first = template.path("properties").get(0);
        assertThat(first.path("type").asText()).isEqualTo("Hidden");
        assertThat(first.path("binding").path("name").asText()).isEqualTo("camunda:delegateExpression");
        assertThat(task.getCamundaDelegateExpression()).isEqualTo(first.path("value").asText()).isEqualTo("${" + bean + "}");
        assertThat(task.getCamundaExpression()).isNull();
        assertThat(task.getCamundaClass()).isNull();

        Map<String, JsonNode> inputs = new TreeMap<>();
        for (JsonNode property : template.path("properties")) {
          if (!property.path("type").asText().equals("Hidden")) {
            assertThat(property.toString()).as("no ${…} a modeller must type in %s", bean).doesNotContain("${", "#{");
          }
          if (property.path("binding").path("type").asText().equals("camunda:inputParameter")) {
            assertThat(property.path("label").asText()).isNotBlank();
            assertThat(property.path("description").asText()).isNotBlank();
            inputs.put(property.path("binding").path("name").asText(), property);
          }
        }
        List<String> given = new ArrayList<>();
        for (CamundaInputParameter parameter : task.getExtensionElements() == null ? List.<CamundaInputParameter>of()
            : task.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class)
                .singleResult().getCamundaInputParameters()) {
          JsonNode property = inputs.get(parameter.getCamundaName());
          assertThat(property).as("input %s of %s is in its template", parameter.getCamundaName(), task.getId()).isNotNull();
          if (property.path("type").asText().equals("Dropdown")) {
            List<String> choices = new ArrayList<>();
            property.path("choices").forEach(c -> choices.add(c.path("value").asText()));
            assertThat(parameter.getTextContent().trim()).isIn(choices);
          }
          given.add(parameter.getCamundaName());
        }
        assertThat(given).as("inputs of %s", task.getId()).containsExactlyInAnyOrderElementsOf(inputs.keySet());

        Path source = Path.of("src/main/java/vn/gov/commune/plan/steps",
            Character.toUpperCase(bean.charAt(0)) + bean.substring(1) + ".java");
        assertThat(Files.readString(source, StandardCharsets.UTF_8))
            .contains("@Component(\"" + bean + "\")", "implements JavaDelegate");
        steps.put(task.getId(), bean);
      }
    }
    assertThat(steps).containsEntry("ServiceTask_SaveResult", "saveTaskResult")
        .containsEntry("ServiceTask_UpdateIndicator", "updateTaskIndicator")
        .containsEntry("ServiceTask_OpenPeriod", "openReportPeriod")
        .containsEntry("ServiceTask_ApplyExtension", "extendTaskDeadline")
        .containsEntry("ServiceTask_RecordAssignment", "assignTaskOfficer")
        .containsEntry("ServiceTask_ReviseDraft", "reviseDraftPlan")
        .containsEntry("ServiceTask_Remind7", "remindTaskDeadline")
        .containsEntry("ServiceTask_Remind3", "remindTaskDeadline")
        .containsEntry("ServiceTask_Remind1", "remindTaskDeadline");
  }

  /** Each reminder timer leads to "Nhắc hạn nhiệm vụ" with the same number of working days as the timer's date. */
  @Test
  void eachReminderNamesTheWorkingDaysOfItsTimer() throws Exception {
    BpmnModelInstance instance = Bpmn.readModelFromFile(Path.of("processes/plan-task.bpmn").toFile());
    int reminders = 0;
    for (BoundaryEvent timer : instance.getModelElementsByType(BoundaryEvent.class)) {
      String date = timer.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDate().getTextContent().trim();
      ServiceTask step = (ServiceTask) timer.getOutgoing().iterator().next().getTarget();
      if (date.equals("${" + PlanTaskVariables.DEADLINE_AT + "}")) {
        assertThat(step.getCamundaDelegateExpression()).isEqualTo("${escalateOverdueTask}");
        continue;
      }
      String days = step.getExtensionElements().getElementsQuery()
          .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).singleResult()
          .getCamundaInputParameters().iterator().next().getTextContent().trim();
      assertThat(step.getCamundaDelegateExpression()).isEqualTo("${remindTaskDeadline}");
      assertThat(date).isEqualTo("${" + PlanTaskVariables.reminderAt(Integer.parseInt(days)) + "}");
      assertThat(timer.getName()).isEqualTo("Còn " + days + " ngày làm việc");
      reminders++;
    }
    assertThat(reminders).isEqualTo(PlanTaskVariables.REMINDER_DAYS.length);
  }

  /** Listeners only guard a completion, bound to small beans; nothing runs when a task is created. */
  @Test
  void listenersOnlyGuardCompletions() throws Exception {
    List<String> guards = new ArrayList<>();
    for (String model : MODELS) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(Path.of(model).toFile());
      for (CamundaTaskListener listener : instance.getModelElementsByType(CamundaTaskListener.class)) {
        assertThat(listener.getCamundaEvent()).isEqualTo("complete");
        assertThat(listener.getCamundaExpression()).isNull();
        assertThat(listener.getCamundaClass()).isNull();
        String bean = listener.getCamundaDelegateExpression().replaceAll("^\\$\\{(\\w+)}$", "$1");
        String source = Files.readString(Path.of("src/main/java/vn/gov/commune/plan/steps",
            Character.toUpperCase(bean.charAt(0)) + bean.substring(1) + ".java"), StandardCharsets.UTF_8);
        assertThat(source).contains("@Component(\"" + bean + "\")", "implements TaskListener")
            .doesNotContain(".save(", ".log(", "setVariable(", "removeVariable(", "notify" + "User(");
        guards.add(bean);
      }
      for (CamundaExecutionListener listener : instance.getModelElementsByType(CamundaExecutionListener.class)) {
        assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${systemStartOnly}");
      }
      for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
      }
    }
    assertThat(guards).containsExactlyInAnyOrder("checkReviewDecision", "checkAssignment", "checkResultReport",
        "checkUnitHeadDecision", "checkSteeringDecision", "checkExtensionDecision");
  }
}
