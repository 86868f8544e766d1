package vn.gov.commune.simulator;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.web.ApiException;

/** Administrators make a simulated service slow or failing, to show how the product copes. */
@RestController
@Profile("simulators")
@RequestMapping("/api/admin/simulators")
class SimulatorAdminController {

  /** Longest delay an administrator may set: beyond it a call looks like a hung service anyway. */
  static final long MAX_DELAY_MS = 120_000;

  /** A change: null leaves a value as it is. */
  public record FaultChange(Long delayMs, Boolean failing) {}

  private final SimulatorFaults faults;
  private final List<Simulator> simulators;

  public SimulatorAdminController(SimulatorFaults faults, List<Simulator> simulators) {
    this.faults = faults;
    this.simulators = simulators;
  }

  @GetMapping
  public List<SimulatorFaults.State> all() {
    return Arrays.stream(NationalService.values()).map(faults::state).toList();
  }

  @GetMapping("/{service}")
  public SimulatorFaults.State one(@PathVariable String service) {
    return faults.state(service(service));
  }

  @PutMapping("/{service}")
  public SimulatorFaults.State change(@PathVariable String service, @RequestBody FaultChange change) {
    NationalService simulated = service(service);
    if (change == null || (change.delayMs() == null && change.failing() == null)) {
      throw ApiException.badRequest("Cho biết độ trễ (\"delayMs\") và/hoặc trạng thái lỗi (\"failing\").");
    }
    if (change.delayMs() != null && (change.delayMs() < 0 || change.delayMs() > MAX_DELAY_MS)) {
      throw ApiException.badRequest("Độ trễ phải từ 0 đến " + MAX_DELAY_MS + " mili giây.");
    }
    return faults.set(simulated, change.delayMs(), change.failing());
  }

  /** Every simulator back to its configured fault, and everything they received forgotten. */
  @PostMapping("/reset")
  public List<SimulatorFaults.State> reset() {
    faults.reset();
    simulators.forEach(Simulator::clear);
    return Arrays.stream(NationalService.values()).map(faults::state).toList();
  }

  private static NationalService service(String id) {
    return NationalService.byId(id)
        .orElseThrow(() -> ApiException.notFound("Không có dịch vụ mô phỏng '" + id + "'."));
  }
}
