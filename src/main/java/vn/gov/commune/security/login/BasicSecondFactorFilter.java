package vn.gov.commune.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.commune.security.CurrentUser;

/**
 * The second step of HTTP Basic on {@code /api} and {@code /engine-rest}, right after the password:
 * a leader or administrator sends the current TOTP code in the header {@value #HEADER} with every
 * request (each code serves once, like at the webapps' login), so that the REST APIs are no way
 * around two-step login. An administrator not enrolled yet may do one thing only: enrol themself
 * ({@code POST /api/admin/two-factor/{own id}}), which is how the first administrator starts.
 */
public class BasicSecondFactorFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Totp";

  /** Writes a refusal: status, Retry-After seconds (0: none) and the Vietnamese sentence. */
  public interface Refusal {
    void write(HttpServletRequest request, HttpServletResponse response, int status, long retryAfterSeconds, String detail)
        throws IOException;
  }

  private final SecondFactorCheck secondFactor;
  private final Refusal refusal;

  public BasicSecondFactorFilter(SecondFactorCheck secondFactor, Refusal refusal) {
    this.secondFactor = secondFactor;
    this.refusal = refusal;
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
          refusal.write(request, response, 429, verdict.retryAfterSeconds(),
              "Đã gửi sai mã xác thực hai bước nhiều lần. Hãy thử lại sau " + verdict.retryAfterSeconds() + " giây.");
      case NOT_ENROLLED -> {
        if (enrolsThemself(request, user)) {
          chain.doFilter(request, response);
        } else {
          refusal.write(request, response, 401, 0,
              "Tài khoản này phải đăng nhập hai bước nhưng chưa được cấp mã xác thực. Quản trị viên hệ thống đăng ký"
                  + " qua POST /api/admin/two-factor/{tên đăng nhập}.");
        }
      }
      case MISSING ->
          refusal.write(request, response, 401, 0,
              "Tài khoản này đăng nhập hai bước: gửi mã xác thực 6 chữ số đang hiện trong ứng dụng xác thực trong tiêu đề "
                  + HEADER + " cùng với tên đăng nhập và mật khẩu (mỗi mã dùng một lần).");
      case WRONG ->
          refusal.write(request, response, 401, 0,
              "Mã xác thực hai bước trong tiêu đề " + HEADER + " không đúng hoặc đã được dùng. Gửi mã 6 chữ số mới nhất.");
    }
  }

  private static boolean enrolsThemself(HttpServletRequest request, CurrentUser user) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return HttpMethod.POST.matches(request.getMethod()) && user.isAdmin() && path.equals("/api/admin/two-factor/" + user.userId());
  }
}
