package vn.gov.commune.plan.importer;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.commune.organisation.Roles;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

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
public class PlanImportController {

  private final PlanDocumentReader reader;
  private final PlanTextParser parser = new PlanTextParser();

  public PlanImportController(PlanDocumentReader reader) {
    this.reader = reader;
  }

  /** Reads the uploaded plan into a draft (200), or answers a Vietnamese problem (400, 403, 415). */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public PlanDraft importPlan(@RequestPart("file") MultipartFile file, CurrentUser user) throws IOException {
    if (!user.isAdmin()
        && !user.groupIds().contains(Roles.STEERING_OFFICE)
        && !user.groupIds().contains(Roles.UNIT_HEAD)) {
      throw ApiException.forbidden(
          "Chỉ Thường trực Ban Chỉ đạo, trưởng phòng hoặc quản trị viên được nhập kế hoạch.");
    }
    String name = file.getOriginalFilename();
    String text = reader.read(file.getBytes(), name);
    try {
      return parser.parse(text);
    } catch (PlanImportException e) {
      if (e.getMessage().startsWith("Không nhận ra kế hoạch trong tệp") && name != null && !name.isBlank()) {
        throw PlanImportException.invalid(e.getMessage().replaceFirst("trong tệp", "trong tệp \"" + name + "\""));
      }
      throw e;
    }
  }
}
