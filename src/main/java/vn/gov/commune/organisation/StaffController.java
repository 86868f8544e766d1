package vn.gov.commune.organisation;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.web.ApiException;

/**
 * Administrators read and correct the position (chức vụ) printed under an officer's name on slips,
 * results and forms: {@code GET}, {@code PUT {"position": "..."}} and {@code DELETE} (back to the
 * position derived from role and unit) on {@code /api/admin/staff/{userId}/position}. Administrators
 * only, like every {@code /api/admin/**} path.
 */
@RestController
@RequestMapping("/api/admin/staff/{userId}/position")
class StaffController {

  private final StaffDirectory staff;

  StaffController(StaffDirectory staff) {
    this.staff = staff;
  }

  /** The officer's name and position, and whether an administrator set the position (else derived). */
  public record Position(String userId, String fullName, String position, boolean set) {}

  /** A new position; blank is refused (DELETE goes back to the derived one). */
  public record PositionChange(String position) {}

  @GetMapping
  public Position get(@PathVariable String userId) {
    return position(userId);
  }

  @PutMapping
  public Position set(@PathVariable String userId, @RequestBody(required = false) PositionChange change) {
    position(userId); // 404 for an unknown user, before anything changes
    String text = change == null || change.position() == null ? "" : change.position().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw ApiException.badRequest("Nhập chức vụ (ví dụ: \"Phó Chủ tịch Ủy ban nhân dân\"); muốn dùng lại chức vụ theo vai trò và đơn vị thì xóa chức vụ đã đặt.");
    }
    if (text.length() > StaffDirectory.POSITION_MAX_LENGTH) {
      throw ApiException.badRequest("Chức vụ dài tối đa " + StaffDirectory.POSITION_MAX_LENGTH + " ký tự (nhận được " + text.length() + ").");
    }
    staff.setPosition(userId, text);
    return position(userId);
  }

  @DeleteMapping
  public Position reset(@PathVariable String userId) {
    position(userId);
    staff.setPosition(userId, null);
    return position(userId);
  }

  private Position position(String userId) {
    StaffDirectory.Staff officer = staff.find(userId)
        .orElseThrow(() -> ApiException.notFound("Không có người dùng '" + userId + "'."));
    return new Position(userId, officer.fullName(), officer.position(), staff.positionIsSet(userId));
  }
}
