package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierDocument;
import vn.gov.commune.documents.FileStore;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.integration.DataStoreClient;

/**
 * The signed electronic result (the PDF itself) goes to the citizen's data store (Kho dữ liệu); a refusal has nothing to store.
 * The VNeID notice that follows is its own step ({@link NotifyResultViaVneid}). The result's digitisation
 * record, for its later reuse, was written when it was signed ({@link SignResult}).
 */
@Component("deliverResult")
public class DeliverResult implements JavaDelegate {

  private final StepSupport steps;
  private final DataStoreClient dataStore;
  private final FileStore files;

  public DeliverResult(StepSupport steps, DataStoreClient dataStore, FileStore files) {
    this.steps = steps;
    this.dataStore = dataStore;
    this.files = files;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String step = execution.getCurrentActivityId();
    boolean approved = dossier.getResultType() == Dossier.ResultType.APPROVED;
    if (approved) {
      DossierDocument result = steps.lastDocument(dossier, SlipType.RESULT);
      byte[] file = files.read(result.getStorageKey());
      dataStore.storeResult(
          dossier.getApplicantPersonalId(), dossier.getCode(), dossier.getProcedureName(), result.getFileName(),
          vn.gov.commune.dossier.DossierService.mediaType(result), file, dossier.getResultSignatureId(),
          StepSupport.key(dossier, "datastore"));
      dossier.setResultDeliveredAt(vn.gov.commune.dossier.DossierService.now());
      steps.service.save(dossier);
      steps.service.log(dossier, "DELIVERY", step, "Đã gửi kết quả điện tử vào Kho quản lý dữ liệu điện tử của công dân.", null);
    }
  }
}
