package vn.gov.commune.simulator;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.gov.commune.integration.NationalService;

/** The current fault of each simulator: configured at start-up, changed at runtime by an administrator. */
@Component
@Profile("simulators")
public class SimulatorFaults {

  /** A simulator's state as the admin API shows it. */
  public record State(String service, String name, long delayMs, boolean failing) {}

  private final SimulatorProperties properties;
  private final Map<NationalService, State> states = new EnumMap<>(NationalService.class);

  public SimulatorFaults(SimulatorProperties properties) {
    this.properties = properties;
    reset();
  }

  public synchronized State state(NationalService service) {
    return states.get(service);
  }

  /** Changes the delay and/or the failing switch; null leaves a value as it is. */
  public synchronized State set(NationalService service, Long delayMs, Boolean failing) {
    State current = states.get(service);
    State changed =
        state(service, delayMs == null ? current.delayMs() : delayMs, failing == null ? current.failing() : failing);
    states.put(service, changed);
    return changed;
  }

  /** Every simulator back to its configured fault. */
  public synchronized void reset() {
    for (NationalService service : NationalService.values()) {
      SimulatorProperties.Fault fault = properties.fault(service);
      states.put(service, state(service, fault.delay().toMillis(), fault.failing()));
    }
  }

  private static State state(NationalService service, long delayMs, boolean failing) {
    return new State(service.id(), service.displayName(), delayMs, failing);
  }
}
