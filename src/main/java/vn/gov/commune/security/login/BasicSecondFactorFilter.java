package vn.gov.commune.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.Problems;

/**
 * The second step of HTTP Basic on {@code /api} and {@code /engine-rest}, right after the password:
 * a leader or administrator sends the current TOTP code in the header {@value #HEADER} with every
 * request (each code serves once, like at the webapps' login), so that the REST APIs are no way
 * around two-step login. An administrator not enrolled yet may do one thing only: enrol themself
 * ({@code POST /api/admin/two-factor/{own id}}), which is how the first administrator starts.
 */
public class BasicSecondFactorFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Totp";

  private final SecondFactorCheck secondFactor;

  public BasicSecondFactorFilter(SecondFactorCheck secondFactor) {
    this.secondFactor = secondFactor;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user)) {
      chain.doFilter(request, response);
      return;
    }
    SecondFactorCheck.Verdict verdict = secondFactor.check(user.userId(), request.getHeader(HEADER), request.getRemoteAddr());
    switch (verdict.outcome()) {
      case NOT_NEEDED, ACCEPTED -> chain.doFilter(request, response);
      case THROTTLED ->
          Problems.tooMany(request, response, verdict.retryAfterSeconds(),
              "Đã gửi sai mã xác thực hai bước nhiều lần. Hãy thử lại sau " + verdict.retryAfterSeconds() + " giây.");
      case NOT_ENROLLED -> {
        if (enrolsThemself(request, user)) {
          chain.doFilter(request, response);
        } else {
          Problems.write(request, response, HttpStatus.UNAUTHORIZED,
              "Tài khoản này phải đăng nhập hai bước nhưng chưa được cấp mã xác thực. Quản trị viên hệ thống đăng ký"
                  + " qua POST /api/admin/two-factor/{tên đăng nhập}.");
        }
      }
      case MISSING ->
          Problems.write(request, response, HttpStatus.UNAUTHORIZED,
              "Tài khoản này đăng nhập hai bước: gửi mã xác thực 6 chữ số đang hiện trong ứng dụng xác thực trong tiêu đề "
                  + HEADER + " cùng với tên đăng nhập và mật khẩu (mỗi mã dùng một lần).");
      case WRONG ->
          Problems.write(request, response, HttpStatus.UNAUTHORIZED,
              "Mã xác thực hai bước trong tiêu đề " + HEADER + " không đúng hoặc đã được dùng. Gửi mã 6 chữ số mới nhất.");
    }
  }

  private static boolean enrolsThemself(HttpServletRequest request, CurrentUser user) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return HttpMethod.POST.matches(request.getMethod()) && user.isAdmin() && path.equals("/api/admin/two-factor/" + user.userId());
  }
}
