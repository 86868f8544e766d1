package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Static checks of the Tasklist forms of processes/dossier*.bpmn: every form the models name exists,
 * Tasklist's form-js (1.8.7, schema version 16) can render it, and it asks for the variables the
 * complete listeners in vn.gov.commune.dossier.steps insist on. No engine, no Spring.
 */
class DossierFormsTest {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** Newest form schema that Camunda 7.24 Tasklist (form-js 1.8.7) reads. */
  private static final int MAX_SCHEMA_VERSION = 16;

  /** Component types registered by @bpmn-io/form-js-viewer 1.8.7. */
  private static final Set<String> FORM_JS_1_8_7_TYPES = Set.of(
      "button", "checkbox", "checklist", "datetime", "default", "dynamiclist", "expression", "group",
      "html", "iframe", "image", "number", "radio", "select", "separator", "spacer", "table", "taglist",
      "text", "textarea", "textfield");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path STEPS = Path.of("src/main/java/vn/gov/commune/dossier/steps");

  private static final Map<String, JsonNode> formsById = new TreeMap<>();
  private static final List<FormReference> references = new ArrayList<>();

  record FormReference(String bpmn, String element, String formRef, String formKey) {}

  @BeforeAll
  static void load() throws Exception {
    try (DirectoryStream<Path> forms = Files.newDirectoryStream(Path.of("forms"), "*.form")) {
      for (Path form : forms) {
        JsonNode schema = JSON.readTree(form.toFile());
        assertThat(schema.path("id").asText()).as("id of %s", form).isNotBlank();
        assertThat(formsById.put(schema.path("id").asText(), schema)).as("duplicate form id in %s", form).isNull();
      }
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (DirectoryStream<Path> models = Files.newDirectoryStream(Path.of("processes"), "dossier*.bpmn")) {
      for (Path model : models) {
        Document document = factory.newDocumentBuilder().parse(model.toFile());
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
          Element element = (Element) all.item(i);
          String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
          String formKey = element.getAttributeNS(CAMUNDA_NS, "formKey");
          if (!formRef.isEmpty() || !formKey.isEmpty()) {
            references.add(new FormReference(model.getFileName().toString(), element.getAttribute("id"), formRef, formKey));
          }
        }
      }
    }
  }

  @Test
  void everyFormTheDossierModelsNameExists() {
    assertThat(references).extracting(FormReference::element).contains(
        "StartEvent_CounterSubmission", "UserTask_ReceiveDossier", "UserTask_DigitiseComponents",
        "UserTask_ReviewDossier", "UserTask_ApproveDossier", "UserTask_ReturnAtCounter", "UserTask_PrepareApology");
    for (FormReference reference : references) {
      if (!reference.formRef().isEmpty()) {
        assertThat(formsById).as("%s of %s", reference.formRef(), reference.element()).containsKey(reference.formRef());
        assertThat(formsById.get(reference.formRef()).path("schemaVersion").asInt(Integer.MAX_VALUE))
            .as("schemaVersion of %s", reference.formRef()).isLessThanOrEqualTo(MAX_SCHEMA_VERSION);
      } else {
        assertThat(reference.formKey()).as("form key of %s", reference.element()).startsWith("embedded:deployment:");
        Path file = Path.of(reference.formKey().substring("embedded:deployment:".length()));
        assertThat(file).as("form of %s", reference.element()).isRegularFile();
      }
    }
  }

  @Test
  void theFormsUseOnlyComponentsThatFormJs187Knows() {
    formsById.forEach((id, schema) -> {
      assertThat(schema.path("schemaVersion").asInt(Integer.MAX_VALUE)).as("schemaVersion of %s", id).isLessThanOrEqualTo(MAX_SCHEMA_VERSION);
      Set<String> componentIds = new LinkedHashSet<>();
      Set<String> keys = new LinkedHashSet<>();
      for (JsonNode component : components(schema)) {
        assertThat(component.path("type").asText()).as("component %s of %s", component.path("id"), id).isIn(FORM_JS_1_8_7_TYPES);
        assertThat(componentIds.add(component.path("id").asText())).as("unique component id %s in %s", component.path("id"), id).isTrue();
        if (component.hasNonNull("key")) {
          assertThat(keys.add(component.get("key").asText())).as("unique key %s in %s", component.get("key"), id).isTrue();
        }
      }
    });
  }

