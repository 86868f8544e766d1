package vn.gov.commune.digitisation;

/**
 * Told when OCR, run after the upload was answered ({@link ScanOcr}), finds a secrecy mark in a kept
 * file: the owner of the record (the dossier module for a component) takes the file off what holds
 * it, writes its history and tells the citizen, in the same transaction in which the record, its
 * text and the stored content are deleted.
 */
public interface RefusedAfterOcr {

  /** {@code record} is about to be deleted; {@code message} is the refusal, in Vietnamese. */
  void refused(DigitisationRecord record, String message);
}
