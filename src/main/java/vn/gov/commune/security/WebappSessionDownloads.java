package vn.gov.commune.security;

import static vn.gov.commune.security.ApiRoleRules.path;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The documents at hand from a Tasklist form: a few read-only {@code GET /api/...} pages and downloads
 * (a dossier's papers, its slips and scans, the draft result, a certified copy's signed attestation, a plan task's evidence, the
 * names of the person's communes) and the reports the Cockpit page "Giám sát" shows also accept the
 * Camunda webapps' login session (cookie JSESSIONID, the {@link Authentications} Camunda keeps in the
 * HTTP session), so a clerk who is logged in to Tasklist is not asked for the password again. The
 * user is read afresh from the identity service (current groups and communes); then the same role
 * rules, commune checks and download headers apply as with HTTP Basic. GET only: nothing a page of
 * another site can make the browser send changes anything, and SameSite=Lax keeps the cookie off
 * cross-site subrequests. Requests with an Authorization header, and every other path, are left to
 * HTTP Basic; without a session the answer stays 401 without a Basic challenge.
 */
final class WebappSessionDownloads extends OncePerRequestFilter {

  /** The paths that accept the webapp session. */
  static final RequestMatcher PATHS =
      new OrRequestMatcher(
          List.of(
              path(HttpMethod.GET, "/api/dossiers/*/papers"),
              path(HttpMethod.GET, "/api/dossiers/*/documents"),
              path(HttpMethod.GET, "/api/dossiers/*/documents/*/file"),
              path(HttpMethod.GET, "/api/dossiers/*/components/*/file"),
              path(HttpMethod.GET, "/api/dossiers/*/slips/*"),
              path(HttpMethod.GET, "/api/dossiers/*/draft-result"),
              path(HttpMethod.GET, "/api/certified-copies/*/pdf"),
              path(HttpMethod.GET, "/api/plans/tasks/*/papers"),
              path(HttpMethod.GET, "/api/plans/tasks/*/evidence"),
              path(HttpMethod.GET, "/api/plans/tasks/*/evidence/*"),
              // the names of the person's own communes, which Tasklist shows instead of tenant ids
              path(HttpMethod.GET, "/api/communes"),
              // the Cockpit page "Giám sát" (app/cockpit/giam-sat/plugin.js) reads the reports
              path(HttpMethod.GET, "/api/reports/dossiers"),
              path(HttpMethod.GET, "/api/reports/dossiers/attention"),
              path(HttpMethod.GET, "/api/reports/plans"),
              path(HttpMethod.GET, "/api/reports/archives"),
              path(HttpMethod.GET, "/api/reports/failed-jobs")));

  /** Where Camunda's webapps keep the {@link Authentications} (AuthenticationUtil.CAM_AUTH_SESSION_KEY). */
  static final String SESSION_KEY = "authenticatedUser";

  private final String engineName;
  private final IdentityService identityService;
  private final CamundaUserAuthenticationProvider users;

  WebappSessionDownloads(String engineName, IdentityService identityService, CamundaUserAuthenticationProvider users) {
    this.engineName = engineName;
    this.identityService = identityService;
    this.users = users;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null || !PATHS.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var current = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if ((current == null || current instanceof AnonymousAuthenticationToken) && session != null) {
      String userId = sessionUser(session);
      if (userId != null && identityService.createUserQuery().userId(userId).count() == 1) {
        CurrentUser user = users.user(userId);
        var authorities = user.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  private String sessionUser(HttpSession session) {
    Object attribute;
    try {
      // read as AuthenticationUtil.getAuthsFromSession does, without writing an empty one into the session
      attribute = session.getAttribute(SESSION_KEY);
    } catch (IllegalStateException invalidated) {
      return null;
    }
    Authentication authentication =
        attribute instanceof Authentications authentications ? authentications.getAuthenticationForProcessEngine(engineName) : null;
    return authentication == null ? null : authentication.getIdentityId();
  }
}
