package vn.gov.commune.dossier;

import vn.gov.commune.documents.FileStore;
import vn.gov.commune.documents.StoredFile;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.commune.documents.SlipRenderer;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.engine.ProductJobs;
import vn.gov.commune.web.ApiException;

/**
 * The one place a dossier changes: every change is written to its append-only history, and every
 * status change also queues a {@value #STATUS_SYNC_JOB} product job in the same transaction, which
 * reports the status to DVCQG (retried with backoff, then an incident the Cockpit page "Giám sát"
 * lists with a retry button when DVCQG stays down).
 * Times come from the engine clock, so process tests can move it.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DossierService {

  /** The model that synced a status before {@value #STATUS_SYNC_JOB}; kept for the instances an upgrade finds running. */
  public static final String STATUS_SYNC_PROCESS = "dossier-status-sync";
  /** The product job ({@link ProductJobs}) that sends one status change to DVCQG. */
  public static final String STATUS_SYNC_JOB = "status-sync";
  public static final String SYSTEM_ACTOR = "he-thong";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String PDF = "application/pdf";

  @PersistenceContext private EntityManager em;
  private final DossierRepository dossiers;
  private final HistoryRepository history;
  private final DocumentRepository documents;
  private final NotificationRepository notifications;
  private final FileStore files;
  private final SlipRenderer slipRenderer;
  private final IdentityService identity;
  private final ProductJobs jobs;

  public DossierService(
      DossierRepository dossiers,
      HistoryRepository history,
      DocumentRepository documents,
      NotificationRepository notifications,
      FileStore files,
      SlipRenderer slipRenderer,
      IdentityService identity,
      ProductJobs jobs) {
    this.dossiers = dossiers;
    this.history = history;
    this.documents = documents;
    this.notifications = notifications;
    this.files = files;
    this.slipRenderer = slipRenderer;
    this.identity = identity;
    this.jobs = jobs;
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * The dossier with this code. Inside a transaction it is read once: later calls in the same
   * transaction (each step of an engine transaction asks again) get it from the persistence context
   * by its natural id, without a query (issue 15: "the dossier loaded once per transaction").
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Dossier get(String code) {
    Dossier dossier = code == null ? null
        : TransactionSynchronizationManager.isActualTransactionActive()
            ? em.unwrap(Session.class).bySimpleNaturalId(Dossier.class).load(code)
            : dossiers.findByCode(code).orElse(null);
    if (dossier == null) {
      throw ApiException.notFound("Không tìm thấy hồ sơ có mã " + code + ".");
    }
    return dossier;
  }

  /** The user the engine is acting for (who completed the task), or the system. */
  public String actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM_ACTOR;
  }

  /** Moves the dossier to {@code next}, logs it and queues the DVCQG sync of the new status. */
  public void changeStatus(Dossier dossier, DossierStatus next, String step, String message, String reason) {
    DossierStatus previous = dossier.getStatusSequence() == 0 ? null : dossier.getStatus();
    dossier.moveTo(next);
    dossiers.save(dossier);
    DossierHistoryEntry entry =
        history.save(new DossierHistoryEntry(dossier.getCode(), now(), actor(), "STATUS", previous, next, step, message, reason));
    queueStatusSync(dossier, entry);
  }

  /** Logs an event that does not change the status (appointment moved, component scanned, slip issued…). */
  public DossierHistoryEntry log(Dossier dossier, String action, String step, String message, String reason) {
    return history.save(
        new DossierHistoryEntry(
            dossier.getCode(), now(), actor(), action, dossier.getStatus(), dossier.getStatus(), step, message, reason));
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<DossierHistoryEntry> history(String code) {
    return history.findByDossierCodeOrderById(code);
  }

  /** Stores and logs a slip (DOCX); returns the stored document. */
  public DossierDocument issue(Dossier dossier, SlipType type, byte[] content, String step) {
    return issue(dossier, type, content, DOCX, step);
  }

  /** Stores and logs a document of the given media type (DOCX slip or signed PDF); returns it. */
  public DossierDocument issue(Dossier dossier, SlipType type, byte[] content, String mediaType, String step) {
    String extension = PDF.equals(mediaType) ? "pdf" : "docx";
    StoredFile stored = files.store(type.fileName(dossier.getCode(), extension), mediaType, content);
    DossierDocument document = documents.save(new DossierDocument(dossier.getCode(), type, stored, now(), actor()));
    log(dossier, "DOCUMENT", step, "Phát hành " + type.title() + (PDF.equals(mediaType) ? " (PDF ký số)." : "."), null);
    return document;
  }

  /** The media type of a stored document, from its file name (signed results are PDF, slips DOCX). */
  public static String mediaType(DossierDocument document) {
    return document.getFileName().endsWith(".pdf") ? PDF : DOCX;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<DossierDocument> documents(String code) {
    return documents.findByDossierCodeOrderById(code);
  }

  public SlipRenderer slipRenderer() {
    return slipRenderer;
  }

  public void notifyGroup(Dossier dossier, String communeId, String groupId, String type, String message) {
    notifications.save(new DossierNotification(dossier.getCode(), communeId, groupId, type, message, now()));
    log(dossier, "NOTIFICATION", null, message, null);
  }

  public Dossier save(Dossier dossier) {
    return dossiers.save(dossier);
  }

  /**
   * Queues the sync of one status change as a product job of the receiving commune (tenant): its
   * payload is the dossier code, the status sequence (idempotency key) and the history entry that
   * holds the status, its time and its note (append-only, so the sync sends what was logged even if
   * it runs much later). No process instance: five syncs per dossier were five instances, with their
   * executions, variables and history. A status change that follows another of the same dossier in
   * the same transaction joins that one's job ({@link StatusSyncPayload#followedBy}), sent after it.
   */
  private void queueStatusSync(Dossier dossier, DossierHistoryEntry entry) {
    jobs.sendOrMerge(
        STATUS_SYNC_JOB,
        new StatusSyncPayload(dossier.getCode(), dossier.getStatusSequence(), entry.getId()).toString(),
        dossier.getReceivingCommuneId(),
        (queued, next) -> {
          StatusSyncPayload merged = StatusSyncPayload.parse(queued).followedBy(StatusSyncPayload.parse(next));
          return merged == null ? null : merged.toString();
        });
  }

  /** The status entry a status sync sends, checked to be of its dossier. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public DossierHistoryEntry statusEntry(Dossier dossier, long entryId) {
    return history
        .findById(entryId)
        .filter(e -> e.getDossierCode().equals(dossier.getCode()) && "STATUS".equals(e.getAction()) && e.getToStatus() != null)
        .orElseThrow(() -> new IllegalStateException("Hồ sơ " + dossier.getCode() + " không có mục trạng thái " + entryId + "."));
  }

  /**
   * Runs engine calls without the caller's engine authentication: the product has already checked
   * what the caller may do, and the engine call acts for the system (e.g. the portal starting a
   * dossier in a commune it is no member of).
   */
  public <T> T asSystem(Supplier<T> work) {
    return vn.gov.commune.engine.SystemCalls.asSystem(identity, work);
  }
}
