package vn.gov.commune.digitisation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.commune.documents.ContentStore;
import vn.gov.commune.engine.ProductJobs;

/**
 * OCR of a citizen's scan after the upload was answered: {@link ContentInspector#inspectDeferringOcr}
 * checked everything but OCR, {@link DigitisationService} kept the file with its record marked
 * {@code ocrPending} and queued this job ({@value #KIND}) in the same transaction.
 *
 * <p>The job reads the kept file again with OCR ({@link ContentInspector#inspectLater}, on threads of
 * its own, {@code app.digitisation.ocr.threads}, never those of uploads). Its text then
 * replaces the record's (so the dossier's search finds the scan's words), for every pending record
 * of the same content. If the text carries a secrecy mark, the file is refused as at the upload, now
 * after the fact: each {@link RefusedAfterOcr} takes it off its component and tells the citizen, and
 * every record of that content, its text, its content row and (after commit) its stored file are
 * deleted. A file OCR cannot read in time stays, its record saying why. While this node's OCR threads
 * are all busy the job queues itself again {@link #AGAIN_AFTER} later instead of holding its job thread.
 */
@Component
public class ScanOcr implements ProductJobs.Job {

  private static final Logger LOG = LoggerFactory.getLogger(ScanOcr.class);
  public static final String KIND = "scan-ocr";

  private final ContentInspector inspector;
  private final ContentStore store;
  private final StoredContentRepository contents;
  private final DigitisationRecordRepository records;
  private final ObjectProvider<ProductJobs> jobs;
  private final ObjectProvider<RefusedAfterOcr> refusals;
  /** This node's OCR threads ({@code app.digitisation.ocr.threads}) not reading a scan now. */
  private final Semaphore reading;
  static final Duration AGAIN_AFTER = Duration.ofSeconds(5);

  public ScanOcr(
      ContentInspector inspector,
      ContentStore store,
      StoredContentRepository contents,
      DigitisationRecordRepository records,
      ObjectProvider<ProductJobs> jobs,
      ObjectProvider<RefusedAfterOcr> refusals,
      DigitisationProperties props) {
    this.reading = new Semaphore(Math.max(1, props.getOcr().getThreads()));
    this.inspector = inspector;
    this.store = store;
    this.contents = contents;
    this.records = records;
    this.jobs = jobs;
    this.refusals = refusals;
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * Queues the OCR of the record's file in the current transaction, as a job of {@code communeId}'s
   * tenant: a supervisor of another commune neither sees nor retries it.
   */
  void queue(DigitisationRecord record, String communeId) {
    jobs.getObject().send(KIND, Long.toString(record.getId()), communeId);
  }

  @Override
  public ProductJobs.Description describe(String payload) {
    DigitisationRecord record = records.findById(Long.parseLong(payload)).orElse(null);
    return new ProductJobs.Description(
        "Nhận dạng chữ (OCR) tệp quét", record == null ? null : record.getDossierCode(),
        record == null ? "Bản ghi số hóa đã bị xóa" : "Tệp \"" + record.getFileName() + "\"");
  }

  @Override
  public void run(String payload, String tenantId) {
    DigitisationRecord record = records.findById(Long.parseLong(payload)).orElse(null);
    if (record == null || !record.isOcrPending()) {
      return; // refused or read meanwhile (by the job of another record of the same content)
    }
    // OCR takes seconds: a job thread waiting for an OCR thread would hold up the dossiers' own steps,
    // so when this node's OCR threads are all busy the job is queued again for a little later
    if (!reading.tryAcquire()) {
      jobs.getObject().send(KIND, payload, tenantId, Date.from(now().plus(AGAIN_AFTER)));
      return;
    }
    try {
      read(record);
    } finally {
      reading.release();
    }
  }

  private void read(DigitisationRecord record) {
    String sha256 = record.getSha256();
    if (!store.exists(sha256)) {
      pending(sha256).forEach(r -> r.ocrFailed("Không nhận dạng được chữ (OCR): không tìm thấy tệp trong kho nội dung."));
      return;
    }
    InspectedContent read;
    try {
      read = inspector.inspectLater(record.getFileName(), store.read(sha256), EnumSet.of(FileType.valueOf(record.getFileType())));
    } catch (ContentRefusedException e) {
      switch (e.reason()) {
        case BUSY -> throw e; // the engine retries the job later
        case STATE_SECRET -> refuse(sha256, e.getMessage().replace(ContentInspector.SECRET_NOT_KEPT, "Tệp đã bị xóa khỏi hệ thống; "));
        default -> pending(sha256).forEach(r -> r.ocrFailed("Không nhận dạng được chữ (OCR): " + e.getMessage()));
      }
      return;
    }
    List<DigitisationRecord> pending = pending(sha256);
    pending.forEach(r -> r.ocrRead(read));
    LOG.info("OCR of a kept scan done: {} record(s) of {} page(s), OCR {}", pending.size(), read.pageCount(), read.ocrDone());
  }

  /** Takes every free OCR permit of this node, as if all its OCR threads were reading (tests); returns how many. */
  int busyForTest() {
    return reading.drainPermits();
  }

  void freeForTest(int permits) {
    reading.release(permits);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private List<DigitisationRecord> pending(String sha256) {
    return records.findBySha256AndOcrPendingTrue(sha256);
  }

  private void refuse(String sha256, String message) {
    List<DigitisationRecord> all = records.findBySha256OrderById(sha256);
    for (DigitisationRecord r : all) {
      refusals.orderedStream().forEach(owner -> owner.refused(r, message));
    }
    records.deleteAll(all);
    contents.findBySha256(sha256).ifPresent(contents::delete);
    records.flush();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            store.remove(sha256, contents::findExistingSha256);
          }
        });
    LOG.warn("A kept scan carried a secrecy mark found by OCR: {} record(s), its text and its content removed", all.size());
  }
}
