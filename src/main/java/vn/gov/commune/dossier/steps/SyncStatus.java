package vn.gov.commune.dossier.steps;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierHistoryEntry;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.dossier.StatusSyncPayload;
import vn.gov.commune.engine.ProductJobs;
import vn.gov.commune.integration.DvcqgClient;
import vn.gov.commune.integration.StatusSync;
import vn.gov.commune.organisation.CommuneRepository;

/**
 * Sends status changes of the dossier to the national portal (DVCQG), as logged in the dossier's
 * history entry; key {code}:status:{sequence}.
 *
 * <p>Each status change queues a product job ({@value DossierService#STATUS_SYNC_JOB}, payload
 * {@code code:sequence:entryId[,entryId…]}, tenant = the receiving commune; {@link
 * DossierService#changeStatus}; the changes of one transaction share a job): no process instance
 * per status. As the delegate {@code syncStatus} it still serves the
 * {@value DossierService#STATUS_SYNC_PROCESS} instances queued by versions before that, which finish
 * after an upgrade.
 */
@Component("syncStatus")
public class SyncStatus implements JavaDelegate, ProductJobs.Job {

  /** Variables of the syncs queued before {@link DossierVariables#STATUS_ENTRY_ID} (still running after an upgrade). */
  static final String LEGACY_STATUS_CODE = "statusCode";
  static final String LEGACY_STATUS_NAME = "statusName";
  static final String LEGACY_STATUS_CHANGED_AT = "statusChangedAt";
  static final String LEGACY_STATUS_NOTE = "statusNote";

  private final StepSupport steps;
  private final DvcqgClient dvcqg;
  private final CommuneRepository communes;

  public SyncStatus(StepSupport steps, DvcqgClient dvcqg, CommuneRepository communes) {
    this.steps = steps;
    this.dvcqg = dvcqg;
    this.communes = communes;
  }

  @Override
  public String kind() {
    return DossierService.STATUS_SYNC_JOB;
  }

  /**
   * Sends the payload's status changes in order. A retry after a failure sends again those that
   * went through before it; DVCQG keeps one per key ({code}:status:{sequence}).
   */
  @Override
  public void run(String payload, String tenantId) {
    StatusSyncPayload sync = StatusSyncPayload.parse(payload);
    Dossier dossier = steps.service.get(sync.dossierCode());
    for (int i = 0; i < sync.entryIds().size(); i++) {
      send(dossier, sync.sequenceOf(i), steps.service.statusEntry(dossier, sync.entryIds().get(i)));
    }
  }

  @Override
  public ProductJobs.Description describe(String payload) {
    StatusSyncPayload sync = StatusSyncPayload.parse(payload);
    Map<Long, DossierHistoryEntry> logged = steps.service.history(sync.dossierCode()).stream()
        .filter(e -> e.getToStatus() != null)
        .collect(Collectors.toMap(DossierHistoryEntry::getId, e -> e));
    List<String> labels = sync.entryIds().stream()
        .map(logged::get)
        .filter(java.util.Objects::nonNull)
        .map(e -> "\"" + e.getToStatus().label() + "\"")
        .toList();
    int last = sync.sequenceOf(sync.entryIds().size() - 1);
    String detail = labels.isEmpty() ? "Trạng thái"
        : (labels.size() == 1 ? "Trạng thái " : "Các trạng thái ") + String.join(", ", labels);
    String times = last == sync.sequence()
        ? " (lần đổi trạng thái thứ " + sync.sequence() + ")"
        : " (lần đổi trạng thái thứ " + sync.sequence() + " đến " + last + ")";
    return new ProductJobs.Description("Đồng bộ trạng thái lên Cổng DVCQG", sync.dossierCode(), detail + times);
  }

  /** The delegate of {@value DossierService#STATUS_SYNC_PROCESS} instances started before the product job. */
  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    int sequence = StepSupport.integer(execution, DossierVariables.STATUS_SEQUENCE);
    Object entryId = execution.getVariable(DossierVariables.STATUS_ENTRY_ID);
    if (entryId != null) {
      send(dossier, sequence, steps.service.statusEntry(dossier, ((Number) entryId).longValue()));
      return;
    }
    // started by a version before the history entry id: the status travels in its own variables
    dvcqg.syncStatus(
        new StatusSync(
            dossier.getCode(),
            agency(dossier),
            dossier.getProcedureCode(),
            StepSupport.integer(execution, LEGACY_STATUS_CODE),
            StepSupport.string(execution, LEGACY_STATUS_NAME),
            ((Date) execution.getVariable(LEGACY_STATUS_CHANGED_AT)).toInstant(),
            sequence,
            StepSupport.string(execution, LEGACY_STATUS_NOTE)),
        dossier.getCode() + ":status:" + sequence);
  }

  private void send(Dossier dossier, int sequence, DossierHistoryEntry entry) {
    String code = dossier.getCode();
    dvcqg.syncStatus(
        new StatusSync(
            code,
            agency(dossier),
            dossier.getProcedureCode(),
            entry.getToStatus().code(),
            entry.getToStatus().label(),
            entry.getAt(),
            sequence,
            entry.getReason()),
        code + ":status:" + sequence);
  }

  private String agency(Dossier dossier) {
    return communes.findById(dossier.getReceivingCommuneId()).orElseThrow().getAgencyCode();
  }
}
