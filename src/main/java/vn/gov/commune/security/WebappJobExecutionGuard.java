package vn.gov.commune.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.commune.web.Problems;

/**
 * The webapps (Cockpit, Tasklist) carry their own copy of the engine's REST API under
 * {@code /camunda/api/engine}, authenticated by the webapp session, which the product's
 * {@link EngineRestResourceConfig} does not configure. Executing a job there is checked the same way
 * before the job is touched ({@link EngineRestResourceConfig.JobExecutionPrecheck#check}), so a
 * refused call burns no retries of another commune's job. The caller is read from the session
 * itself, so the check does not depend on where Camunda's own filters stand in the chain.
 */
class WebappJobExecutionGuard extends OncePerRequestFilter {

  static final String PATTERN = "/camunda/api/engine/*";
  private static final Pattern EXECUTE_JOB = Pattern.compile("/camunda/api/engine/engine/([^/]+)/job/([^/]+)/execute/?");

  private final ProcessEngine engine;

  public WebappJobExecutionGuard(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher execute = EXECUTE_JOB.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if ("POST".equals(request.getMethod()) && execute.matches() && engine.getName().equals(execute.group(1))) {
      UserAuthentication user = sessionUser(request.getSession(false));
      // without a session user Camunda answers 401 itself
      if (user != null && !mayExecute(user, execute.group(2))) {
        Problems.camundaError(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", "Bạn không có quyền chạy công việc này.");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private UserAuthentication sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    return AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
        ? user
        : null;
  }

  private boolean mayExecute(UserAuthentication user, String jobId) {
    IdentityService identity = engine.getIdentityService();
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(user.getIdentityId(), new ArrayList<>(user.getGroupIds()), new ArrayList<>(user.getTenantIds()));
    try {
      EngineRestResourceConfig.JobExecutionPrecheck.check(engine, jobId);
      return true;
    } catch (ProcessEngineException refused) {
      // an AuthorizationException, or the tenant check of another commune's job
      return false;
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
