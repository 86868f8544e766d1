package vn.gov.commune.digitisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One file of an archive collection: digitised (with its record) or refused (with the reason). */
@Entity
@Table(name = "dg_archive_item", indexes = @Index(name = "ix_dg_item_coll_sha", columnList = "collection_id,sha256"))
public class ArchiveItem {

  public enum Status {
    DONE,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "collection_id", nullable = false, updatable = false)
  private Long collectionId;

  /** Path inside the collection's folder, '/'-separated. */
  @Column(nullable = false, updatable = false, length = 700)
  private String path;

  /** SHA-256 of the file; null when it was refused before being read (too large). */
  @Column(length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private Refusal reason;

  @Column(length = 1000)
  private String message;

  private Long recordId;

  @Column(nullable = false)
  private Instant processedAt;

  protected ArchiveItem() {}

  static ArchiveItem done(Long collectionId, String path, String sha256, Long recordId, Instant at) {
    ArchiveItem item = new ArchiveItem();
    item.collectionId = collectionId;
    item.path = path;
    item.sha256 = sha256;
    item.status = Status.DONE;
    item.recordId = recordId;
    item.processedAt = at;
    return item;
  }

  static ArchiveItem refused(Long collectionId, String path, String sha256, ContentRefusedException e, Instant at) {
    ArchiveItem item = new ArchiveItem();
    item.collectionId = collectionId;
    item.path = path;
    item.sha256 = sha256;
    item.status = Status.REFUSED;
    item.reason = e.reason();
    String message = e.getMessage();
    item.message = message.length() > 1000 ? message.substring(0, 1000) : message;
    item.processedAt = at;
    return item;
  }

  public Long getId() { return id; }
  public Long getCollectionId() { return collectionId; }
  public String getPath() { return path; }
  public String getSha256() { return sha256; }
  public Status getStatus() { return status; }
  public Refusal getReason() { return reason; }
  public String getMessage() { return message; }
  public Long getRecordId() { return recordId; }
  public Instant getProcessedAt() { return processedAt; }
}
