package vn.gov.commune.dossier.steps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.ComponentDigitisation;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierComponent;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.FileStore;
import vn.gov.commune.integration.DataStoreClient;

/**
 * Right after the digitisation task (in the same transaction, so a refusal refuses the task's
 * completion): every paper component must come with its scan (File variable scan_{component code})
 * or the id of the same document in the citizen's data store (store_{component code}); scans are
 * checked by content and stored, then removed from the process.
 */
@Component("storeScans")
public class StoreScans implements JavaDelegate {

  private final StepSupport steps;
  private final FileStore files;
  private final ComponentDigitisation digitisation;
  private final DataStoreClient dataStore;

  public StoreScans(StepSupport steps, FileStore files, ComponentDigitisation digitisation, DataStoreClient dataStore) {
    this.steps = steps;
    this.files = files;
    this.digitisation = digitisation;
    this.dataStore = dataStore;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    List<String> missing = new ArrayList<>();
    // every refused scan is named at once; the engine's rollback undoes the ones already stored
    vn.gov.commune.web.FileRefusals refused = new vn.gov.commune.web.FileRefusals();
    for (DossierComponent component : steps.components.findByDossierCodeOrderById(dossier.getCode())) {
      if (component.getSource() != DossierComponent.Source.PAPER) {
        continue;
      }
      String variable = DossierVariables.SCAN_PREFIX + component.getComponentCode();
      String storeVariable = DossierVariables.STORE_PREFIX + component.getComponentCode();
      FileValue scan = execution.getVariableTyped(variable);
      Object storedId = execution.getVariable(storeVariable);
      if ((scan == null || scan.getValue() == null) && storedId instanceof String id && !id.isBlank()) {
        linkFromDataStore(dossier, component, id.trim());
        execution.removeVariable(storeVariable);
        continue;
      }
      if (scan == null || scan.getValue() == null) {
        missing.add(component.getName());
        continue;
      }
      byte[] content;
      try (var in = scan.getValue()) {
        content = in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new ProcessEngineException("Không đọc được tệp số hóa của " + component.getName() + ".", e);
      }
      vn.gov.commune.digitisation.DigitisationService.Result digitised;
      try {
        String fileName = vn.gov.commune.web.UntrustedText.uploadedFileName(scan.getFilename(), component.getComponentCode());
        var checked = digitisation.check(
            dossier.getProcedureCode(), dossier.getProcedureVersion(), component.getComponentCode(), component.getName(), fileName, content);
        component.attach(files.store(fileName, checked.mediaType(), content), DossierComponent.Source.SCANNED, steps.service.actor(), DossierService.now());
        steps.components.save(component);
        digitised = digitisation.keep(dossier, component, checked, fileName, content, steps.service.actor());
      } catch (vn.gov.commune.web.ApiException e) {
        refused.add(e.getMessage());
        continue;
      }
      steps.service.log(dossier, "COMPONENT", "UserTask_DigitiseComponents",
          "Số hóa thành phần: " + component.getName() + " (" + digitised.pageCount() + " trang, " + digitised.imageCount() + " ảnh"
              + (digitised.reused() ? "; dùng lại bản đã số hóa của công dân" : "")
              + (digitised.ocrDone() ? "; đã nhận dạng chữ" : "") + ").",
          null);
      execution.removeVariable(variable);
    }
    if (!refused.isEmpty()) {
      throw new ProcessEngineException(refused.message());
    }
    if (!missing.isEmpty()) {
      throw new ProcessEngineException("Chưa số hóa các thành phần: " + String.join("; ", missing) + ".");
    }
    execution.setVariable(DossierVariables.COMPONENTS_SUMMARY, steps.componentsSummary(dossier));
  }

  /**
   * Once-only: a paper component the citizen's data store already holds (an electronic result of an
   * earlier dossier, named by its id in the store) is linked, not scanned again, and counted as reuse.
   */
  private void linkFromDataStore(Dossier dossier, DossierComponent component, String storedId) {
    var document = dataStore.documentsOf(dossier.getApplicantPersonalId(), dossier.getCode()).stream()
        .filter(d -> storedId.equals(d.storedId()))
        .findFirst()
        .orElseThrow(() -> new ProcessEngineException(
            "Không có giấy tờ mã \"" + storedId + "\" trong Kho dữ liệu của công dân (thành phần \"" + component.getName() + "\")."));
    var reused = digitisation.reuseFromDataStore(dossier, component, document.sha256(), steps.service.actor())
        .orElseThrow(() -> new ProcessEngineException(
            "Giấy tờ \"" + document.title() + "\" trong Kho dữ liệu chưa có bản điện tử tại hệ thống: hãy số hóa bản giấy của thành phần \""
                + component.getName() + "\"."));
    byte[] content = digitisation.content(reused.sha256());
    component.attach(
        files.store("kho-du-lieu-" + storedId + (reused.mediaType().contains("pdf") ? ".pdf" : ".docx"), reused.mediaType(), content),
        DossierComponent.Source.DATA_STORE, steps.service.actor(), DossierService.now());
    steps.components.save(component);
    steps.service.log(dossier, "COMPONENT", "UserTask_DigitiseComponents",
        "Dùng lại giấy tờ trong Kho dữ liệu của công dân cho thành phần " + component.getName() + ": " + document.title()
            + " (hồ sơ " + document.dossierCode() + "), không số hóa lại.",
        null);
  }
}
