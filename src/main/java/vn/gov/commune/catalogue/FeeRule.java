package vn.gov.commune.catalogue;

import vn.gov.commune.certification.CopyCertificationFee;

/** How a procedure's fee (phí, lệ phí) is computed from the number of copies and pages. */
public enum FeeRule {
  /** No fee. */
  FREE,
  /** One amount per dossier, whatever is requested. */
  FIXED,
  /** The amount for each copy requested (e.g. bản sao trích lục). */
  PER_COPY,
  /** Certifying copies from originals: tiered per page, capped per copy ({@link CopyCertificationFee}). */
  CERTIFY_COPY;

  /** The fee in đồng; {@code amount} is the catalogue's amount (unused by FREE and CERTIFY_COPY). */
  long apply(long amount, int copies, int pages) {
    return switch (this) {
      case FREE -> 0;
      case FIXED -> amount;
      case PER_COPY -> {
        if (copies < 1) {
          throw new IllegalArgumentException("Số bản yêu cầu phải lớn hơn 0.");
        }
        yield amount * copies;
      }
      case CERTIFY_COPY -> CopyCertificationFee.of(pages, copies);
    };
  }
}
