package vn.gov.commune.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What each entry of Tasklist's task list shows under the task's name: the dossier code, the
 * applicant and the procedure of a dossier task; the plan number and the task's content of a plan
 * task (the due date is the task's own). Tasklist shows the variables a filter names in its
 * {@code properties.variables}; it reads them with the user's rights, and a clerk may read a task
 * offered to the clerks but not the variables of the whole process instance. So when a user task is
 * created, the process variables below are copied onto the task itself under their card names
 * (read-only copies, never read back by any step; a form that corrects the applicant's name changes
 * the process variable, and the next task's card shows the correction).
 *
 * <p>The copy is a built-in create listener the engine adds to every user task while parsing a model
 * (no model names it): it does no work a person would see in the process, it only labels the task.
 */
@Component
public class TaskCards extends AbstractProcessEnginePlugin {

  /** Card variable → the process variable it copies. */
  public static final Map<String, String> SOURCES;

  /** Card variable → its label in the task list, in the order shown. */
  public static final Map<String, String> LABELS;

  /** A card shows a summary: a longer text (a plan task's content) is cut here. */
  static final int MAX_LENGTH = 300;

  static {
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    add(sources, labels, "cardDossierCode", "dossierCode", "Mã hồ sơ");
    add(sources, labels, "cardApplicantName", "applicantName", "Người nộp");
    add(sources, labels, "cardProcedureName", "procedureName", "Thủ tục");
    add(sources, labels, "cardPlanNumber", "planNumber", "Kế hoạch số");
    add(sources, labels, "cardTaskContent", "taskContent", "Nhiệm vụ");
    SOURCES = java.util.Collections.unmodifiableMap(sources);
    LABELS = java.util.Collections.unmodifiableMap(labels);
  }

  private static void add(Map<String, String> sources, Map<String, String> labels, String card, String source, String label) {
    sources.put(card, source);
    labels.put(card, label);
  }

  /** The value of a filter's {@code properties.variables}: [{name, label}] of every card variable. */
  public static List<Map<String, Object>> filterVariables() {
    List<Map<String, Object>> variables = new ArrayList<>();
    LABELS.forEach((name, label) -> {
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("name", name);
      variable.put("label", label);
      variables.add(variable);
    });
    return variables;
  }

  /** Copies what the process knows onto the task's card. */
  static void label(DelegateTask task) {
    task.setVariablesLocal(cards(task::getVariable));
  }

  /** The card variables of a task whose process has the variables {@code lookup} finds. */
  static Map<String, Object> cards(Function<String, Object> lookup) {
    Map<String, Object> cards = new LinkedHashMap<>();
    SOURCES.forEach((card, source) -> {
      String value = text(lookup.apply(source));
      if (value != null) {
        cards.put(card, value);
      }
    });
    return cards;
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return null;
    }
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).strip() + "…";
  }

  private static final TaskListener ON_CREATE = TaskCards::label;

  private static final BpmnParseListener PARSE_LISTENER =
      new AbstractBpmnParseListener() {
        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
          if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ON_CREATE);
          }
        }
      };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(PARSE_LISTENER);
  }
}
