package vn.gov.commune.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.gov.commune.web.Problems;

/**
 * 401 for missing or wrong credentials, 429 with Retry-After for a throttled login, as problem JSON.
 * The APIs send no {@code WWW-Authenticate: Basic} challenge: a browser would prompt for the
 * password, cache it and send it along with requests that other sites trigger. Every client of the
 * APIs (the portal, scripts, curl -u) sends its credentials without being asked.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

  private final String challenge;

  /** @param challenge the WWW-Authenticate value to send, or null for none */
  ProblemEntryPoint(String challenge) {
    this.challenge = challenge;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof LoginThrottledException throttled) {
      Problems.tooMany(
          request,
          response,
          throttled.retryAfterSeconds(),
          "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau " + throttled.retryAfterSeconds() + " giây.");
      return;
    }
    if (challenge != null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
    Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic).");
  }
}
