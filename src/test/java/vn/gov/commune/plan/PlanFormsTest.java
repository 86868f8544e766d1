package vn.gov.commune.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every user task of processes/plan-*.bpmn has a Tasklist form that exists and that form-js 1.8.7 can render. */
class PlanFormsTest {

  private static final Set<String> FORM_JS_1_8_7_TYPES = Set.of(
      "button", "checkbox", "checklist", "datetime", "default", "dynamiclist", "expression", "group",
      "html", "iframe", "image", "number", "radio", "select", "separator", "spacer", "table", "taglist",
      "text", "textarea", "textfield");

  @Test
  void everyUserTaskHasAnExistingForm() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> checked = new ArrayList<>();
    for (String model : List.of("processes/plan-review.bpmn", "processes/plan-task.bpmn")) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(Path.of(model).toFile());
      for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
        String ref = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        String key = task.getCamundaFormKey();
        if (ref != null) {
          Path file = Path.of("forms", ref.substring("form-".length()) + ".form");
          JsonNode form = json.readTree(file.toFile());
          assertThat(form.path("id").asText()).isEqualTo(ref);
          assertThat(form.path("schemaVersion").asInt()).isLessThanOrEqualTo(16);
          form.path("components").forEach(c -> assertThat(c.path("type").asText()).isIn(FORM_JS_1_8_7_TYPES));
        } else {
          assertThat(key).as("form of %s", task.getId()).startsWith("embedded:deployment:");
          assertThat(Path.of(key.substring("embedded:deployment:".length()))).isRegularFile();
        }
        checked.add(task.getId());
      }
    }
    assertThat(checked).containsExactlyInAnyOrder("UserTask_ReviewDraft", "UserTask_AssignOfficer", "UserTask_SubmitResult",
        "UserTask_ReviewResult", "UserTask_ConfirmResult", "UserTask_ApproveExtension");
  }

  @Test
  void theFormsAskForWhatTheListenersRequire() throws Exception {
    String all = String.join("\n", Files.readString(Path.of("forms/plan-review.form")), Files.readString(Path.of("forms/plan-assign.form")),
        Files.readString(Path.of("forms/plan-review-result.form")), Files.readString(Path.of("forms/plan-confirm-result.form")),
        Files.readString(Path.of("forms/plan-approve-extension.form")));
    for (String key : List.of("reviewDecision", "planTitle", "planNumber", "planEndsOn", "tasksJson", "officerId", "unitHeadDecision",
        "steeringDecision", "returnReason", "extensionDecision", "extensionRefusalReason")) {
      assertThat(all).contains("\"key\": \"" + key + "\"");
    }
    String html = Files.readString(Path.of("forms/plan-submit-result.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("cam-variable-name=\"resultText\"", "cam-variable-name=\"evidence_1\" cam-variable-type=\"File\"");
  }
}
