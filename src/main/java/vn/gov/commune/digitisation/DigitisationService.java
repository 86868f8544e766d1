package vn.gov.commune.digitisation;

import vn.gov.commune.documents.ContentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.shared.Hashes;

/**
 * Digitises dossier components: checks the file ({@link ContentInspector}), keeps it in the {@link
 * ContentStore} and writes the {@link DigitisationRecord}; or, when the same citizen's same content
 * was digitised before, links the earlier result to the new dossier and counts the reuse.
 *
 * <p>Transactions: the (possibly long) inspection runs outside any transaction this service
 * starts; storing the file and the record then runs in the caller's transaction if there is one,
 * else in its own. A file of a rolled-back transaction stays until {@link ContentSweeper} removes it
 * (another transaction may be committing the same content). A refused file
 * throws {@link ContentRefusedException} and leaves nothing behind.
 */
@Service
public class DigitisationService {

  private static final Logger LOG = LoggerFactory.getLogger(DigitisationService.class);

  /**
   * A file for one dossier component. {@code componentId} may be null; {@code personalId} is the
   * applicant's; {@code communeId} the dossier's commune, the tenant of the file's OCR job (null: none).
   */
  public record ComponentFile(
      String dossierCode,
      Long componentId,
      String componentCode,
      String personalId,
      Set<FileType> allowed,
      String fileName,
      String claimedContentType,
      byte[] content,
      String digitisedBy,
      String communeId) {}

  /** What a digitisation produced. */
  public record Result(
      long recordId,
      String sha256,
      String storageKey,
      FileType fileType,
      String mediaType,
      long size,
      int pageCount,
      int imageCount,
      boolean ocrDone,
      String ocrNote,
      boolean reused,
      Long reusedFrom) {}

  private final ContentInspector inspector;
  private final ContentStore store;
  private final StoredContentRepository contents;
  private final DigitisationRecordRepository records;
  private final TransactionTemplate transaction;
  private final ScanOcr ocr;
  /** Digests whose content row a transaction is creating, striped. */
  private final ReentrantLock[] creating = Stream.generate(ReentrantLock::new).limit(64).toArray(ReentrantLock[]::new);
  static final Duration CREATE_WAIT = Duration.ofSeconds(20);

  public DigitisationService(
      ContentInspector inspector,
      ContentStore store,
      StoredContentRepository contents,
      DigitisationRecordRepository records,
      PlatformTransactionManager transactions,
      ScanOcr ocr) {
    this.inspector = inspector;
    this.store = store;
    this.contents = contents;
    this.records = records;
    this.transaction = new TransactionTemplate(transactions);
    this.ocr = ocr;
  }

  /**
   * Digitises one component file, or reuses the citizen's earlier digitisation of the same content.
   *
   * @throws ContentRefusedException when the file is refused (type, size, pages, encrypted, corrupt, zip bomb, state secret …)
   */
  public Result digitise(ComponentFile file) {
    requireText(file.dossierCode(), "dossierCode");
    requireText(file.componentCode(), "componentCode");
    requireText(file.digitisedBy(), "digitisedBy");
    if (file.content() != null && file.content().length > 0 && file.personalId() != null) {
      String sha256 = Hashes.sha256Hex(file.content());
      Optional<Result> reused =
          reuse(file.dossierCode(), file.componentId(), file.componentCode(), file.personalId(), file.allowed(), sha256, file.digitisedBy(), file.communeId());
      if (reused.isPresent()) {
        return reused.get();
      }
    }
    InspectedContent checked = inspector.inspect(file.fileName(), file.claimedContentType(), file.content(), file.allowed());
    return store(file, checked);
  }

