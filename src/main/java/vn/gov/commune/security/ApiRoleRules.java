package vn.gov.commune.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which role (Camunda group) may call what on /api: the role checks of the product's API, in one
 * table, each with the Vietnamese answer of its refusal (403). Checks that depend on the data (the
 * dossier's or plan's commune, the unit's members) stay with the data.
 */
final class ApiRoleRules {

  record Rule(RequestMatcher matcher, List<String> roles, String refusal) {}

  private static final List<String> STAFF =
      List.of(Roles.CLERK, Roles.SPECIALIST, Roles.LEADER, Roles.UNIT_HEAD, Roles.STEERING_OFFICE, Roles.SUPERVISOR, Roles.ADMIN);
  private static final String ADMIN_ONLY = "Chỉ quản trị viên hệ thống được thực hiện thao tác này.";
  private static final String PLAN_CREATORS = "Chỉ Thường trực Ban Chỉ đạo hoặc quản trị viên được tạo kế hoạch.";
  private static final String PORTAL_ONLY = "Chỉ Cổng Dịch vụ công được gửi thao tác của công dân.";

  static final List<Rule> RULES =
      List.of(
          rule(HttpMethod.PUT, "/api/calendar/overrides/*", ADMIN_ONLY, Roles.ADMIN),
          rule(HttpMethod.DELETE, "/api/calendar/overrides/*", ADMIN_ONLY, Roles.ADMIN),
          rule(HttpMethod.GET, "/api/calendar/changes", ADMIN_ONLY, Roles.ADMIN),
          rule(null, "/api/admin/**", ADMIN_ONLY, Roles.ADMIN),
          rule(HttpMethod.POST, "/api/dossiers", "Chỉ Cổng Dịch vụ công hoặc cán bộ một cửa được nộp hồ sơ.", Roles.PORTAL, Roles.CLERK),
          rule(HttpMethod.POST, "/api/dossiers/*/supplement", PORTAL_ONLY, Roles.PORTAL),
          rule(HttpMethod.POST, "/api/dossiers/*/payment", PORTAL_ONLY, Roles.PORTAL),
          rule(HttpMethod.POST, "/api/dossiers/*/consultation-answer", PORTAL_ONLY, Roles.PORTAL),
          rule(
              HttpMethod.POST,
              "/api/dossiers/*/rating",
              "Chỉ công dân (qua Cổng Dịch vụ công) hoặc cán bộ một cửa được ghi nhận đánh giá.",
              Roles.PORTAL,
              Roles.CLERK),
          rule(
              HttpMethod.GET,
              "/api/reports/**",
              "Chỉ cán bộ giám sát, lãnh đạo hoặc quản trị viên được xem báo cáo.",
              Roles.SUPERVISOR,
              Roles.LEADER,
              Roles.ADMIN),
          rule(HttpMethod.POST, "/api/plans", PLAN_CREATORS, Roles.ADMIN, Roles.STEERING_OFFICE),
          rule(HttpMethod.POST, "/api/plans/import/review", PLAN_CREATORS, Roles.ADMIN, Roles.STEERING_OFFICE),
          rule(
              HttpMethod.POST,
              "/api/plans/import",
              "Chỉ Thường trực Ban Chỉ đạo, trưởng phòng hoặc quản trị viên được nhập kế hoạch.",
              Roles.ADMIN,
              Roles.STEERING_OFFICE,
              Roles.UNIT_HEAD),
          rule(
              HttpMethod.POST,
              "/api/archives/*/runs",
              "Chỉ quản trị viên hoặc cán bộ giám sát được chạy số hóa kho lưu trữ.",
              Roles.ADMIN,
              Roles.SUPERVISOR),
          staffOnly("/api/search/**"),
          staffOnly("/api/certified-copies/**"),
          staffOnly("/api/digitisation/**"));

  private ApiRoleRules() {}

  static void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
    RULES.forEach(rule -> registry.requestMatchers(rule.matcher()).hasAnyAuthority(rule.roles().toArray(String[]::new)));
  }

  /** The refusal of the rule a request broke. */
  static String refusal(HttpServletRequest request) {
    return RULES.stream()
        .filter(rule -> rule.matcher().matches(request))
        .map(Rule::refusal)
        .findFirst()
        .orElse("Bạn không có quyền thực hiện thao tác này.");
  }

  static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  private static Rule rule(HttpMethod method, String pattern, String refusal, String... roles) {
    return new Rule(path(method, pattern), List.of(roles), refusal);
  }

  private static Rule staffOnly(String pattern) {
    return new Rule(path(null, pattern), STAFF, "Chức năng này chỉ dành cho cán bộ của xã/phường.");
  }
}
