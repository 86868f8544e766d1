package vn.gov.commune.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the product's own API into an RFC 9457 problem with a Vietnamese
 * {@code detail}. Never a stack trace: unexpected errors are logged and answered with a generic text.
 */
@RestControllerAdvice(basePackages = "vn.gov.commune")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> handle(ApiException e, HttpServletRequest request) {
    ResponseEntity<ProblemDetail> answer = problem(e.status(), e.getMessage(), request);
    e.properties().forEach(answer.getBody()::setProperty);
    if (e.properties().get("retryAfterSeconds") instanceof Number seconds) {
      return ResponseEntity.status(e.status()).header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()))
          .body(answer.getBody());
    }
    return answer;
  }

  /** A multipart request that cannot be read at all is answered by {@link UploadLimitHandler}. */
  @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> badMultipart(
      org.springframework.web.multipart.support.MissingServletRequestPartException e, HttpServletRequest request) {
    return problem(
        HttpStatus.BAD_REQUEST, "Yêu cầu nhiều phần (multipart) không hợp lệ. Thiếu phần '" + e.getRequestPartName() + "'.", request);
  }

  @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung của yêu cầu không được hỗ trợ.", request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Thiếu tham số bắt buộc '" + e.getParameterName() + "'.", request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return problem(
        HttpStatus.BAD_REQUEST, "Giá trị '" + e.getValue() + "' của tham số '" + e.getName() + "' không hợp lệ.", request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Nội dung yêu cầu không đúng định dạng JSON mong đợi.", request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức " + e.getMethod() + " không được hỗ trợ.", request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "Không tìm thấy địa chỉ được yêu cầu.", request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.", request);
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).body(problem);
  }
}
