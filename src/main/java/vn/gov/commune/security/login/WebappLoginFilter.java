package vn.gov.commune.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.commune.web.Problems;

/**
 * The second step of the Camunda webapps' login ({@code POST …/api/admin/auth/user/{engine}/login/{app}}
 * with the form fields username and password): a user who needs it must also send the current TOTP
 * code in the field {@value #CODE_PARAMETER}. Without a valid code the login is refused with 401
 * before the password is looked at, so the answer says nothing about the password; repeated wrong
 * codes from one address are slowed down ({@link SecondFactorCheck}, 429). Users who need no second
 * factor log in as before.
 */
public class WebappLoginFilter extends OncePerRequestFilter {

  static final String CODE_PARAMETER = "totp";
  private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final SecondFactorCheck secondFactor;

  public WebappLoginFilter(SecondFactorCheck secondFactor) {
    this.secondFactor = secondFactor;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !LOGIN.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the form's fields as parameters, as Camunda's login resource takes them
    String code = request.getParameter(CODE_PARAMETER);
    SecondFactorCheck.Verdict verdict = secondFactor.check(request.getParameter("username"), code, request.getRemoteAddr());
    switch (verdict.outcome()) {
      case NOT_NEEDED, ACCEPTED -> chain.doFilter(request, response);
      case THROTTLED -> {
        response.setHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
        answer(response, 429, "Đã nhập sai mã xác thực hai bước nhiều lần. Hãy thử lại sau " + verdict.retryAfterSeconds() + " giây.");
      }
      case NOT_ENROLLED ->
          refuse(
              response,
              "Tài khoản này phải đăng nhập hai bước nhưng chưa được cấp mã xác thực. Hãy liên hệ quản trị viên hệ thống"
                  + " để được đăng ký ứng dụng xác thực.");
      case MISSING ->
          refuse(
              response,
              "Tài khoản này đăng nhập hai bước: nhập mã xác thực 6 chữ số đang hiện trong ứng dụng xác thực"
                  + " cùng với tên đăng nhập và mật khẩu.");
      case WRONG ->
          refuse(
              response,
              "Mã xác thực hai bước không đúng hoặc đã được dùng. Nhập mã 6 chữ số mới nhất trong ứng dụng"
                  + " xác thực cùng với tên đăng nhập và mật khẩu.");
    }
  }

  /** The shape of Camunda's own error answers: the login page shows {@code message}. */
  private static void refuse(HttpServletResponse response, String message) throws IOException {
    answer(response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }

  private static void answer(HttpServletResponse response, int status, String message) throws IOException {
    Problems.camundaError(response, status, "TwoFactorRequired", message);
  }
}
