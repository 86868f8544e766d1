package vn.gov.commune.digitisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A file kept in the {@link ContentStore}: one row per distinct content (SHA-256). */
@Entity
@Table(name = "dg_content", uniqueConstraints = @UniqueConstraint(name = "uk_dg_content_sha", columnNames = "sha256"))
public class StoredContent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(nullable = false, updatable = false, length = 100)
  private String storageKey;

  @Column(nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false, length = 100)
  private String mediaType;

  @Column(nullable = false, updatable = false)
  private int pageCount;

  @Column(nullable = false, updatable = false)
  private int imageCount;

  @Column(nullable = false, updatable = false)
  private Instant storedAt;

  protected StoredContent() {}

  StoredContent(String sha256, String storageKey, InspectedContent content, Instant storedAt) {
    this.sha256 = sha256;
    this.storageKey = storageKey;
    this.size = content.size();
    this.mediaType = content.mediaType();
    this.pageCount = content.pageCount();
    this.imageCount = content.imageCount();
    this.storedAt = storedAt;
  }

  public Long getId() { return id; }
  public String getSha256() { return sha256; }
  public String getStorageKey() { return storageKey; }
  public long getSize() { return size; }
  public String getMediaType() { return mediaType; }
  public int getPageCount() { return pageCount; }
  public int getImageCount() { return imageCount; }
  public Instant getStoredAt() { return storedAt; }
}
