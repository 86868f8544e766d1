package vn.gov.commune.simulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.web.Problems;

/** Makes a simulator slow or failing (HTTP 503) as {@link SimulatorFaults} says, before it handles the call. */
class SimulatorFaultInterceptor implements HandlerInterceptor {

  private final SimulatorFaults faults;

  SimulatorFaultInterceptor(SimulatorFaults faults) {
    this.faults = faults;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    Optional<NationalService> service = serviceOf(request);
    if (service.isEmpty()) {
      return true;
    }
    SimulatorFaults.State state = faults.state(service.get());
    if (state.delayMs() > 0) {
      Thread.sleep(state.delayMs());
    }
    if (state.failing()) {
      response.setHeader("Retry-After", "5");
      Problems.write(
          request, response, HttpStatus.SERVICE_UNAVAILABLE, service.get().displayName() + " (mô phỏng) đang tạm ngừng phục vụ.");
      return false;
    }
    return true;
  }

  /**
   * The service a request is for, read from the path the servlet container matched (decoded and
   * normalised, so {@code /sim/population/../dvcqg} is the portal's).
   */
  static Optional<NationalService> serviceOf(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return serviceOf(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
  }

  /** {@code /sim/{service}/...} → the service. */
  static Optional<NationalService> serviceOf(String path) {
    if (!path.startsWith("/sim/")) {
      return Optional.empty();
    }
    String rest = path.substring("/sim/".length());
    int slash = rest.indexOf('/');
    return NationalService.byId(slash < 0 ? rest : rest.substring(0, slash));
  }
}
