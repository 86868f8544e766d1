package vn.gov.commune.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;

/**
 * Deadline warnings, overdue escalations and step notices for the current user's groups in their
 * communes, and the notices addressed to the user (a unit head hears of their unit's late steps).
 */
@RestController
@Tag(name = "Cảnh báo hồ sơ")
public class NotificationController {

  record NotificationView(String dossierCode, String communeId, String groupId, String type, String message, Instant createdAt) {}

  private final NotificationRepository notifications;

  public NotificationController(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @Operation(summary = "Cảnh báo sắp đến hạn, quá hạn của nhóm mình")
  @GetMapping("/api/notifications")
  @Transactional(readOnly = true)
  public List<NotificationView> mine(CurrentUser user) {
    if (user.tenantIds().isEmpty() || user.groupIds().isEmpty()) {
      return List.of();
    }
    return notifications.findFor(user.tenantIds(), user.groupIds(), user.userId()).stream()
        .limit(200)
        .map(n -> new NotificationView(n.getDossierCode(), n.getCommuneId(), n.getGroupId(), n.getType(), n.getMessage(), n.getCreatedAt()))
        .toList();
  }
}
