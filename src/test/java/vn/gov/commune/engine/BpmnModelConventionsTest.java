package vn.gov.commune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The modellers' conventions for every model in processes/ (bpmnlint runs in CI as well). */
class BpmnModelConventionsTest {

  static final String ID_PATTERN =
      "(StartEvent|EndEvent|UserTask|ServiceTask|ScriptTask|BusinessRuleTask|SendTask|ReceiveTask|CallActivity|SubProcess"
          + "|Gateway|TimerEvent|MessageEvent|ErrorEvent|SignalEvent|EscalationEvent|IntermediateEvent|BoundaryEvent|Flow)"
          + "_[A-Z][A-Za-z0-9]+";

  static Stream<Path> models() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("processes"))) {
      files = list.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("models")
  void modelFollowsTheConventions(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
    assertThat(processes).hasSize(1);
    Process process = processes.get(0);
    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
    assertThat(process.getName()).as("process name").isNotBlank();
    assertThat(model.getModelElementsByType(BpmnDiagram.class)).as("diagram").isNotEmpty();

    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).as("id of " + element.getElementType().getTypeName()).matches(ID_PATTERN);
      if (!(element instanceof SequenceFlow) && !element.getElementType().getTypeName().equals("exclusiveGateway")) {
        assertThat(element.getName()).as("Vietnamese name of " + element.getId()).isNotBlank();
      }
    }
    long drawn =
        model.getModelElementsByType(BpmnShape.class).size() + model.getModelElementsByType(BpmnEdge.class).size();
    assertThat(drawn).as("every element is drawn").isEqualTo(model.getModelElementsByType(FlowElement.class).size());
  }
}
