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
import vn.gov.commune.integration.Notification;
import vn.gov.commune.integration.NotificationReceipt;
import vn.gov.commune.web.ApiException;

/** Simulated VNeID notifications: what would appear in the citizen's app. */
@RestController
@Profile("simulators")
@RequestMapping("/sim/vneid")
public class VneidSimulator implements Simulator {

  public record Delivered(String notificationId, Notification notification, Instant deliveredAt) {}

  private static final IdempotentAnswers.Operation NOTIFICATION =
      new IdempotentAnswers.Operation(NationalService.VNEID, "notification");

  private final Clock clock;
  private final IdempotentAnswers answers;
  private final Received<Delivered> notifications = new Received<>();

  public VneidSimulator(Clock clock, IdempotentAnswers answers) {
    this.clock = clock;
    this.answers = answers;
  }

  @Override
  public NationalService service() {
    return NationalService.VNEID;
  }

  @PostMapping("/notifications")
  public NotificationReceipt deliver(
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key,
      @RequestBody Notification notification) {
    return answers.once(
        NOTIFICATION,
        key,
        notification,
        NotificationReceipt.class,
        () -> {
          if (notification.personalId() == null || !Ids.PERSONAL_ID.matcher(notification.personalId()).matches()) {
            throw ApiException.badRequest("Số định danh cá nhân phải gồm đúng 12 chữ số.");
          }
          if (Ids.blank(notification.title()) || Ids.blank(notification.message())) {
            throw ApiException.badRequest("Thông báo phải có tiêu đề và nội dung.");
          }
          String id = Ids.next("TB");
          notifications.add(new Delivered(id, notification, Instant.now(clock)));
          return new NotificationReceipt(id);
        });
  }

  public List<Delivered> notifications() {
    return notifications.all();
  }

  public List<Delivered> notificationsTo(String personalId) {
    return notifications.where(n -> n.notification().personalId().equals(personalId));
  }

  @Override
  public void clear() {
    answers.forget(service());
    notifications.clear();
  }
}
