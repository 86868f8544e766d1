package vn.gov.commune.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}})
 * passes the same provider as HTTP Basic first: throttled (429) and checked there, so a wrong
 * password counts and a waiting source is turned away before Camunda sees the request. Camunda's own
 * login then creates the webapp session as before.
 */
final class WebappLoginGate extends OncePerRequestFilter {

  private static final RequestMatcher LOGIN =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*");

  private final CamundaUserAuthenticationProvider authentication;
  private final AuthenticationEntryPoint refusal;

  WebappLoginGate(CamundaUserAuthenticationProvider authentication, AuthenticationEntryPoint refusal) {
    this.authentication = authentication;
    this.refusal = refusal;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !LOGIN.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      authentication.authenticate(request.getParameter("username"), request.getParameter("password"), request.getRemoteAddr());
    } catch (AuthenticationException e) {
      refusal.commence(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
