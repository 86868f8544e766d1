package vn.gov.commune.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload over the limit, or one the container cannot parse (Tomcat refuses a file name holding a
 * NUL), fails while the request is read, before any controller is chosen, so the package-bound
 * {@link ApiExceptionHandler} cannot see it: this global handler answers it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return ApiExceptionHandler.problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "Tệp tải lên vượt quá dung lượng cho phép (mỗi tệp tối đa 10 MB, cả yêu cầu tối đa 60 MB). Không có gì được lưu.",
        request);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadable(MultipartException e, HttpServletRequest request) {
    boolean badName = NestedExceptionUtils.getMostSpecificCause(e) instanceof InvalidFileNameException;
    return ApiExceptionHandler.problem(
        HttpStatus.BAD_REQUEST,
        badName ? UntrustedText.NUL_IN_FILE_NAME : "Yêu cầu nhiều phần (multipart) không hợp lệ.",
        request);
  }
}
