package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.DashboardReceipt;
import vn.gov.commune.integration.DashboardSnapshot;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.web.ApiException;

/**
 * Simulated dashboard of the provincial steering committee (Ban Chỉ đạo tỉnh): receives each commune's
 * snapshots (kept in the database, each {@code Idempotency-Key} once, per commune and period) and shows
 * the latest one of a period, as the committee's screen would.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/dashboard")
public class DashboardSimulator implements Simulator {

  /** A snapshot as the dashboard keeps it: what was received and what was answered. */
  record ReceivedSnapshot(DashboardSnapshot snapshot, DashboardReceipt receipt) {}

  private static final IdempotentAnswers.Operation SNAPSHOT = new IdempotentAnswers.Operation(NationalService.DASHBOARD, "snapshot");

  private final Clock clock;
  private final IdempotentAnswers answers;

  public DashboardSimulator(Clock clock, IdempotentAnswers answers) {
    this.clock = clock;
    this.answers = answers;
  }

  @Override
  public NationalService service() {
    return NationalService.DASHBOARD;
  }

  @PostMapping("/communes/{communeId}/snapshots")
  public DashboardReceipt receive(
      @PathVariable String communeId,
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key,
      @RequestBody DashboardSnapshot snapshot) {
    if (snapshot == null || !communeId.equals(snapshot.communeId())) {
      throw ApiException.badRequest("Mã xã/phường trong nội dung khác mã xã/phường trên đường dẫn.");
    }
    if (snapshot.period() == null || !snapshot.period().matches("\\d{4}-(0[1-9]|1[0-2])")) {
      throw ApiException.badRequest("Kỳ báo cáo phải có dạng năm-tháng (yyyy-MM).");
    }
    if (snapshot.dossiers() == null) {
      throw ApiException.badRequest("Thiếu số liệu hồ sơ thủ tục hành chính của kỳ báo cáo.");
    }
    return answers
        .once(SNAPSHOT, key, subject(communeId, snapshot.period()), snapshot, ReceivedSnapshot.class,
            () -> new ReceivedSnapshot(snapshot, new DashboardReceipt(communeId, snapshot.period(), snapshot.version(), Instant.now(clock))))
        .receipt();
  }

  /** The latest snapshot (highest version) of the commune for the period, as the committee sees it. */
  @GetMapping("/communes/{communeId}/periods/{period}")
  public DashboardSnapshot latest(@PathVariable String communeId, @PathVariable String period) {
    return latestSnapshot(communeId, period)
        .orElseThrow(() -> ApiException.notFound("Bảng điều hành chưa nhận số liệu của '" + communeId + "' kỳ " + period + "."));
  }

  /** Every snapshot received for the commune and period, in the order received (repeated keys not counted). */
  @GetMapping("/communes/{communeId}/periods/{period}/snapshots")
  public List<DashboardSnapshot> snapshots(@PathVariable String communeId, @PathVariable String period) {
    return answers.answers(SNAPSHOT, subject(communeId, period), ReceivedSnapshot.class).stream()
        .map(ReceivedSnapshot::snapshot)
        .toList();
  }

  public Optional<DashboardSnapshot> latestSnapshot(String communeId, String period) {
    return snapshots(communeId, period).stream().max(Comparator.comparingLong(DashboardSnapshot::version));
  }

  private static String subject(String communeId, String period) {
    return communeId + ":" + period;
  }

  @Override
  public void clear() {
    answers.forget(service());
  }
}
