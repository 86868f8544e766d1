package vn.gov.commune.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.commune.web.Problems;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sends on behalf of
 * another site, before the credentials are even read: an {@code Origin} other than the product's own
 * or a configured one, or, without Origin, {@code Sec-Fetch-Site: cross-site / same-site}. Scripts
 * and the portal send neither header and are not affected.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final List<String> allowedOrigins;

  CrossSiteRequestFilter(List<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
      Problems.write(
          request,
          response,
          HttpStatus.FORBIDDEN,
          "Yêu cầu thay đổi dữ liệu được gửi từ trang web khác nên bị từ chối; không có gì được thay đổi.");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean fromAnotherSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return !origin.equalsIgnoreCase(ownOrigin(request)) && allowedOrigins.stream().noneMatch(origin::equalsIgnoreCase);
    }
    String site = request.getHeader("Sec-Fetch-Site");
    return "cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site);
  }

  /** scheme://host[:port] as the browser addressed the product (after the trusted proxies). */
  private static String ownOrigin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }
}