  /**
   * Keeps a file already checked with {@link #check} (at intake the check runs before the dossier
   * and its code exist, so that no lock is held while a file is parsed): records the reuse of the
   * citizen's earlier digitisation of the same content, or stores the file and writes its record.
   * Runs in the caller's transaction if there is one, else in its own.
   */
  public Result keep(ComponentFile file, InspectedContent checked) {
    requireText(file.dossierCode(), "dossierCode");
    requireText(file.componentCode(), "componentCode");
    requireText(file.digitisedBy(), "digitisedBy");
    if (file.personalId() != null) {
      Optional<Result> reused =
          reuse(file.dossierCode(), file.componentId(), file.componentCode(), file.personalId(), file.allowed(), checked.sha256(), file.digitisedBy(),
              file.communeId());
      if (reused.isPresent()) {
        return reused.get();
      }
    }
    return store(file, checked);
  }

  /**
   * Keeps a PDF this product rendered and signed itself (an electronic result) with the pages and text
   * its renderer printed: nobody outside wrote its bytes, so it is not detected, screened and parsed
   * again like a file from outside. A text carrying a state-secret mark is refused as for any file.
   * Runs in the caller's transaction if there is one, else in its own.
   *
   * @throws ContentRefusedException when {@code text} carries a state-secret mark; nothing is kept
   */
  public Result keepRendered(ComponentFile file, int pages, String text) {
    String clean = inspector.screenedText(file.fileName(), text);
    InspectedContent known = new InspectedContent(
        FileType.PDF, "application/pdf", Hashes.sha256Hex(file.content()), file.content().length, pages, 0, clean, false,
        ContentInspector.TEXT_LAYER_NOTE, false);
    return keep(file, known);
  }

  private Result store(ComponentFile file, InspectedContent checked) {
    return transaction.execute(
        status -> {
          StoredContent content = keep(checked, file.content());
          DigitisationRecord record =
              records.save(
                  DigitisationRecord.of(DigitisationRecord.Kind.COMPONENT, checked, file.fileName(), file.digitisedBy(), now())
                      .forComponent(file.dossierCode(), file.componentId(), file.componentCode(), file.personalId()));
          if (record.isOcrPending()) {
            ocr.queue(record, file.communeId());
          }
          LOG.info("Digitised component {} of dossier {}: {} page(s), {} image(s), OCR {}",
              file.componentCode(), file.dossierCode(), record.getPageCount(), record.getImageCount(), record.isOcrDone());
          return result(record, content);
        });
  }

  /**
   * Links the citizen's earlier digitisation of the content with this SHA-256 (a component of an
   * earlier dossier, or a document of the citizen's data store that was digitised here) to a new
   * dossier component, without scanning again. Empty when this citizen has no such record: the
   * caller then digitises the file with {@link #digitise}.
   *
   * {@code communeId} is the dossier's commune, the tenant of an OCR job the reused record may still need.
   *
   * @throws ContentRefusedException when the earlier file's type is not accepted for this component
   */
  public Optional<Result> reuse(
      String dossierCode, Long componentId, String componentCode, String personalId, Set<FileType> allowed, String sha256, String digitisedBy,
      String communeId) {
    if (personalId == null || sha256 == null) {
      return Optional.empty();
    }
    Optional<DigitisationRecord> earlier =
        records.findFirstByKindAndPersonalIdAndSha256AndDossierCodeNotOrderById(DigitisationRecord.Kind.COMPONENT, personalId, sha256, dossierCode);
    Optional<StoredContent> content = contents.findBySha256(sha256);
    if (earlier.isEmpty() || content.isEmpty() || !store.exists(sha256)) {
      return Optional.empty();
    }
    FileType type = FileType.valueOf(earlier.get().getFileType());
    if (!allowed.contains(type)) {
      throw new ContentRefusedException(
          Refusal.TYPE_NOT_ALLOWED,
          "Giấy tờ đã số hóa trước đây là tệp " + type + ", không thuộc loại tệp thành phần này nhận: "
              + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".");
    }
    return Optional.of(
        transaction.execute(
            status -> {
              DigitisationRecord record =
                  records.save(
                      DigitisationRecord.reuse(earlier.get(), digitisedBy, now())
                          .forComponent(dossierCode, componentId, componentCode, personalId));
              if (record.isOcrPending()) {
                ocr.queue(record, communeId); // the earlier record's job may have read it before this one commits
              }
              LOG.info("Reused digitised content for component {} of dossier {} (record {})", componentCode, dossierCode, record.getReusedFrom());
              return result(record, content.get());
            }));
  }

