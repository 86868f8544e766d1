package vn.gov.commune.digitisation;

/**
 * A file that passed every check of {@link ContentInspector}, with what was learnt from it.
 *
 * @param fileType the type detected from the content
 * @param mediaType the detected media type
 * @param sha256 hex SHA-256 of the bytes
 * @param size bytes
 * @param pageCount pages of the document (1 for a single image)
 * @param imageCount page images: frames of an image file, pages of a PDF that carry an image; 0 for a born-digital text document
 * @param text extracted text (OCR included), NFC
 * @param ocrDone whether Tesseract read the file (or some of its pages)
 * @param ocrNote why OCR was or was not done, Vietnamese; null for a born-digital document
 * @param ocrPending whether OCR of this scan was left for later ({@link ContentInspector#inspectDeferringOcr}):
 *     its text then holds only what the file carries as text, and {@link ScanOcr} reads the rest
 */
public record InspectedContent(
    FileType fileType,
    String mediaType,
    String sha256,
    long size,
    int pageCount,
    int imageCount,
    String text,
    boolean ocrDone,
    String ocrNote,
    boolean ocrPending) {

  /** A scan: an image file, or a PDF whose pages are images. */
  public boolean isScan() {
    return fileType.isImage() || (fileType == FileType.PDF && imageCount > 0);
  }
}
