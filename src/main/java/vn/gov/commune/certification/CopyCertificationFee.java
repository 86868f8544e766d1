package vn.gov.commune.certification;

/**
 * Fee for certifying copies from originals (phí chứng thực bản sao từ bản chính): 2.000 đồng a page
 * for the first two pages, 1.000 đồng a page from the third, at most 200.000 đồng a copy.
 */
public final class CopyCertificationFee {

  static final long FIRST_PAGES_FEE = 2_000;
  static final long FURTHER_PAGE_FEE = 1_000;
  static final long MAX_PER_COPY = 200_000;

  private CopyCertificationFee() {}

  /** The fee in đồng for {@code copies} copies of a document of {@code pages} pages. */
  public static long of(int pages, int copies) {
    if (pages < 1 || copies < 1) {
      throw new IllegalArgumentException("Số trang và số bản phải lớn hơn 0.");
    }
    long perCopy = Math.min(2, pages) * FIRST_PAGES_FEE + Math.max(0, pages - 2) * FURTHER_PAGE_FEE;
    return Math.min(perCopy, MAX_PER_COPY) * copies;
  }
}
