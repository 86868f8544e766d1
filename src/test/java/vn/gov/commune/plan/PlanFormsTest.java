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

/** Every user task of processes/plan-*.bpmn has a Tasklist form that exists: a Camunda Form that form-js 1.8.7 can render, or embedded HTML. */
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
    String all = String.join("\n", Files.readString(Path.of("forms/plan-assign.form")),
        Files.readString(Path.of("forms/plan-review-result.form")), Files.readString(Path.of("forms/plan-confirm-result.form")),
        Files.readString(Path.of("forms/plan-approve-extension.form")));
    // the names the steps read are those of PlanTaskVariables
    for (String key : List.of(PlanTaskVariables.OFFICER_ID, PlanTaskVariables.UNIT_HEAD_DECISION,
        PlanTaskVariables.STEERING_DECISION, PlanTaskVariables.RETURN_REASON, PlanTaskVariables.EXTENSION_DECISION,
        PlanTaskVariables.EXTENSION_REFUSAL_REASON)) {
      assertThat(all).contains("\"key\": \"" + key + "\"");
    }
    for (String value : List.of(PlanTaskVariables.ACCEPT, PlanTaskVariables.RETURN, PlanTaskVariables.APPROVE, PlanTaskVariables.REFUSE)) {
      assertThat(all).contains("\"value\": \"" + value + "\"");
    }
    String html = Files.readString(Path.of("forms/plan-submit-result.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("cam-variable-name=\"" + PlanTaskVariables.RESULT_TEXT + "\"",
        "cam-variable-name=\"" + PlanTaskVariables.EVIDENCE_PREFIX + "1\" cam-variable-type=\"File\"");
  }

  /**
   * The review form is embedded HTML: a real plan's task list (seed 002: 32 tasks) outgrows a String variable,
   * so it travels as the Json variable draftTasks, which the form edits as a table and submits back as Json.
   */
  @Test
  void theReviewFormEditsTheDraftTasksAsJsonAndAsksForWhatApplyReviewRequires() throws Exception {
    BpmnModelInstance review = Bpmn.readModelFromFile(Path.of("processes/plan-review.bpmn").toFile());
    UserTask task = review.getModelElementById("UserTask_ReviewDraft");
    assertThat(task.getCamundaFormKey()).isEqualTo("embedded:deployment:forms/plan-review.html");
    assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef")).isNull();
    assertThat(Path.of("forms/plan-review.form")).doesNotExist();

    String html = Files.readString(Path.of("forms/plan-review.html"), StandardCharsets.UTF_8);
    assertBalanced(html);
    for (String variable : List.of(PlanReviewVariables.PLAN_NUMBER, PlanReviewVariables.PLAN_TITLE, PlanReviewVariables.PLAN_ENDS_ON,
        PlanReviewVariables.REVIEW_DECISION, PlanReviewVariables.REVIEW_NOTE)) {
      assertThat(html).as("input for %s", variable).containsPattern(
          "<(input|textarea)[^>]*cam-variable-name=\"" + variable + "\"[^>]*cam-variable-type=\"String\"");
    }
    assertThat(html).contains("value=\"" + PlanReviewVariables.ISSUE + "\"", "value=\"" + PlanReviewVariables.DISCARD + "\"");
    assertThat(html).contains("camForm.on('form-loaded'", "fetchVariable(name)", "'draftTasks'", "'draftWarnings'", "type: 'Json'",
        "existing.type = 'Json'", "existing.value = edited", "destroyVariable('draftWarnings')");
    assertThat(html).contains("ng-repeat=\"task in tasks track by $index\"", "ng-click=\"addTask()\"", "ng-click=\"removeTask($index)\"",
        "ng-model=\"task.content\"", "ng-model=\"task.leadUnit\"", "ng-model=\"task.deadline\"", "ng-model=\"task.recurring\"",
        "ng-model=\"task.recurrenceEnd\"", "ng-model=\"task.expectedResult\"");
    // the reviewer sees the units, the deadline as dd/MM/yyyy beside the phrase it was read from, and the product
    assertThat(html).contains("ng-model=\"task.coordinatingUnits\"", "'Văn bản ghi: ' + task.deadlineText",
        "copy.deadline = vietnameseDate(copy.deadline)", "placeholder=\"dd/mm/yyyy\"");
    // every field of a draft task survives the round trip through the form
    String lifecycle = Files.readString(Path.of("src/main/java/vn/gov/commune/plan/PlanLifecycle.java"), StandardCharsets.UTF_8);
    java.util.regex.Matcher put = java.util.regex.Pattern.compile("node\\.put\\(\"(\\w+)\"").matcher(lifecycle);
    while (put.find()) {
      assertThat(html).as("draft task field %s", put.group(1)).contains("'" + put.group(1) + "'");
    }
    // what the guard and the step "Cập nhật dự thảo theo rà soát" read
    String steps = Files.readString(Path.of("src/main/java/vn/gov/commune/plan/steps/CheckReviewDecision.java"), StandardCharsets.UTF_8)
        + Files.readString(Path.of("src/main/java/vn/gov/commune/plan/steps/ReviseDraftPlan.java"), StandardCharsets.UTF_8);
    assertThat(steps).contains("REVIEW_DECISION", "PLAN_TITLE", "PLAN_NUMBER", "PLAN_ENDS_ON", "REVIEW_NOTE",
        "getVariableTyped(DRAFT_TASKS", "ISSUE.equals(decision)", "DISCARD.equals(decision)");
    assertThat(html).contains("'" + PlanReviewVariables.DRAFT_TASKS + "'", "'" + PlanReviewVariables.DRAFT_WARNINGS + "'");
    // issue 16: the parent task is picked from parentTaskChoices, the objectives are confirmed one by one and sent back as Json
    assertThat(html).contains("'" + PlanReviewVariables.DRAFT_OBJECTIVES + "'", "'" + PlanReviewVariables.PARENT_TASK_CHOICES + "'",
        "ng-model=\"task.parentTaskId\"", "choice.value as choice.label for choice in parentTaskChoices",
        "destroyVariable('parentTaskChoices')", "ng-model=\"objective.confirmed\"", "ng-model=\"objective.indicator\"",
        "ng-model=\"objective.target\"", "existingObjectives.value = objectives", "Mục tiêu, chỉ tiêu của kế hoạch", "Xác nhận");
    for (Indicator measure : Indicator.values()) {
      assertThat(html).as("measure %s offered with its label", measure).contains("value: '" + measure.name() + "', label: '" + measure.label() + "'");
    }
    assertThat(steps).contains("getVariableTyped(DRAFT_OBJECTIVES");
    assertThat(html).contains("Rà soát, hiệu chỉnh dự thảo kế hoạch", "Đơn vị chủ trì", "Thời hạn", "Thường xuyên", "Thêm nhiệm vụ",
        "Ban hành kế hoạch, giao nhiệm vụ", "Hủy dự thảo", "Lưu ý khi đọc văn bản");
  }

  /** Not an HTML parser: the container tags open and close in equal numbers. */
  private static void assertBalanced(String html) {
    for (String tag : List.of("form", "div", "script", "textarea", "label", "table", "thead", "tbody", "tr", "td", "th", "ul", "li", "p",
        "h3", "h4", "button", "small", "span", "strong")) {
      assertThat(count(html, "<" + tag + "[\\s>]")).as("<%s> opened and closed", tag).isEqualTo(count(html, "</" + tag + ">"));
    }
    assertThat(count(html, "<form[\\s>]")).isEqualTo(1);
  }

  private static int count(String text, String regex) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