  @Test
  void theCounterStartFormAsksForWhatRegisterCounterDossierReads() throws IOException {
    Set<String> read = variablesRead("registerCounterDossier");
    assertThat(read).contains("procedureCode", "applicantPersonalId", "applicantName", "copies", "pages");
    assertThat(keys("form-dossier-counter-start")).containsAll(read);

    JsonNode procedure = component("form-dossier-counter-start", "procedureCode");
    assertThat(procedure.path("type").asText()).isEqualTo("select");
    Set<String> catalogue = new LinkedHashSet<>();
    JSON.readTree(Path.of("src/main/resources/catalogue/procedures.json").toFile())
        .path("procedures").forEach(p -> catalogue.add(p.path("code").asText()));
    assertThat(values(procedure)).containsExactlyInAnyOrderElementsOf(catalogue);
    // 12 digits, typed as one block or spaced as printed on the card; the server drops the spaces
    java.util.regex.Pattern personalId =
        java.util.regex.Pattern.compile(component("form-dossier-counter-start", "applicantPersonalId").path("validate").path("pattern").asText());
    assertThat(List.of("001099012345", "0010 9901 2345", "001 099 012 345")).allMatch(id -> personalId.matcher(id).find());
    assertThat(List.of("00109901234", "0010990123456", "00109901234a", "0010  9901 2345", "")).noneMatch(id -> personalId.matcher(id).find());
  }

  @Test
  void theReviewFormAsksForWhatCheckReviewDecisionRequires() throws IOException {
    Set<String> required = variablesRead("checkDossierReviewDecision");
    required.remove("consultationRound"); // a counter kept by the listener itself
    required.add("missingComponents"); // through requireSupplementAllowed
    assertThat(required).contains("reviewDecision", "reviewNote", "consultationAgency", "consultationQuestion");
    assertThat(keys("form-dossier-review")).containsAll(required);
    assertThat(values(component("form-dossier-review", "reviewDecision")))
        .containsExactlyInAnyOrder("approve", "refuse", "supplement", "consult");
    // the consulted agency is chosen from the catalogue's agencies, never typed
    JsonNode agency = component("form-dossier-review", "consultationAgency");
    assertThat(agency.path("type").asText()).isEqualTo("select");
    assertThat(values(agency)).containsExactlyElementsOf(
        java.util.Arrays.stream(vn.gov.commune.catalogue.ConsultationAgency.values()).map(Enum::name).toList());
  }

  @Test
  void theApprovalFormAsksForWhatCheckApprovalDecisionRequires() throws IOException {
    Set<String> required = variablesRead("checkApprovalDecision");
    assertThat(required).contains("approvalDecision", "returnReason");
    assertThat(keys("form-dossier-approve")).containsAll(required);
    assertThat(values(component("form-dossier-approve", "approvalDecision"))).containsExactlyInAnyOrder("approve", "return");
  }

  @Test
  void theLeaderReadsWhoReviewedByFullNameAndPositionNotByLoginId() {
    // set by the review's guard (checkDossierReviewDecision) and the comparison's listener (copyComparison)
    assertThat(component("form-dossier-approve", "reviewedByName").path("readonly").asBoolean()).isTrue();
    assertThat(component("form-certify-copy-sign", "comparedByName").path("readonly").asBoolean()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> component("form-dossier-approve", "reviewedBy"))
        .as("the login id is no longer shown").isInstanceOf(AssertionError.class);
  }

