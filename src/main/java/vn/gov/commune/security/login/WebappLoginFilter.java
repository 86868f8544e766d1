package vn.gov.commune.security.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of the Camunda webapps' login ({@code POST …/api/admin/auth/user/{engine}/login/{app}}
 * with the form fields username and password): a user who needs it must also send the current TOTP
 * code in the field {@value #CODE_PARAMETER}. Without a valid code the login is refused with 401
 * before the password is looked at, so the answer says nothing about the password; repeated wrong
 * codes from one address are slowed down ({@link CodeGuessThrottle}, 429). Users who need no second
 * factor log in as before.
 */
class WebappLoginFilter extends OncePerRequestFilter {

  static final String CODE_PARAMETER = "totp";
  /** Far more than a user name, a password and a code. */
  private static final int MAX_FORM_BYTES = 16 * 1024;
  private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final TwoFactorService twoFactor;
  private final CodeGuessThrottle throttle;

  WebappLoginFilter(TwoFactorService twoFactor, CodeGuessThrottle throttle) {
    this.twoFactor = twoFactor;
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !LOGIN.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
    if (body.length > MAX_FORM_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    HttpServletRequest replayed = new ReplayedBody(request, body);
    Map<String, String> form = parseForm(body, charset(request));
    String userId = form.get("username");
    if (!twoFactor.required(userId)) {
      chain.doFilter(replayed, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(userId, address);
    if (!wait.isZero()) {
      long seconds = Math.max(1, wait.toSeconds());
      response.setHeader("Retry-After", String.valueOf(seconds));
      answer(response, 429, "Đã nhập sai mã xác thực hai bước nhiều lần. Hãy thử lại sau " + seconds + " giây.");
      return;
    }
    String code = form.get(CODE_PARAMETER);
    TwoFactorService.Check check = twoFactor.check(userId, code);
    if (check == TwoFactorService.Check.REFUSED && code != null && !code.isBlank()) {
      throttle.failed(userId, address);
    }
    switch (check) {
      case ACCEPTED -> {
        throttle.succeeded(userId, address);
        chain.doFilter(replayed, response);
      }
      case NOT_ENROLLED ->
          refuse(
              response,
              "Tài khoản này phải đăng nhập hai bước nhưng chưa được cấp mã xác thực. Hãy liên hệ quản trị viên hệ thống"
                  + " để được đăng ký ứng dụng xác thực.");
      case REFUSED ->
          refuse(
              response,
              code == null || code.isBlank()
                  ? "Tài khoản này đăng nhập hai bước: nhập mã xác thực 6 chữ số đang hiện trong ứng dụng xác thực"
                      + " cùng với tên đăng nhập và mật khẩu."
                  : "Mã xác thực hai bước không đúng hoặc đã được dùng. Nhập mã 6 chữ số mới nhất trong ứng dụng"
                      + " xác thực cùng với tên đăng nhập và mật khẩu.");
    }
  }

  private static Charset charset(HttpServletRequest request) {
    try {
      return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The fields of an application/x-www-form-urlencoded body; the first value of each name. */
  static Map<String, String> parseForm(byte[] body, Charset charset) {
    Map<String, String> form = new HashMap<>();
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        try {
          form.putIfAbsent(
              URLDecoder.decode(pair.substring(0, equals), charset), URLDecoder.decode(pair.substring(equals + 1), charset));
        } catch (IllegalArgumentException e) {
          // a malformed field is left to the login resource to refuse
        }
      }
    }
    return form;
  }

  /**
   * The login form, read here without the servlet's parameter parsing and given again to the login
   * resource, which reads its form fields from the body.
   */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the login form is read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
    }
  }

  /** The shape of Camunda's own error answers: the login page shows {@code message}. */
  private static void refuse(HttpServletResponse response, String message) throws IOException {
    answer(response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }

  private static void answer(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write("{\"type\":\"TwoFactorRequired\",\"message\":\"" + message + "\"}");
  }
}
