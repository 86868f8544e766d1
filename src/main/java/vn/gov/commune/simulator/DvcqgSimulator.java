package vn.gov.commune.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.StatusSync;
import vn.gov.commune.integration.StatusSyncReceipt;
import vn.gov.commune.simulator.ProductClient.ForwardResult;
import vn.gov.commune.simulator.ProductClient.SubmissionFile;
import vn.gov.commune.web.ApiException;

/**
 * Simulated national public-service portal (Cổng Dịch vụ công quốc gia): receives status changes of
 * dossiers (kept in the database, each key once), answers the latest one, and files dossiers that
 * citizens submit on the portal into the product ({@code POST /api/dossiers}) as the portal account.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/dvcqg")
public class DvcqgSimulator implements Simulator {

  /**
   * A dossier filed on the portal: {@code {"application": {...}, "files": [...]}}; a body without
   * an {@code application} field is the application itself, without files.
   */
  public record Submission(JsonNode application, List<SubmissionFile> files) {}

  /** A status change as the portal keeps it: what was received and what was answered. */
  record ReceivedStatus(StatusSync sync, StatusSyncReceipt receipt) {}

  private static final IdempotentAnswers.Operation STATUS = new IdempotentAnswers.Operation(NationalService.DVCQG, "status");
  private static final IdempotentAnswers.Operation SUBMISSION =
      new IdempotentAnswers.Operation(NationalService.DVCQG, "submission");

  private final ProductClient product;
  private final Clock clock;
  private final ObjectMapper json;
  private final IdempotentAnswers answers;
  private final List<Submission> submissions = new ArrayList<>();

  public DvcqgSimulator(ProductClient product, Clock clock, ObjectMapper json, IdempotentAnswers answers) {
    this.product = product;
    this.clock = clock;
    this.json = json;
    this.answers = answers;
  }

  @Override
  public NationalService service() {
    return NationalService.DVCQG;
  }

  @PostMapping("/dossiers/{code}/status")
  public StatusSyncReceipt syncStatus(
      @PathVariable String code,
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key,
      @RequestBody StatusSync sync) {
    // kept as the answer itself: a status is received exactly when its key is answered, also across restarts
    return answers
        .once(
            STATUS,
            key,
            code,
            sync,
            ReceivedStatus.class,
            () -> {
              if (!code.equals(sync.dossierCode())) {
                throw ApiException.badRequest("Mã hồ sơ trong nội dung khác mã hồ sơ trên đường dẫn.");
              }
              if (sync.statusCode() < 1 || sync.statusCode() > 10) {
                throw ApiException.badRequest("Mã trạng thái " + sync.statusCode() + " không hợp lệ (từ 1 đến 10).");
              }
              return new ReceivedStatus(sync, new StatusSyncReceipt(code, sync.sequence(), Instant.now(clock)));
            })
        .receipt();
  }

  /** The dossier's latest status (highest sequence) as the portal shows it to the citizen. */
  @GetMapping("/dossiers/{code}")
  public StatusSync latest(@PathVariable String code) {
    return latestStatus(code)
        .orElseThrow(() -> ApiException.notFound("Cổng Dịch vụ công quốc gia chưa có hồ sơ '" + code + "'."));
  }

  /** Every status change of the dossier, in the order received, as the portal shows the citizen its progress. */
  @GetMapping("/dossiers/{code}/statuses")
  public List<StatusSync> statuses(@PathVariable String code) {
    return statusSyncs(code);
  }

  /** Files a dossier submitted on the portal into the product and answers with the product's answer. */
  @PostMapping("/submissions")
  public ResponseEntity<JsonNode> submit(
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key, @RequestBody JsonNode body) {
    Submission submission = submission(body);
    // the product requires a key; a caller without one gets a fresh one, so each such call is a new dossier
    String idempotencyKey = key == null || key.isBlank() ? Ids.next("DVCQG") : key;
    return response(
        answers.once(SUBMISSION, idempotencyKey, body, ForwardResult.class, () -> forward(submission, idempotencyKey)));
  }

  private ForwardResult forward(Submission submission, String key) {
    ForwardResult result = product.submitDossier(submission.application(), submission.files(), key);
    if (!result.successful()) {
      // not stored as the answer: the citizen corrects the application and sends it again
      throw new ForwardRefused(result);
    }
    synchronized (submissions) {
      submissions.add(submission);
    }
    return result;
  }

  private Submission submission(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("Hồ sơ nộp trên Cổng phải là một đối tượng JSON.");
    }
    if (!body.has("application")) {
      return new Submission(body, List.of());
    }
    try {
      return json.treeToValue(body, Submission.class);
    } catch (Exception e) {
      throw ApiException.badRequest(
          "Danh sách tệp đính kèm không đúng định dạng (component, fileName, contentType, contentBase64).");
    }
  }

  private static ResponseEntity<JsonNode> response(ForwardResult result) {
    return ResponseEntity.status(result.status()).body(result.body());
  }

  /** The product refused the dossier: its answer goes back to the caller, and nothing is stored. */
  static class ForwardRefused extends RuntimeException {
    final transient ForwardResult result;

    ForwardRefused(ForwardResult result) {
      super("refused with HTTP " + result.status(), null, false, false);
      this.result = result;
    }
  }

  @ExceptionHandler(ForwardRefused.class)
  ResponseEntity<JsonNode> refused(ForwardRefused refused) {
    return response(refused.result);
  }

  /** Every status change received for the dossier, in the order received (repeated keys not counted). */
  public List<StatusSync> statusSyncs(String dossierCode) {
    return answers.answers(STATUS, dossierCode, ReceivedStatus.class).stream().map(ReceivedStatus::sync).toList();
  }

  public Optional<StatusSync> latestStatus(String dossierCode) {
    return statusSyncs(dossierCode).stream().max(Comparator.comparingInt(StatusSync::sequence));
  }

  /** Dossiers filed through the portal that the product accepted. */
  public List<Submission> submissions() {
    synchronized (submissions) {
      return List.copyOf(submissions);
    }
  }

  @Override
  public void clear() {
    answers.forget(service());
    synchronized (submissions) {
      submissions.clear();
    }
  }
}
