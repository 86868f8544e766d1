package vn.gov.commune.plan.steps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.gov.commune.plan.PlanTaskVariables;

/** The evidence files the officer attached (file variables evidence_1, evidence_2, …), in order. */
record EvidenceFiles(List<String> variables, List<File> files) {

  record File(String variable, String fileName, byte[] content) {}

  static EvidenceFiles of(VariableScope scope) {
    List<String> names = new ArrayList<>();
    for (String name : scope.getVariableNames()) {
      if (name.startsWith(PlanTaskVariables.EVIDENCE_PREFIX)) {
        names.add(name);
      }
    }
    names.sort(null);
    List<File> files = new ArrayList<>();
    for (String name : names) {
      FileValue file = scope.getVariableTyped(name);
      if (file == null || file.getValue() == null) {
        continue;
      }
      byte[] content;
      try (var in = file.getValue()) {
        content = in.readAllBytes();
      } catch (IOException e) {
        throw new ProcessEngineException("Không đọc được tệp minh chứng " + file.getFilename() + ".", e);
      }
      if (content.length == 0 && (file.getFilename() == null || file.getFilename().isBlank())) {
        continue; // a file field left empty: Tasklist's Forms SDK still submits it, nameless and empty
      }
      files.add(new File(name, file.getFilename(), content));
    }
    return new EvidenceFiles(names, files);
  }
}
