package vn.gov.commune.digitisation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/**
 * Digitisation over REST: the reuse indicator and bulk runs over archive folders. The search of
 * dossiers by the text of their components and the records of one dossier are dossier questions
 * (who may see which dossier): {@code dossier.DossierSearchController}.
 */
@RestController
public class DigitisationController {

  /** A record as shown to staff (the personal ID is not part of it). */
  public record RecordView(
      long id, String componentCode, Long componentId, String fileName, String fileType, String sha256, int pageCount,
      int imageCount, boolean imagesMatchPages, String digitisedBy, Instant digitisedAt, boolean ocrDone, String ocrNote,
      boolean ocrPending, boolean reused, Long reusedFrom) {
    public static RecordView of(DigitisationRecord r) {
      return new RecordView(r.getId(), r.getComponentCode(), r.getComponentId(), r.getFileName(), r.getFileType(), r.getSha256(),
          r.getPageCount(), r.getImageCount(), r.imagesMatchPages(), r.getDigitisedBy(), r.getDigitisedAt(), r.isOcrDone(),
          r.getOcrNote(), r.isOcrPending(), r.isReused(), r.getReusedFrom());
    }
  }

  public record RunRequest(String folder, String communeId) {}

  public record CollectionView(
      String name, String communeId, String status, boolean running, int totalFiles, int processedFiles, int doneFiles,
      int refusedFiles, int skippedFiles, double filesPerSecond, Long etaSeconds, String startedBy, Instant startedAt,
      Instant finishedAt, long digitisedInCollection, List<ArchiveDigitiser.Refused> refused) {}

  private final DigitisationService service;
  private final ArchiveDigitiser archives;
  private final ArchiveItemRepository items;

  public DigitisationController(DigitisationService service, ArchiveDigitiser archives, ArchiveItemRepository items) {
    this.service = service;
    this.archives = archives;
    this.items = items;
  }

  @GetMapping("/api/digitisation/stats")
  public DigitisationStats stats(CurrentUser user) {
    return service.stats(user);
  }

  @PostMapping("/api/archives/{collection}/runs")
  public ResponseEntity<CollectionView> startRun(@PathVariable String collection, @RequestBody RunRequest request, CurrentUser user) {
    // a collection stays with its commune: its folder is always resolved below that commune's archive
    String requested = request == null ? null : request.communeId();
    ArchiveCollection existing = archives.collection(collection).orElse(null);
    String commune = existing != null ? existing.getCommuneId() : requested;
    if (existing != null && commune == null) {
      throw ApiException.conflict("Bộ sưu tập \"" + collection + "\" được số hóa bằng dòng lệnh: không tiếp tục được qua giao diện lập trình.");
    }
    if (commune == null) {
      throw ApiException.badRequest("Thiếu mã xã/phường (\"communeId\") của bộ sưu tập.");
    }
    user.requireCommune(commune);
    if (requested != null && !requested.equals(commune)) {
      throw ApiException.conflict("Bộ sưu tập \"" + collection + "\" thuộc xã/phường " + commune
          + ": không được tiếp tục bằng thư mục của xã/phường khác.");
    }
    Path folder = archives.folderOfCommune(commune, request == null ? null : request.folder());
    ArchiveCollection started = archives.start(collection, commune, folder, user.userId());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(started));
  }

  @GetMapping("/api/archives/{collection}")
  public CollectionView collection(@PathVariable String collection, CurrentUser user) {
    ArchiveCollection c = archives.collection(collection)
        .filter(x -> user.isAdmin() || (x.getCommuneId() != null && user.tenantIds().contains(x.getCommuneId())))
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy bộ sưu tập \"" + collection + "\"."));
    return view(c);
  }

  private CollectionView view(ArchiveCollection c) {
    return new CollectionView(c.getName(), c.getCommuneId(), c.getStatus().name(), archives.isRunning(c.getName()), c.getTotalFiles(),
        c.getDoneFiles() + c.getRefusedFiles() + c.getSkippedFiles(), c.getDoneFiles(), c.getRefusedFiles(), c.getSkippedFiles(),
        c.getRate(), c.getEtaSeconds(), c.getStartedBy(), c.getStartedAt(), c.getFinishedAt(),
        items.countByCollectionIdAndStatus(c.getId(), ArchiveItem.Status.DONE), archives.refused(c));
  }
}
