package vn.gov.commune.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.organisation.StaffDirectory;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.PaperPage;

/**
 * The officer's evidence of a plan task at hand from the unit head's and the steering office's
 * forms (also with the webapps' session): a page with a link to each file. Access as for the
 * evidence API (PlanService.task: the plan's commune).
 */
@RestController
@Tag(name = "Kế hoạch chuyển đổi số")
class PlanPapersController {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final PlanService service;
  private final EvidenceRepository evidence;
  private final StaffDirectory staff;
  private final WorkingDayCalendar calendar;

  PlanPapersController(PlanService service, EvidenceRepository evidence, StaffDirectory staff, WorkingDayCalendar calendar) {
    this.service = service;
    this.evidence = evidence;
    this.staff = staff;
    this.calendar = calendar;
  }

  @Operation(summary = "Trang tài liệu minh chứng của nhiệm vụ (HTML), mỗi tệp một liên kết tải")
  @GetMapping("/api/plans/tasks/{taskId}/papers")
  @Transactional(readOnly = true)
  public ResponseEntity<String> papers(@PathVariable Long taskId, CurrentUser user) {
    PlanTask task = service.task(taskId, user);
    List<PaperPage.Line> files = evidence.findByTaskIdOrderById(task.getId()).stream()
        .map(e -> new PaperPage.Line(
            e.getFileName(),
            "/api/plans/tasks/" + task.getId() + "/evidence/" + e.getId(),
            "— " + staff.fullName(e.getUploadedBy()) + ", " + AT.format(e.getUploadedAt().atZone(calendar.properties().zone()))))
        .toList();
    return new PaperPage("Tài liệu minh chứng nhiệm vụ " + task.getCode())
        .fact("Kế hoạch số", task.getPlan().getNumber())
        .fact("Nội dung nhiệm vụ", task.getContent())
        .section("Tài liệu minh chứng", files, "Cán bộ chưa nộp tài liệu minh chứng nào.")
        .response();
  }
}
