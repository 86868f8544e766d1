package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.ResultDocument;
import vn.gov.commune.integration.StoredResult;
import vn.gov.commune.web.ApiException;

/** Simulated citizen data store (Kho quản lý dữ liệu điện tử của tổ chức, cá nhân): keeps electronic results. */
@RestController
@Profile("simulators")
@RequestMapping("/sim/datastore")
public class DataStoreSimulator implements Simulator {

  /** A result in a citizen's store. */
  public record StoredDocument(String storedId, ResultDocument document, Instant storedAt) {}

  private static final IdempotentAnswers.Operation DOCUMENT =
      new IdempotentAnswers.Operation(NationalService.DATASTORE, "document");

  private final Clock clock;
  private final IdempotentAnswers answers;
  private final Received<StoredDocument> documents = new Received<>();

  public DataStoreSimulator(Clock clock, IdempotentAnswers answers) {
    this.clock = clock;
    this.answers = answers;
  }

  @Override
  public NationalService service() {
    return NationalService.DATASTORE;
  }

  @PostMapping("/documents")
  public StoredResult store(
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key, @RequestBody ResultDocument document) {
    return answers.once(
        DOCUMENT,
        key,
        document,
        StoredResult.class,
        () -> {
          if (document.personalId() == null || !Ids.PERSONAL_ID.matcher(document.personalId()).matches()) {
            throw ApiException.badRequest("Số định danh cá nhân phải gồm đúng 12 chữ số.");
          }
          if (Ids.blank(document.dossierCode()) || Ids.blank(document.title())) {
            throw ApiException.badRequest("Thiếu mã hồ sơ hoặc tên kết quả.");
          }
          if (document.sha256() == null || !Ids.SHA256.matcher(document.sha256()).matches()) {
            throw ApiException.badRequest("Mã băm SHA-256 của kết quả phải gồm 64 ký tự thập lục phân.");
          }
          byte[] file = content(document);
          if (!"application/pdf".equals(document.mediaType()) || !startsWith(file, "%PDF-")) {
            throw ApiException.badRequest("Kết quả điện tử phải là tệp PDF đã ký số.");
          }
          if (!vn.gov.commune.shared.Hashes.sha256Hex(file).equalsIgnoreCase(document.sha256())) {
            throw ApiException.badRequest("Mã băm SHA-256 không khớp với nội dung tệp kết quả.");
          }
          String id = Ids.next("KQ");
          documents.add(new StoredDocument(id, document, Instant.now(clock)));
          return new StoredResult(id);
        });
  }

  /** The documents of one citizen (GET /sim/datastore/documents?personalId=…). */
  @org.springframework.web.bind.annotation.GetMapping("/documents")
  public List<vn.gov.commune.integration.CitizenDocument> list(@org.springframework.web.bind.annotation.RequestParam String personalId) {
    if (!Ids.PERSONAL_ID.matcher(personalId).matches()) {
      throw ApiException.badRequest("Số định danh cá nhân phải gồm đúng 12 chữ số.");
    }
    return documentsOf(personalId).stream()
        .map(d -> new vn.gov.commune.integration.CitizenDocument(d.storedId(), d.document().dossierCode(), d.document().title(), d.document().sha256()))
        .toList();
  }

  /** The file of a stored result, as the product sent it. */
  public static byte[] content(ResultDocument document) {
    try {
      return document.content() == null ? new byte[0] : java.util.Base64.getDecoder().decode(document.content());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Nội dung tệp kết quả không phải base64 hợp lệ.");
    }
  }

  private static boolean startsWith(byte[] file, String magic) {
    byte[] prefix = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return file.length >= prefix.length && java.util.Arrays.equals(file, 0, prefix.length, prefix, 0, prefix.length);
  }

  public List<StoredDocument> documents() {
    return documents.all();
  }

  public List<StoredDocument> documentsOf(String personalId) {
    return documents.where(d -> d.document().personalId().equals(personalId));
  }

  @Override
  public void clear() {
    answers.forget(service());
    documents.clear();
  }
}
