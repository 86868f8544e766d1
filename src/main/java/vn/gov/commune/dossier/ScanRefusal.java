package vn.gov.commune.dossier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.commune.digitisation.DigitisationRecord;
import vn.gov.commune.digitisation.RefusedAfterOcr;
import vn.gov.commune.documents.FileStore;
import vn.gov.commune.dossier.steps.StepSupport;
import vn.gov.commune.engine.ProductJobs;
import vn.gov.commune.integration.VneidClient;

/**
 * A citizen's file that OCR, run after the upload was answered, showed to carry a secrecy mark:
 * the file leaves its component (marked {@link DossierComponent.Source#REFUSED}, the dossier file
 * deleted after commit; the forms' {@code componentsSummary} of the dossier's running instances
 * updated), the dossier's history says so, and the citizen is told over VNeID by a job
 * of its own ({@value #NOTICE}), so that the removal never waits for VNeID and a failed notice is
 * retried and, at last, an incident.
 */
@Component
class ScanRefusal implements RefusedAfterOcr, ProductJobs.Job {

  private static final Logger LOG = LoggerFactory.getLogger(ScanRefusal.class);
  static final String NOTICE = "refused-file-notice";
  static final String ACTION = "FILE_REFUSED";

  private final DossierService service;
  private final ComponentRepository components;
  private final HistoryRepository history;
  private final FileStore files;
  private final ProductJobs jobs;
  private final VneidClient vneid;
  private final StepSupport steps;
  private final RuntimeService runtime;

  ScanRefusal(
      DossierService service, ComponentRepository components, HistoryRepository history, FileStore files, ProductJobs jobs, VneidClient vneid,
      StepSupport steps, RuntimeService runtime) {
    this.service = service;
    this.components = components;
    this.history = history;
    this.files = files;
    this.jobs = jobs;
    this.vneid = vneid;
    this.steps = steps;
    this.runtime = runtime;
  }

  @Override
  public void refused(DigitisationRecord record, String message) {
    if (record.getDossierCode() == null || record.getComponentId() == null) {
      return;
    }
    DossierComponent component = components.findById(record.getComponentId()).orElse(null);
    if (component == null || !record.getSha256().equals(component.getSha256())) {
      return; // the component holds another file by now
    }
    Dossier dossier = service.get(record.getDossierCode());
    String fileName = component.getFileName();
    files.deleteAfterCommit(component.getStorageKey());
    component.removeRefusedFile(DossierService.SYSTEM_ACTOR, DossierService.now());
    components.save(component);
    DossierHistoryEntry entry =
        service.log(
            dossier, ACTION, null,
            "Tệp \"" + fileName + "\" của thành phần \"" + component.getName() + "\" bị từ chối sau khi nhận dạng chữ (OCR) và đã bị xóa"
                + " khỏi hệ thống.",
            message);
    jobs.send(NOTICE, Long.toString(entry.getId()), dossier.getReceivingCommuneId());
    // the forms show the components from this variable, set when the instance started: the clerk must not see the file still
    String summary = steps.componentsSummary(dossier);
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier.getCode()).active().list()) {
      if (runtime.getVariable(instance.getId(), DossierVariables.COMPONENTS_SUMMARY) != null) {
        runtime.setVariable(instance.getId(), DossierVariables.COMPONENTS_SUMMARY, summary);
      }
    }
    LOG.warn("Dossier {}: the file of component {} was refused after OCR and removed", dossier.getCode(), component.getComponentCode());
  }

  @Override
  public String kind() {
    return NOTICE;
  }

  @Override
  public ProductJobs.Description describe(String payload) {
    DossierHistoryEntry entry = history.findById(Long.parseLong(payload)).orElse(null);
    return new ProductJobs.Description(
        "Báo công dân qua VNeID: tệp bị từ chối", entry == null ? null : entry.getDossierCode(), entry == null ? null : entry.getMessage());
  }

  /** Sends the citizen the refusal written in the history entry {@code payload}. */
  @Override
  public void run(String payload, String tenantId) {
    DossierHistoryEntry entry = history.findById(Long.parseLong(payload)).orElse(null);
    if (entry == null) {
      return;
    }
    Dossier dossier = service.get(entry.getDossierCode());
    vneid.notify(
        dossier.getApplicantPersonalId(),
        dossier.getCode(),
        "Tệp trong hồ sơ bị từ chối",
        "Hồ sơ " + dossier.getCode() + ": " + entry.getMessage() + " Lý do: " + entry.getReason()
            + " Nếu cán bộ yêu cầu, hãy bổ sung bản không mang dấu độ mật.",
        dossier.getCode() + ":refused-file-" + entry.getId());
  }
}
