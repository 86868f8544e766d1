package vn.gov.commune.plan.importer;

import org.springframework.http.HttpStatus;
import vn.gov.commune.web.ApiException;

/**
 * A plan document that cannot be turned into a draft, with a Vietnamese message that says why
 * (not a plan, no task, a date that does not exist, a file type that is not accepted). Thrown
 * before anything is created, so a refused import leaves no trace.
 */
public class PlanImportException extends ApiException {

  public PlanImportException(HttpStatus status, String message) {
    super(status, message);
  }

  /** 400: the content is readable but is not an importable plan. */
  public static PlanImportException invalid(String message) {
    return new PlanImportException(HttpStatus.BAD_REQUEST, message);
  }

  /** 415: the file is not a PDF, DOCX, ODT or plain-text document. */
  public static PlanImportException unsupported(String message) {
    return new PlanImportException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
  }
}
