package vn.gov.commune.digitisation;

import org.springframework.http.HttpStatus;

/** Why a file was refused; each maps to an HTTP status of the problem answer. */
public enum Refusal {
  EMPTY(HttpStatus.BAD_REQUEST),
  TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
  TOO_MANY_PAGES(HttpStatus.PAYLOAD_TOO_LARGE),
  TEXT_TOO_LONG(HttpStatus.PAYLOAD_TOO_LARGE),
  TIMEOUT(HttpStatus.PAYLOAD_TOO_LARGE),
  TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  DISGUISED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  ENCRYPTED(HttpStatus.BAD_REQUEST),
  CORRUPT(HttpStatus.BAD_REQUEST),
  ZIP_BOMB(HttpStatus.BAD_REQUEST),
  TOO_DEEP(HttpStatus.BAD_REQUEST),
  STATE_SECRET(HttpStatus.BAD_REQUEST),
  /** A PDF that runs JavaScript or launches a program. */
  ACTIVE_CONTENT(HttpStatus.BAD_REQUEST),
  /** All parser threads are taken and the file waited too long, or the queue is full: try again later (not a property of the file). */
  BUSY(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  Refusal(HttpStatus status) {
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  /** Whether the same file may pass later (a bulk run retries these on resume). */
  public boolean isTransient() {
    return this == BUSY || this == TIMEOUT;
  }
}
