package vn.gov.commune.digitisation;

import vn.gov.commune.web.ApiException;

/**
 * A file refused by digitisation, with a Vietnamese message for the clerk or citizen and a reason
 * code. As an {@link ApiException} it becomes a problem answer (400, 413, 415 or 503) with a
 * {@code reason} member; nothing of the file is kept.
 */
public class ContentRefusedException extends ApiException {

  private final Refusal reason;

  public ContentRefusedException(Refusal reason, String message) {
    super(reason.status(), message);
    this.reason = reason;
    with("reason", reason.name());
  }

  public Refusal reason() {
    return reason;
  }
}
