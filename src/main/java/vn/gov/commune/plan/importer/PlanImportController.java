package vn.gov.commune.plan.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.commune.plan.Plan;
import vn.gov.commune.plan.PlanLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.commune.security.CurrentUser;

/**
 * {@code POST /api/plans/import}: a plan document (multipart part {@code file}: PDF, DOCX, ODT or
 * plain text) in, its {@link PlanDraft} out, for a person to review before any task starts.
 *
 * <p>Nothing is stored: the draft is only returned. A refused import (not a plan, no task, a date
 * that does not exist, a file type not accepted) therefore leaves nothing half-created by
 * construction. Only the steering office, unit heads and administrators may import.
 */
@RestController
@RequestMapping("/api/plans")
class PlanImportController {

  private final PlanDocumentReader reader;
  private final PlanTextParser parser = new PlanTextParser();
  private final ObjectiveReader objectives = new ObjectiveReader();
  private final PlanLifecycle lifecycle;
  private final ObjectMapper json;

  public PlanImportController(PlanDocumentReader reader, PlanLifecycle lifecycle, ObjectMapper json) {
    this.reader = reader;
    this.lifecycle = lifecycle;
    this.json = json;
  }

  /**
   * Reads the uploaded plan and sends its draft straight to review in Tasklist (the steering
   * office's "Rà soát, hiệu chỉnh dự thảo kế hoạch" task), 201 with the plan's id. What the document
   * does not say can be given as form fields ({@code number}, {@code issuedOn}, {@code endsOn},
   * {@code communeId}); they replace the draft's values. Everything is checked before anything is
   * saved, in one transaction: a refused import creates no plan and no process.
   */
  @PostMapping(path = "/import/review", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> importForReview(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String communeId,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String issuedOn,
      @RequestParam(required = false) String endsOn,
      CurrentUser user) throws IOException {
    PlanDraft draft = importPlan(file, user);
    ObjectNode draftNode = json.valueToTree(draft);
    if (number != null && !number.isBlank()) {
      draftNode.put("number", number.trim());
    }
    if (issuedOn != null && !issuedOn.isBlank()) {
      draftNode.put("issuedOn", issuedOn.trim());
    }
    ObjectNode body = json.createObjectNode();
    if (communeId != null && !communeId.isBlank()) {
      body.put("communeId", communeId.trim());
    }
    if (endsOn != null && !endsOn.isBlank()) {
      body.put("endsOn", endsOn.trim());
    }
    body.set("draft", draftNode);
    Plan plan = lifecycle.create(body, user);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("planId", plan.getId());
    answer.put("number", plan.getNumber());
    answer.put("status", plan.getStatus().label());
    answer.put("tasks", draft.tasks().size());
    answer.put("warnings", draft.warnings());
    answer.put("message", "Đã tạo dự thảo kế hoạch " + plan.getNumber() + " với " + draft.tasks().size()
        + " nhiệm vụ; Thường trực Ban Chỉ đạo rà soát, hiệu chỉnh trong Tasklist trước khi ban hành.");
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  /** Reads the uploaded plan into a draft (200), or answers a Vietnamese problem (400, 403, 415). */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public PlanDraft importPlan(@RequestPart("file") MultipartFile file, CurrentUser user) throws IOException {
    String name = file.getOriginalFilename();
    String text = reader.read(file.getBytes(), name);
    try {
      return parser.parse(text).withObjectives(objectives.read(text));
    } catch (PlanImportException e) {
      if (e.getMessage().startsWith("Không nhận ra kế hoạch trong tệp") && name != null && !name.isBlank()) {
        throw PlanImportException.invalid(e.getMessage().replaceFirst("trong tệp", "trong tệp \"" + name + "\""));
      }
      throw e;
    }
  }
}
