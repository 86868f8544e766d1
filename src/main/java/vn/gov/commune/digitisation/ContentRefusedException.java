package vn.gov.commune.digitisation;

import vn.gov.commune.web.ApiException;

/**
 * A file refused by digitisation, with a Vietnamese message for the clerk or citizen and a reason
 * code. As an {@link ApiException} it becomes a problem answer (400, 413, 415 or 503) with a
 * {@code reason} member; nothing of the file is kept. A BUSY answer also says when to try again
 * ({@code Retry-After}).
 */
public class ContentRefusedException extends ApiException {

  static final long RETRY_AFTER_SECONDS = 30;

  private final Refusal reason;

  public ContentRefusedException(Refusal reason, String message) {
    super(reason.status(), message);
    this.reason = reason;
    with("reason", reason.name());
    if (reason == Refusal.BUSY) {
      with("retryAfterSeconds", RETRY_AFTER_SECONDS);
    }
  }

  public Refusal reason() {
    return reason;
  }
}
