package vn.gov.commune.security;

import static vn.gov.commune.security.ApiRoleRules.path;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gov.commune.security.login.BasicSecondFactorFilter;
import vn.gov.commune.security.login.SecondFactorCheck;
import vn.gov.commune.security.login.WebappLoginFilter;
import vn.gov.commune.web.Problems;

/**
 * Who may reach what, in one place (Spring Security):
 *
 * <ul>
 *   <li>{@code /api/**}, {@code /engine-rest/**}: HTTP Basic against the Camunda users
 *       ({@link CamundaUserAuthenticationProvider}, throttled), stateless, role rules of
 *       {@link ApiRoleRules}, the user set on the engine for the request, cross-site state-changing
 *       requests refused; {@code /api/public/**} and the citizens' page {@code GET /tra-cuu} open and
 *       rate-limited; a few read-only document paths also take the webapps' session
 *       ({@link WebappSessionDownloads}).
 *   <li>{@code /v3/api-docs}, Swagger UI: HTTP Basic, or open with {@code app.security.open-api-docs} (demo).
 *   <li>{@code /camunda/**}: the webapps keep their own login, session and CSRF token; only the login
 *       form passes the same provider first ({@link WebappLoginGate}).
 *   <li>{@code /actuator/health}, {@code /sim/**} (simulators, demo and tests only) open; anything else 404.
 * </ul>
 */
@Configuration
public class SecurityConfiguration implements WebMvcConfigurer {

  private static final AuthenticationEntryPoint API_REFUSAL = new ProblemEntryPoint(null);

  /** Replaces the starter's REST configuration (it backs off when this bean exists). */
  @Bean
  EngineRestResourceConfig engineRestResourceConfig() {
    return new EngineRestResourceConfig();
  }

  /** The same job-execution check at the webapps' copy of the engine API (Cockpit, Tasklist sessions). */
  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<WebappJobExecutionGuard> webappJobExecutionGuard(
      org.camunda.bpm.engine.ProcessEngine engine) {
    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new WebappJobExecutionGuard(engine));
    registration.addUrlPatterns(WebappJobExecutionGuard.PATTERN);
    return registration;
  }

  @Bean
  LoginThrottle loginThrottle(SecuritySettings settings) {
    return new LoginThrottle(settings);
  }

  /** Also keeps Spring Boot from creating its default user with a generated password. */
  @Bean
  CamundaUserAuthenticationProvider camundaUserAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    return new CamundaUserAuthenticationProvider(identityService, throttle);
  }

  @Bean
  @Order(1)
  SecurityFilterChain webapps(HttpSecurity http, CamundaUserAuthenticationProvider provider, SecondFactorCheck secondFactor)
      throws Exception {
    return http.securityMatcher(path(null, "/camunda/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable)
        .servletApi(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        // the second step first: without the right code nothing tells whether the password was right
        .addFilterBefore(new WebappLoginFilter(secondFactor), AuthorizationFilter.class)
        .addFilterBefore(new WebappLoginGate(provider, API_REFUSAL), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiDocs(HttpSecurity http, CamundaUserAuthenticationProvider provider, SecuritySettings settings) throws Exception {
    // Basic with a challenge here only, so that a person can read the docs in a browser; the
    // credentials a browser keeps for them are refused cross-site on the APIs all the same
    AuthenticationEntryPoint challenge = new ProblemEntryPoint("Basic realm=\"commune-workflow API docs\", charset=\"UTF-8\"");
    return basic(http, provider, challenge)
        .securityMatcher(
            new OrRequestMatcher(path(null, "/v3/api-docs/**"), path(null, "/swagger-ui/**"), path(null, "/swagger-ui.html")))
        .authorizeHttpRequests(
            requests -> {
              if (settings.openApiDocs()) {
                requests.anyRequest().permitAll();
              } else {
                requests.anyRequest().authenticated();
              }
            })
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain apis(
      HttpSecurity http,
      CamundaUserAuthenticationProvider provider,
      SecuritySettings settings,
      IdentityService identityService,
      SecondFactorCheck secondFactor,
      org.camunda.bpm.engine.ProcessEngine engine)
      throws Exception {
    String engineName = engine.getName();
    RequestMatcher publicLookups = new OrRequestMatcher(path(null, "/api/public/**"), path(HttpMethod.GET, "/tra-cuu"));
    return basic(http, provider, API_REFUSAL)
        .securityMatcher(new OrRequestMatcher(path(null, "/api/**"), path(null, "/engine-rest/**"), path(HttpMethod.GET, "/tra-cuu")))
        .authorizeHttpRequests(
            requests -> {
              requests.requestMatchers(publicLookups).permitAll();
              ApiRoleRules.declare(requests);
              requests.anyRequest().authenticated();
            })
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(API_REFUSAL)
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            Problems.write(request, response, HttpStatus.FORBIDDEN, ApiRoleRules.refusal(request))))
        .addFilterBefore(new CrossSiteRequestFilter(settings.allowedOrigins()), BasicAuthenticationFilter.class)
        .addFilterBefore(new PublicLookupRateLimit(settings, publicLookups), BasicAuthenticationFilter.class)
        .addFilterAfter(new BasicSecondFactorFilter(secondFactor), BasicAuthenticationFilter.class)
        // after the second factor: a webapp session has passed it at the login form
        .addFilterAfter(new WebappSessionDownloads(engineName, identityService, provider), BasicSecondFactorFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        path(null, "/"), path(null, "/error"), path(null, "/actuator/health/**"), path(null, "/sim/**"))
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(
                    (request, response, e) ->
                        Problems.write(request, response, HttpStatus.NOT_FOUND, "Không tìm thấy địa chỉ được yêu cầu.")))
        .build();
  }

  /** Stateless HTTP Basic against the Camunda users, no session, no Spring CSRF token (see CrossSiteRequestFilter). */
  private static HttpSecurity basic(HttpSecurity http, CamundaUserAuthenticationProvider provider, AuthenticationEntryPoint entryPoint)
      throws Exception {
    return http.authenticationManager(new ProviderManager(provider))
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
        // no session of their own; the webapp session that WebappSessionDownloads reads was renewed by
        // Camunda's login and keeps its id (a new id per download would log Tasklist's parallel requests out)
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(fixation -> fixation.none()))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentUserArgumentResolver());
  }
}
