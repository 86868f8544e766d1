package vn.gov.commune.simulator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.ServiceEndpoint;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.web.Problems;

/**
 * The simulated national services let in only the systems they know, as the real ones do: every
 * call to {@code /sim/{service}/...} carries a client id and secret that service issued to the
 * caller ({@code X-Client-Id}, {@code X-Client-Secret}), else it is answered 401 before any
 * simulator sees it. Secrets are compared in constant time.
 */
class SimulatorAuthenticationFilter extends OncePerRequestFilter {

  /** Compared against when the client id is unknown, so that an unknown id takes as long as a wrong secret. */
  private static final byte[] NO_SECRET = Hashes.sha256("");

  private final Map<NationalService, Map<String, byte[]>> secrets = new EnumMap<>(NationalService.class);

  SimulatorAuthenticationFilter(SimulatorProperties properties) {
    for (NationalService service : NationalService.values()) {
      Map<String, byte[]> clients = new HashMap<>();
      properties.clients(service).forEach((id, secret) -> {
        if (secret != null && !secret.isBlank()) {
          clients.put(id, Hashes.sha256(secret));
        }
      });
      secrets.put(service, clients);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<NationalService> service = SimulatorFaultInterceptor.serviceOf(request);
    String clientId = request.getHeader(ServiceEndpoint.CLIENT_ID);
    String secret = request.getHeader(ServiceEndpoint.CLIENT_SECRET);
    if (service.isPresent() && known(service.get(), clientId, secret)) {
      chain.doFilter(request, response);
      return;
    }
    String name = service.map(NationalService::displayName).orElse("Dịch vụ mô phỏng");
    Problems.write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        name + " (mô phỏng) không xác thực được hệ thống gọi: cần mã và khóa bí mật do dịch vụ cấp"
            + " (tiêu đề X-Client-Id, X-Client-Secret).");
  }

  private boolean known(NationalService service, String clientId, String secret) {
    if (clientId == null || secret == null) {
      return false;
    }
    byte[] expected = secrets.get(service).get(clientId);
    boolean same = MessageDigest.isEqual(expected == null ? NO_SECRET : expected, Hashes.sha256(secret));
    return expected != null && same;
  }
}