  /** Checks a file without keeping anything (e.g. at intake, before a dossier exists). */
  public InspectedContent check(String fileName, String claimedContentType, byte[] content, Set<FileType> allowed) {
    return inspector.inspect(fileName, claimedContentType, content, allowed);
  }

  /**
   * {@link #check} without OCR of scans, which {@link ScanOcr} runs as a job once the file is kept
   * ({@link ContentInspector#inspectDeferringOcr}): for a citizen's upload, answered at once.
   */
  public InspectedContent checkDeferringOcr(String fileName, String claimedContentType, byte[] content, Set<FileType> allowed) {
    return inspector.inspectDeferringOcr(fileName, claimedContentType, content, allowed);
  }

  /** The records of a dossier's components, oldest first. */
  public List<DigitisationRecord> records(String dossierCode) {
    return records.findByDossierCodeOrderById(dossierCode);
  }

  /** The bytes of a stored file. */
  public byte[] content(String sha256) {
    return store.read(sha256);
  }

  /** Keeps an inspected archive file; returns its record. Runs in the caller's transaction or its own. */
  DigitisationRecord keepArchiveFile(String collection, String sourcePath, InspectedContent checked, byte[] bytes, String by) {
    return transaction.execute(
        status -> {
          keep(checked, bytes);
          return records.save(
              DigitisationRecord.of(DigitisationRecord.Kind.ARCHIVE, checked, fileName(sourcePath), by, now())
                  .forArchive(collection, sourcePath));
        });
  }

  /** The reuse indicator: components digitised, of them reused; for the user's communes (all for an administrator). */
  public DigitisationStats stats(CurrentUser user) {
    long components;
    long reused;
    if (user.isAdmin()) {
      components = records.countByKind(DigitisationRecord.Kind.COMPONENT);
      reused = records.countByKindAndReusedTrue(DigitisationRecord.Kind.COMPONENT);
    } else if (user.tenantIds().isEmpty()) {
      components = 0;
      reused = 0;
    } else {
      components = records.countOf(DigitisationRecord.Kind.COMPONENT, user.tenantIds());
      reused = records.countReusedOf(DigitisationRecord.Kind.COMPONENT, user.tenantIds());
    }
    return DigitisationStats.of(components, reused, user.isAdmin() ? records.countByKind(DigitisationRecord.Kind.ARCHIVE) : null);
  }

  /**
   * The content row of a file (written to the store first). Two transactions keeping the same new
   * content at once would both insert the row and one would fail on the unique key: the first
   * takes a lock on the digest until it ends, the second waits, then finds the committed row (or,
   * if the first rolled back, inserts it). The lock is given up after {@link #CREATE_WAIT} (two
   * transactions creating two contents in opposite order), leaving the database's unique key as
   * the last word.
   */
  private StoredContent keep(InspectedContent checked, byte[] bytes) {
    String sha256 = checked.sha256();
    String key = store.put(sha256, bytes);
    Optional<StoredContent> existing = contents.findBySha256(sha256);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (lockUntilTransactionEnds(sha256)) {
      existing = contents.findBySha256(sha256);
    }
    return existing.orElseGet(() -> contents.save(new StoredContent(sha256, key, checked, now())));
  }

  private boolean lockUntilTransactionEnds(String sha256) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return false;
    }
    ReentrantLock lock = creating[Math.floorMod(sha256.hashCode(), creating.length)];
    try {
      if (!lock.tryLock(CREATE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            lock.unlock();
          }
        });
    return true;
  }

  private static Result result(DigitisationRecord r, StoredContent c) {
    return new Result(
        r.getId(), r.getSha256(), c.getStorageKey(), FileType.valueOf(r.getFileType()), c.getMediaType(), c.getSize(),
        r.getPageCount(), r.getImageCount(), r.isOcrDone(), r.getOcrNote(), r.isReused(), r.getReusedFrom());
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The engine's clock, so that records made during time-travelling tests carry the simulated time. */
  static Instant now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
