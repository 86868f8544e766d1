package vn.gov.commune.digitisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of one digitisation (kết quả số hóa): which file, for which dossier component or
 * archive item, how many pages and page images, who digitised it and when, whether OCR ran, and the
 * text for search. A component of a citizen digitised before (same content) is linked again: the
 * new record is {@code reused} and names the record it reuses; nothing is scanned twice.
 */
@Entity
@Table(
    name = "dg_record",
    indexes = {
      @Index(name = "ix_dg_record_dossier", columnList = "dossier_code"),
      @Index(name = "ix_dg_record_person_sha", columnList = "personal_id,sha256"),
      @Index(name = "ix_dg_record_sha", columnList = "sha256")
    })
public class DigitisationRecord {

  /** What was digitised. */
  public enum Kind {
    /** A component of a dossier. */
    COMPONENT,
    /** A file of an archive collection (bulk digitisation of historical records). */
    ARCHIVE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Kind kind;

  @Column(name = "dossier_code", updatable = false, length = 40)
  private String dossierCode;

  /** Id of the dossier component row, when the flow has one. */
  @Column(updatable = false)
  private Long componentId;

  @Column(updatable = false, length = 40)
  private String componentCode;

  /** Archive collection name, for an archive item. */
  @Column(updatable = false, length = 64)
  private String collection;

  /** Path of an archive file inside its folder. */
  @Column(updatable = false, length = 700)
  private String sourcePath;

  /** The citizen (số định danh cá nhân); never logged unmasked. */
  @Column(name = "personal_id", updatable = false, length = 12)
  private String personalId;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(nullable = false, updatable = false, length = 16)
  private String fileType;

  @Column(length = 255, updatable = false)
  private String fileName;

  @Column(nullable = false, updatable = false)
  private int pageCount;

  @Column(nullable = false, updatable = false)
  private int imageCount;

  @Column(nullable = false, updatable = false, length = 64)
  private String digitisedBy;

  @Column(nullable = false, updatable = false)
  private Instant digitisedAt;

  @Column(nullable = false)
  private boolean ocrDone;

  @Column(length = 500)
  private String ocrNote;

  /** OCR of this scan is left to {@link ScanOcr} (V17); the text holds what the file carries as text. */
  @Column(nullable = false)
  private boolean ocrPending;

  @Column(nullable = false, updatable = false)
  private boolean reused;

  @Column(updatable = false)
  private Long reusedFrom;

  /** Extracted text, NFC. */
  @Lob
  @Column(columnDefinition = "LONGTEXT")
  private String text;

  /** {@link TextFolding#fold folded} text, same length as {@link #text}, for search. */
  @Lob
  @Column(columnDefinition = "LONGTEXT")
  private String folded;

  protected DigitisationRecord() {}

  static DigitisationRecord of(Kind kind, InspectedContent content, String fileName, String by, Instant at) {
    DigitisationRecord r = new DigitisationRecord();
    r.kind = kind;
    r.sha256 = content.sha256();
    r.fileType = content.fileType().name();
    r.fileName = truncate(fileName, 255);
    r.pageCount = content.pageCount();
    r.imageCount = content.imageCount();
    r.ocrDone = content.ocrDone();
    r.ocrNote = truncate(content.ocrNote(), 500);
    r.ocrPending = content.ocrPending();
    r.text = content.text();
    r.folded = TextFolding.fold(content.text());
    r.digitisedBy = by;
    r.digitisedAt = at;
    return r;
  }

  /** A new record for another dossier that reuses {@code source} (same citizen, same content). */
  static DigitisationRecord reuse(DigitisationRecord source, String by, Instant at) {
    DigitisationRecord r = new DigitisationRecord();
    r.kind = Kind.COMPONENT;
    r.sha256 = source.sha256;
    r.fileType = source.fileType;
    r.fileName = source.fileName;
    r.pageCount = source.pageCount;
    r.imageCount = source.imageCount;
    r.ocrDone = source.ocrDone;
    r.ocrNote = source.ocrNote;
    r.ocrPending = source.ocrPending;
    r.text = source.text;
    r.folded = source.folded;
    r.personalId = source.personalId;
    r.digitisedBy = by;
    r.digitisedAt = at;
    r.reused = true;
    r.reusedFrom = source.reusedFrom != null ? source.reusedFrom : source.id;
    return r;
  }

  DigitisationRecord forComponent(String dossierCode, Long componentId, String componentCode, String personalId) {
    this.dossierCode = dossierCode;
    this.componentId = componentId;
    this.componentCode = componentCode;
    this.personalId = personalId;
    return this;
  }

  DigitisationRecord forArchive(String collection, String sourcePath) {
    this.collection = collection;
    this.sourcePath = sourcePath;
    return this;
  }

  /** The scan was read by OCR later: its text, OCR flag and note are those of the full reading. */
  void ocrRead(InspectedContent content) {
    ocrPending = false;
    ocrDone = content.ocrDone();
    ocrNote = truncate(content.ocrNote(), 500);
    text = content.text();
    folded = TextFolding.fold(content.text());
  }

  /** OCR later could not read the scan (too long, Tesseract failed): the file stays, with the reason. */
  void ocrFailed(String note) {
    ocrPending = false;
    ocrDone = false;
    ocrNote = truncate(note, 500);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** Whether the file has as many page images as pages (the check for a scanned paper). */
  public boolean imagesMatchPages() {
    return imageCount == pageCount;
  }

  public Long getId() { return id; }
  public Kind getKind() { return kind; }
  public String getDossierCode() { return dossierCode; }
  public Long getComponentId() { return componentId; }
  public String getComponentCode() { return componentCode; }
  public String getCollection() { return collection; }
  public String getSourcePath() { return sourcePath; }
  public String getPersonalId() { return personalId; }
  public String getSha256() { return sha256; }
  public String getFileType() { return fileType; }
  public String getFileName() { return fileName; }
  public int getPageCount() { return pageCount; }
  public int getImageCount() { return imageCount; }
  public String getDigitisedBy() { return digitisedBy; }
  public Instant getDigitisedAt() { return digitisedAt; }
  public boolean isOcrDone() { return ocrDone; }
  public String getOcrNote() { return ocrNote; }
  public boolean isOcrPending() { return ocrPending; }
  public boolean isReused() { return reused; }
  public Long getReusedFrom() { return reusedFrom; }
  public String getText() { return text; }
  public String getFolded() { return folded; }
}
