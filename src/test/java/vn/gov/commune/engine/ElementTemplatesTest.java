package vn.gov.commune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The models in processes/ and the element templates in element-templates/ (what Camunda Modeler
 * shows modellers) agree: every service and send task is bound to a template
 * ({@code camunda:modelerTemplate} + {@code camunda:modelerTemplateVersion}) and carries exactly what
 * the template produces; the bean the template names exists; templates speak Vietnamese and never ask
 * a modeller to type a {@code ${...}} expression. The schema itself is checked by
 * .ci/element-templates/validate.js (Camunda's element-template JSON schema).
 *
 * <p>Every template must be used by at least one model in processes/: there are no "reusable"
 * templates kept for later, a template no model uses is deleted (it can come back with its model).
 *
 * <p>Plain XML and JSON parsing, no Spring context; the beans are found by scanning the classpath
 * for {@code @Component} classes.
 */
class ElementTemplatesTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String ID_PREFIX = "vn.gov.commune.";
  static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  /** Letters only Vietnamese text has (lower case): a cheap "is this Vietnamese" check. */
  static final String VIETNAMESE_LETTERS =
      "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
  /** Task attributes the modeller sets freely (not implementation): everything else comes from the template. */
  static final Set<String> FREE_ATTRIBUTES = Set.of("id", "name", "default");
  static final Set<String> TEMPLATE_MARKERS = Set.of("modelerTemplate", "modelerTemplateVersion");
  /** Implementations a template never produces (it binds camunda:delegateExpression to a bean). */
  static final List<String> FORBIDDEN = List.of("expression", "class", "type", "topic");

  static Checks real;

  @BeforeAll
  static void scan() throws IOException {
    real = new Checks(Path.of("element-templates"), models(Path.of("processes")), "vn.gov.commune");
  }

  static List<Path> models(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  static Stream<Path> realModels() throws IOException {
    List<Path> files = models(Path.of("processes"));
    assertThat(files).isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realModels")
  void everyServiceTaskIsBoundToItsTemplate(Path model) {
    assertThat(real.taskProblems(model)).as("service/send tasks of " + model + " against element-templates/").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realModels")
  void listenersAreSmallBeansBoundByDelegateExpression(Path model) {
    assertThat(real.listenerProblems(model)).as("listeners of " + model).isEmpty();
  }

  @Test
  void templatesAreVietnameseUsedAndNeverAskForAnExpression() {
    assertThat(real.templates).as("templates in element-templates/").isNotEmpty();
    assertThat(real.templateProblems()).as("element-templates/").isEmpty();
  }

  // ---- the checks can fail: a good and a bad fixture ----

  static final Path FIXTURE = Path.of("src/test/resources/element-templates-fixture");

  static Checks fixture(String model) throws IOException {
    return new Checks(FIXTURE.resolve("templates"), List.of(FIXTURE.resolve(model)), "elementtemplatesfixture");
  }

  @Test
  void theGoodFixturePassesEveryCheck() throws IOException {
    Path model = FIXTURE.resolve("good.bpmn");
    Checks good = fixture("good.bpmn");
    assertThat(good.taskProblems(model)).isEmpty();
    assertThat(good.listenerProblems(model)).isEmpty();
    assertThat(good.templateProblems()).as("the template good.bpmn uses").filteredOn(p -> p.contains("good-step.json")).isEmpty();
  }

  @Test
  void theBadFixtureFailsEveryCheck() throws IOException {
    Path model = FIXTURE.resolve("bad.bpmn");
    Checks bad = fixture("bad.bpmn");
    assertProblems(bad.taskProblems(model), model + " ",
        "ServiceTask_NoTemplate: no camunda:modelerTemplate",
        "ServiceTask_NoVersion: camunda:modelerTemplate 'vn.gov.commune.fixtureGoodStep' without camunda:modelerTemplateVersion",
        "ServiceTask_UnknownVersion: no template vn.gov.commune.fixtureGoodStep version 9",
        "SendTask_WrongKind: template vn.gov.commune.fixtureGoodStep does not apply to bpmn:SendTask",
        "ServiceTask_Expression: camunda:expression is not allowed",
        "ServiceTask_Class: camunda:class is not allowed",
        "ServiceTask_WrongDelegate: camunda:delegateExpression is '${otherBean}', the template's Hidden value is '${fixtureGoodStep}'",
        "ServiceTask_NotAsync: camunda:asyncBefore is missing, the template's Hidden value is 'true'",
        "ServiceTask_ExtraAsync: camunda:asyncAfter is not produced by the template vn.gov.commune.fixtureGoodStep",
        "ServiceTask_ExtraListener: extension element camunda:executionListener is not produced by the template",
        "ServiceTask_UndeclaredInput: input parameter 'surprise' is not declared by the template",
        "ServiceTask_MissingInput: required input parameter 'channel' is missing",
        "ServiceTask_ScriptInput: input parameter 'procedureCode' is a script, list or map",
        "ServiceTask_DropdownValue: input parameter 'channel' is 'fax', not one of the template's choices [post, email]",
        "ServiceTask_PatternValue: input parameter 'procedureCode' is '1.2', it does not match the template's pattern",
        "ServiceTask_ExpressionValue: input parameter 'procedureCode' is an expression '${code}'",
        "ServiceTask_UndeclaredOutput: output parameter 'hack' (${whatever}) is not produced by the template",
        "ServiceTask_MissingOutput: the template's output parameter 'sentAt' (${sentAt}) is missing",
        "ServiceTask_OutputTarget: output parameter (${receiptNumber}) target is 'Receipt No', it does not match the template's pattern",
        "ServiceTask_NoBean: bean 'fixtureMissingBean' (${fixtureMissingBean}) is no @Component(\"fixtureMissingBean\") class",
        "ServiceTask_NotADelegate: bean 'fixtureNotADelegate' (elementtemplatesfixture.FixtureNotADelegate) does not implement JavaDelegate",
        "SendTask_NoTemplate: no camunda:modelerTemplate");

    assertProblems(bad.listenerProblems(model), model + " ",
        "UserTask_ExpressionListener: taskListener (complete) uses expression '${fixtureGuard.check(task)}', not a delegateExpression",
        "UserTask_WrongListenerBean: taskListener (complete) bean 'fixtureGoodStep' (elementtemplatesfixture.FixtureGoodStep) does not implement TaskListener",
        "ServiceTask_NoTemplate: executionListener (start) bean 'fixtureNowhere' (${fixtureNowhere}) is no @Component");

    Path templates = FIXTURE.resolve("templates");
    assertProblems(bad.templateProblems(), templates + "/",
        "bad-step.json: name 'Bad step' is not Vietnamese",
        "bad-step.json: label of input parameter 'note' 'Note' is not Vietnamese",
        "bad-step.json: String property input parameter 'note' has the value '${note}': a modeller would have to type an expression",
        "bad-step.json: the first property is not the Hidden camunda:delegateExpression ${fixtureBadStep}",
        "unused-step.json: template vn.gov.commune.fixtureUnusedStep version 1 is used by no model in");
  }

  /** {@code problems} are exactly the {@code expected} ones (each is the start of one, after {@code prefix}). */
  private static void assertProblems(List<String> problems, String prefix, String... expected) {
    for (String e : expected) {
      assertThat(problems).as("expected among the problems").anySatisfy(p -> assertThat(p).startsWith(prefix + e));
    }
    assertThat(problems).as("no other problem than the expected ones").hasSameSizeAs(expected);
  }

  // ---- the checks ----

  /** One property of a template, with where it binds. */
  record Property(String type, String bindingType, String name, String source, String value, JsonNode json) {

    String describe() {
      return switch (bindingType) {
        case "property" -> "property " + name;
        case "camunda:inputParameter" -> "input parameter '" + name + "'";
        case "camunda:outputParameter" -> "output parameter (" + source + ")";
        default -> bindingType + " " + Objects.toString(name, "");
      };
    }

    boolean required() {
      return type.equals("Hidden") || json.path("constraints").path("notEmpty").asBoolean(false);
    }
  }

  record Template(Path file, String id, int version, String beanName, List<String> appliesTo, List<Property> properties) {}

  static final class Checks {

    final Path templateFolder;
    final List<Path> models;
    final Map<String, Template> templates = new LinkedHashMap<>();
    final Map<String, Class<?>> beans = new HashMap<>();
    final List<String> loadProblems = new ArrayList<>();

    Checks(Path templateFolder, List<Path> models, String beanPackage) throws IOException {
      this.templateFolder = templateFolder;
      this.models = models;
      ObjectMapper json = new ObjectMapper();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(templateFolder)) {
        files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path file : files) {
        JsonNode node = json.readTree(file.toFile());
        List<Property> properties = new ArrayList<>();
        for (JsonNode p : node.path("properties")) {
          JsonNode binding = p.path("binding");
          properties.add(new Property(p.path("type").asText("String"), binding.path("type").asText(), text(binding, "name"),
              text(binding, "source"), text(p, "value"), p));
        }
        String id = node.path("id").asText();
        List<String> appliesTo = new ArrayList<>();
        node.path("appliesTo").forEach(a -> appliesTo.add(a.asText()));
        String bean = id.startsWith(ID_PREFIX) ? id.substring(ID_PREFIX.length()) : null;
        templates.put(id + "@" + node.path("version").asInt(), new Template(file, id, node.path("version").asInt(), bean, appliesTo, properties));
      }
      ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
      scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
      for (BeanDefinition definition : scanner.findCandidateComponents(beanPackage)) {
        try {
          Class<?> type = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
          Component component = type.getAnnotation(Component.class);
          String name = component != null && !component.value().isEmpty()
              ? component.value() : java.beans.Introspector.decapitalize(type.getSimpleName());
          beans.put(name, type);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }

    private static String text(JsonNode node, String field) {
      return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    // -- service and send tasks against their templates --

    List<String> taskProblems(Path model) {
      Document document = parse(model);
      List<String> problems = new ArrayList<>();
      for (String kind : List.of("serviceTask", "sendTask")) {
        NodeList tasks = document.getElementsByTagNameNS(BPMN, kind);
        for (int i = 0; i < tasks.getLength(); i++) {
          Element task = (Element) tasks.item(i);
          String where = model + " " + task.getAttribute("id") + ": ";
          for (String p : taskProblems(task, "bpmn:" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1))) {
            problems.add(where + p);
          }
        }
      }
      return problems;
    }

    private List<String> taskProblems(Element task, String bpmnType) {
      List<String> problems = new ArrayList<>();
      String templateId = camunda(task, "modelerTemplate");
      String version = camunda(task, "modelerTemplateVersion");
      if (templateId == null) {
        problems.add("no camunda:modelerTemplate (every service/send task is bound to a template of element-templates/)");
        return problems;
      }
      if (version == null) {
        problems.add("camunda:modelerTemplate '" + templateId + "' without camunda:modelerTemplateVersion");
        return problems;
      }
      Template template = templates.get(templateId + "@" + version);
      if (template == null) {
        problems.add("no template " + templateId + " version " + version + " in " + templateFolder);
        return problems;
      }
      if (!template.appliesTo().contains(bpmnType)) {
        problems.add("template " + templateId + " does not apply to " + bpmnType + " (appliesTo " + template.appliesTo() + ")");
      }
      for (String forbidden : FORBIDDEN) {
        if (camunda(task, forbidden) != null) {
          problems.add("camunda:" + forbidden + " is not allowed (the template binds camunda:delegateExpression)");
        }
      }

      // attributes: the template's property bindings, and nothing else
      Map<String, Property> bound = new HashMap<>();
      for (Property p : template.properties()) {
        if (p.bindingType().equals("property")) {
          bound.put(p.name(), p);
        }
      }
      NamedNodeMap attributes = task.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String namespace = attribute.getNamespaceURI();
        String qualified;
        if (namespace == null) {
          qualified = attribute.getName();
          if (FREE_ATTRIBUTES.contains(qualified)) {
            continue;
          }
        } else if (CAMUNDA.equals(namespace)) {
          if (TEMPLATE_MARKERS.contains(attribute.getLocalName()) || FORBIDDEN.contains(attribute.getLocalName())) {
            continue; // the markers are checked above, the forbidden ones reported above
          }
          qualified = "camunda:" + attribute.getLocalName();
        } else {
          continue; // xmlns declarations and other tools' attributes
        }
        if (!bound.containsKey(qualified)) {
          problems.add(qualified + " is not produced by the template " + templateId);
        }
      }
      for (Property p : bound.values()) {
        String actual = attribute(task, p.name());
        problems.addAll(valueProblems(p, p.name(), actual));
      }

      // input/output mappings and other extension elements
      Map<String, String> inputs = new LinkedHashMap<>();
      Map<String, String> outputs = new LinkedHashMap<>();
      Set<String> nonPlain = new HashSet<>();
      for (Element extension : children(task, BPMN, "extensionElements")) {
        for (Element child : children(extension, null, null)) {
          String local = child.getLocalName();
          if (CAMUNDA.equals(child.getNamespaceURI()) && local.equals("inputOutput")) {
            for (Element parameter : children(child, CAMUNDA, null)) {
              boolean input = parameter.getLocalName().equals("inputParameter");
              if (!children(parameter, null, null).isEmpty()) {
                problems.add((input ? "input" : "output") + " parameter '" + parameter.getAttribute("name")
                    + "' is a script, list or map: templates produce plain values");
                nonPlain.add(parameter.getAttribute("name"));
              }
              (input ? inputs : outputs).put(parameter.getAttribute("name"), parameter.getTextContent().trim());
            }
          } else if (!(CAMUNDA.equals(child.getNamespaceURI()) && local.equals("executionListener")
              && template.properties().stream().anyMatch(p -> p.bindingType().equals("camunda:executionListener")))) {
            problems.add("extension element " + child.getTagName() + " is not produced by the template " + templateId);
          }
        }
      }
      Map<String, Property> declaredInputs = new HashMap<>();
      List<Property> declaredOutputs = new ArrayList<>();
      for (Property p : template.properties()) {
        if (p.bindingType().equals("camunda:inputParameter")) {
          declaredInputs.put(p.name(), p);
        } else if (p.bindingType().equals("camunda:outputParameter")) {
          declaredOutputs.add(p);
        }
      }
      for (Map.Entry<String, String> input : inputs.entrySet()) {
        Property p = declaredInputs.get(input.getKey());
        if (p == null) {
          problems.add("input parameter '" + input.getKey() + "' is not declared by the template " + templateId);
        } else if (!nonPlain.contains(input.getKey())) {
          problems.addAll(valueProblems(p, "input parameter '" + input.getKey() + "'", input.getValue()));
        }
      }
      for (Property p : declaredInputs.values()) {
        if (p.required() && !inputs.containsKey(p.name())) {
          problems.add("required input parameter '" + p.name() + "' is missing (template " + templateId + ")");
        }
      }
      for (Map.Entry<String, String> output : outputs.entrySet()) {
        Property p = declaredOutputs.stream().filter(d -> d.source().equals(output.getValue())).findFirst().orElse(null);
        if (p == null) {
          problems.add("output parameter '" + output.getKey() + "' (" + output.getValue() + ") is not produced by the template " + templateId);
        } else {
          problems.addAll(valueProblems(p, "output parameter (" + p.source() + ") target", output.getKey()));
        }
      }
      for (Property p : declaredOutputs) {
        if (p.required() && !outputs.containsValue(p.source())) {
          problems.add("the template's output parameter " + (p.value() == null ? "" : "'" + p.value() + "' ")
              + "(" + p.source() + ") is missing (template " + templateId + ")");
        }
      }

      // the bean the template names (the task's own value is compared with the template's above)
      template.properties().stream()
          .filter(p -> p.type().equals("Hidden") && "camunda:delegateExpression".equals(p.name()) && p.value() != null)
          .forEach(p -> problems.addAll(beanProblems(p.value(), JavaDelegate.class)));
      return problems;
    }

    /** Problems of {@code actual} (null when absent) against the template property {@code p}. */
    private List<String> valueProblems(Property p, String what, String actual) {
      List<String> problems = new ArrayList<>();
      switch (p.type()) {
        case "Hidden" -> {
          if (!Objects.equals(p.value(), actual)) {
            problems.add(what + (actual == null ? " is missing" : " is '" + actual + "'")
                + ", the template's Hidden value is '" + p.value() + "'");
          }
        }
        case "Dropdown" -> {
          List<String> choices = new ArrayList<>();
          p.json().path("choices").forEach(c -> choices.add(c.path("value").asText()));
          if (actual != null && !choices.contains(actual)) {
            problems.add(what + " is '" + actual + "', not one of the template's choices " + choices);
          }
        }
        case "Boolean" -> {
          if (actual != null && !actual.matches("true|false")) {
            problems.add(what + " is '" + actual + "', not true or false");
          }
        }
        default -> {
          if (actual == null) {
            break;
          }
          if (actual.startsWith("${") || actual.startsWith("#{")) {
            problems.add(what + " is an expression '" + actual + "': templates never ask the modeller for one");
            break;
          }
          JsonNode pattern = p.json().path("constraints").path("pattern");
          String regex = pattern.isTextual() ? pattern.asText() : pattern.path("value").asText(null);
          if (regex != null && !Pattern.compile(regex).matcher(actual).find()) {
            problems.add(what + " is '" + actual + "', it does not match the template's pattern " + regex);
          }
        }
      }
      return problems;
    }

    private List<String> beanProblems(String expression, Class<?> expected) {
      Matcher matcher = BEAN_EXPRESSION.matcher(expression);
      if (!matcher.matches()) {
        return List.of("'" + expression + "' does not name a bean as ${beanName}");
      }
      String name = matcher.group(1);
      Class<?> type = beans.get(name);
      if (type == null) {
        return List.of("bean '" + name + "' (" + expression + ") is no @Component(\"" + name + "\") class");
      }
      if (!expected.isAssignableFrom(type)) {
        return List.of("bean '" + name + "' (" + type.getName() + ") does not implement " + expected.getSimpleName());
      }
      return List.of();
    }

    // -- listeners --

    List<String> listenerProblems(Path model) {
      Document document = parse(model);
      List<String> problems = new ArrayList<>();
      for (String kind : List.of("taskListener", "executionListener")) {
        NodeList listeners = document.getElementsByTagNameNS(CAMUNDA, kind);
        for (int i = 0; i < listeners.getLength(); i++) {
          Element listener = (Element) listeners.item(i);
          Element owner = (Element) listener.getParentNode().getParentNode();
          String where = model + " " + owner.getAttribute("id") + ": " + kind + " (" + listener.getAttribute("event") + ") ";
          String delegate = listener.getAttribute("delegateExpression");
          if (listener.hasAttribute("expression")) {
            problems.add(where + "uses expression '" + listener.getAttribute("expression") + "', not a delegateExpression ${beanName}");
          } else if (listener.hasAttribute("class")) {
            problems.add(where + "uses class '" + listener.getAttribute("class") + "', not a delegateExpression ${beanName}");
          } else if (delegate.isEmpty()) {
            problems.add(where + "has no delegateExpression ${beanName} (scripts are not allowed)");
          } else {
            Class<?> type = kind.equals("taskListener") ? TaskListener.class : ExecutionListener.class;
            beanProblems(delegate, type).forEach(p -> problems.add(where + p));
          }
        }
      }
      return problems;
    }

    // -- the templates themselves --

    List<String> templateProblems() {
      Set<String> used = new HashSet<>();
      for (Path model : models) {
        Document document = parse(model);
        for (String kind : List.of("serviceTask", "sendTask")) {
          NodeList tasks = document.getElementsByTagNameNS(BPMN, kind);
          for (int i = 0; i < tasks.getLength(); i++) {
            Element task = (Element) tasks.item(i);
            used.add(camunda(task, "modelerTemplate") + "@" + camunda(task, "modelerTemplateVersion"));
          }
        }
      }
      List<String> problems = new ArrayList<>(loadProblems);
      ObjectMapper json = new ObjectMapper();
      for (Map.Entry<String, Template> entry : templates.entrySet()) {
        Template template = entry.getValue();
        String where = template.file() + ": ";
        JsonNode node;
        try {
          node = json.readTree(template.file().toFile());
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        if (template.beanName() == null) {
          problems.add(where + "id '" + template.id() + "' does not start with " + ID_PREFIX);
        }
        vietnamese(where, "name", node.path("name").asText(""), problems);
        vietnamese(where, "description", node.path("description").asText(""), problems);
        List<Property> properties = template.properties();
        if (properties.isEmpty() || !properties.get(0).bindingType().equals("property")
            || !"camunda:delegateExpression".equals(properties.get(0).name()) || !properties.get(0).type().equals("Hidden")
            || !Objects.equals(properties.get(0).value(), "${" + template.beanName() + "}")) {
          problems.add(where + "the first property is not the Hidden camunda:delegateExpression ${" + template.beanName() + "}");
        }
        for (Property p : properties) {
          if (!p.type().equals("Hidden")) {
            vietnamese(where, "label of " + p.describe(), p.json().path("label").asText(""), problems);
            if (p.json().has("description")) {
              vietnamese(where, "description of " + p.describe(), p.json().path("description").asText(), problems);
            }
          }
          if ((p.type().equals("String") || p.type().equals("Text")) && p.value() != null && p.value().startsWith("${")) {
            problems.add(where + p.type() + " property " + p.describe() + " has the value '" + p.value()
                + "': a modeller would have to type an expression");
          }
        }
        if (!used.contains(entry.getKey())) {
          problems.add(where + "template " + template.id() + " version " + template.version() + " is used by no model in "
              + models.stream().map(Path::getParent).distinct().toList() + " (a template nobody uses is deleted)");
        }
      }
      return problems;
    }

    private static void vietnamese(String where, String what, String text, List<String> problems) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.chars().noneMatch(c -> VIETNAMESE_LETTERS.indexOf(c) >= 0)) {
        problems.add(where + what + " '" + text + "' is not Vietnamese (no Vietnamese letter)");
      }
    }

    // -- XML helpers --

    private static Document parse(Path model) {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(model.toFile());
      } catch (Exception e) {
        throw new IllegalStateException("cannot read " + model, e);
      }
    }

    private static String camunda(Element element, String name) {
      return element.hasAttributeNS(CAMUNDA, name) ? element.getAttributeNS(CAMUNDA, name) : null;
    }

    /** The value of an attribute named as in templates ("camunda:asyncBefore" or "name"), null when absent. */
    private static String attribute(Element element, String name) {
      if (name.startsWith("camunda:")) {
        return camunda(element, name.substring("camunda:".length()));
      }
      return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
      List<Element> children = new ArrayList<>();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && (namespace == null || namespace.equals(e.getNamespaceURI()))
            && (localName == null || localName.equals(e.getLocalName()))) {
          children.add(e);
        }
      }
      return children;
    }
  }
}