  @Test
  void theApologyFormAsksForWhatCheckApologyRequires() throws IOException {
    Set<String> required = variablesRead("checkApology");
    assertThat(required).contains("apologyReason", "newAppointmentDate");
    assertThat(keys("form-dossier-apology")).containsAll(required);
    JsonNode date = component("form-dossier-apology", "newAppointmentDate");
    assertThat(date.path("type").asText()).isEqualTo("datetime");
    assertThat(date.path("subtype").asText()).isEqualTo("date");
    assertThat(date.path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void theReturnFormAsksForTheConfirmation() {
    JsonNode confirmed = component("form-dossier-return", "returnedConfirmed");
    assertThat(confirmed.path("type").asText()).isEqualTo("checkbox");
    assertThat(confirmed.path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void theReceiptFormSubmitsTheDecisionAndItsTexts() throws IOException {
    String html = Files.readString(Path.of("forms/dossier-receive.html"), StandardCharsets.UTF_8);
    assertBalanced(html);
    Set<String> required = variablesRead("checkReceiptDecision");
    required.add("missingComponents"); // through requireSupplementAllowed
    assertThat(required).contains("receiptDecision", "refusalReason");
    for (String variable : required) {
      assertThat(html).as("input for %s", variable).containsPattern(
          "<(input|textarea)[^>]*cam-variable-name=\"" + variable + "\"[^>]*cam-variable-type=\"String\"");
    }
    assertThat(html).contains("value=\"accept\"", "value=\"supplement\"", "value=\"refuse\"");
    assertThat(html).contains("camForm.on('form-loaded'", "variableManager", "fetchVariable");
  }

  @Test
  void theReceiptFormShowsTheNationalDataAndOffersTheIdCorrection() throws IOException {
    String html = Files.readString(Path.of("forms/dossier-receive.html"), StandardCharsets.UTF_8);
    assertThat(variablesRead("checkReceiptDecision")).contains(DossierVariables.CORRECTED_PERSONAL_ID);
    assertThat(html).contains("value=\"correctId\"", "Sửa số định danh và tra cứu lại");
    assertThat(html).containsPattern(
        "<input[^>]*cam-variable-name=\"correctedPersonalId\"[^>]*cam-variable-type=\"String\"[^>]*ng-required=\"receiptDecision === 'correctId'\"");
    // shown, never sent back: listed among the display-only variables the submit destroys
    for (String shown : List.of("nationalDataSummary", "nationalDataProblems", "nationalDataFilled", "citizenMaritalStatus")) {
      assertThat(html).contains("'" + shown + "'");
    }
    assertThat(html).contains("'/national-data'");
  }

  @Test
  void theCounterStartFormCarriesTheOtherPersonsIdsOnlyForTheirProcedures() {
    JsonNode spouse = component("form-dossier-counter-start", "spousePersonalId");
    assertThat(spouse.path("conditional").path("hide").asText()).contains("1.000894");
    assertThat(spouse.path("validate").path("required").asBoolean()).isFalse();
    JsonNode child = component("form-dossier-counter-start", "childPersonalId");
    assertThat(child.path("conditional").path("hide").asText()).contains("1.001193", "LT-KS-TT-BHYT");
    assertThat(keys("form-dossier-counter-start")).contains(DossierVariables.SPOUSE_PERSONAL_ID, DossierVariables.CHILD_PERSONAL_ID);
  }

  @Test
  void theDigitisationFormSubmitsOneFileVariablePerPaperComponent() throws IOException {
    String html = Files.readString(Path.of("forms/dossier-digitise.html"), StandardCharsets.UTF_8);
    assertBalanced(html);
    String steps = Files.readString(STEPS.resolve("StoreScans.java"), StandardCharsets.UTF_8);
    assertThat(steps).contains("DossierVariables.SCAN_PREFIX + component.getComponentCode()");
    assertThat(DossierVariables.SCAN_PREFIX).isEqualTo("scan_");
    assertThat(html).contains("'scan_' + component.code", "type: 'File'", "fetchVariable(name)", "'paperComponents'");
    assertThat(html).contains("accept=\".pdf,.jpg,.jpeg,.png,.tif,.tiff");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static List<JsonNode> components(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      all.add(component);
      all.addAll(components(component)); // groups and dynamic lists nest components
    }
    return all;
  }

  private static Set<String> keys(String formId) {
    assertThat(formsById).containsKey(formId);
    Set<String> keys = new LinkedHashSet<>();
    components(formsById.get(formId)).forEach(c -> {
      if (c.hasNonNull("key") && !c.path("readonly").asBoolean() && !c.path("disabled").asBoolean()) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }

  private static JsonNode component(String formId, String key) {
    return components(formsById.get(formId)).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key + " in " + formId));
  }

  private static List<String> values(JsonNode component) {
    List<String> values = new ArrayList<>();
    component.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  /**
   * Variables the step bean {@code bean} (class vn.gov.commune.dossier.steps.{Bean}) reads by name
   * (string/integer/require/getVariable of a DossierVariables or ProcessingVariables constant).
   */
  private static Set<String> variablesRead(String bean) throws IOException {
    String source = Files.readString(
        STEPS.resolve(Character.toUpperCase(bean.charAt(0)) + bean.substring(1) + ".java"), StandardCharsets.UTF_8);
    Matcher matcher =
        Pattern.compile("(?:string|integer|require)\\((?:task|execution), (\\w+Variables)\\.(\\w+)|getVariable\\((\\w+Variables)\\.(\\w+)\\)")
            .matcher(source);
    Set<String> names = new LinkedHashSet<>();
    while (matcher.find()) {
      String holder = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
      String constant = matcher.group(1) != null ? matcher.group(2) : matcher.group(4);
      try {
        Class<?> type = holder.equals("DossierVariables") ? DossierVariables.class : ProcessingVariables.class;
        names.add((String) type.getField(constant).get(null));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(holder + "." + constant, e);
      }
    }
    assertThat(names).as("variables read by %s", bean).isNotEmpty();
    return names;
  }

  /** Not an HTML parser: the container tags open and close in equal numbers. */
  private static void assertBalanced(String html) {
    Map<String, Integer> open = new HashMap<>();
    for (String tag : List.of("form", "div", "script", "textarea", "label", "dl", "p", "h3", "h4")) {
      int opened = count(html, "<" + tag + "[\\s>]");
      int closed = count(html, "</" + tag + ">");
      open.put(tag, opened - closed);
    }
    assertThat(open).allSatisfy((tag, balance) -> assertThat(balance).as("<%s> opened minus closed", tag).isZero());
    assertThat(count(html, "<form[\\s>]")).isEqualTo(1);
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
