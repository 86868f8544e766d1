package vn.gov.commune.dossier.steps;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierHistoryEntry;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.integration.DvcqgClient;
import vn.gov.commune.integration.StatusSync;
import vn.gov.commune.organisation.CommuneRepository;

/**
 * Sends one status change of the dossier to the national portal (DVCQG), as logged in the dossier's
 * history entry {@code statusEntryId}; key {code}:status:{sequence}.
 */
@Component("syncStatus")
public class SyncStatus implements JavaDelegate {

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
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution);
    String code = dossier.getCode();
    String agency = communes.findById(dossier.getReceivingCommuneId()).orElseThrow().getAgencyCode();
    int sequence = StepSupport.integer(execution, DossierVariables.STATUS_SEQUENCE);
    Object entryId = execution.getVariable(DossierVariables.STATUS_ENTRY_ID);
    StatusSync sync;
    if (entryId == null) {
      // started by a version before the history entry id: the status travels in its own variables
      sync =
          new StatusSync(
              code,
              agency,
              dossier.getProcedureCode(),
              StepSupport.integer(execution, LEGACY_STATUS_CODE),
              StepSupport.string(execution, LEGACY_STATUS_NAME),
              ((Date) execution.getVariable(LEGACY_STATUS_CHANGED_AT)).toInstant(),
              sequence,
              StepSupport.string(execution, LEGACY_STATUS_NOTE));
    } else {
      DossierHistoryEntry entry = steps.service.statusEntry(dossier, ((Number) entryId).longValue());
      sync =
          new StatusSync(
              code,
              agency,
              dossier.getProcedureCode(),
              entry.getToStatus().code(),
              entry.getToStatus().label(),
              entry.getAt(),
              sequence,
              entry.getReason());
    }
    dvcqg.syncStatus(sync, code + ":status:" + sequence);
  }
}
