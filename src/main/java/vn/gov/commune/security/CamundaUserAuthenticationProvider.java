package vn.gov.commune.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one place where a person's credentials are checked: HTTP Basic on /api and /engine-rest (as
 * Spring Security's provider) and the Camunda webapps' login form ({@link WebappLoginGate}). The
 * password is checked against the Camunda users, behind the {@link LoginThrottle}; the result is the
 * {@link CurrentUser} with its role groups (the authorities) and communes (tenants). A second factor
 * belongs in {@link #authenticate(String, String, String)}, after the password.
 */
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  public CamundaUserAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String source = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
    CurrentUser user = authenticate(request.getName(), String.valueOf(request.getCredentials()), source);
    List<SimpleGrantedAuthority> authorities = user.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  /**
   * @param source the client address (after the trusted proxies)
   * @throws LoginThrottledException when the source has to wait, without checking the password
   * @throws BadCredentialsException for an unknown user or a wrong password
   */
  public CurrentUser authenticate(String userId, String password, String source) {
    LoginThrottle.Attempt attempt = throttle.begin(userId, password, source);
    if (userId == null || userId.isEmpty() || password == null || !identityService.checkPassword(userId, password)) {
      attempt.failed();
      throw new BadCredentialsException("Bad credentials");
    }
    attempt.succeeded();
    return user(userId);
  }

  /** The user with its current role groups and communes, read afresh from the Camunda identity service. */
  CurrentUser user(String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    return new CurrentUser(userId, groups, tenants);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
