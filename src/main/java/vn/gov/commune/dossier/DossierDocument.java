package vn.gov.commune.dossier;

import vn.gov.commune.documents.StoredFile;
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
import org.hibernate.annotations.Immutable;
import vn.gov.commune.documents.SlipType;

/** A document the product issued for a dossier (a slip or the result), kept with the dossier. */
@Entity
@Immutable
@Table(name = "dossier_document", indexes = @Index(name = "ix_document_dossier", columnList = "dossier_code"))
public class DossierDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_code", nullable = false, updatable = false, length = 40)
  private String dossierCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private SlipType type;

  @Column(nullable = false, updatable = false, length = 255)
  private String fileName;

  @Column(nullable = false, updatable = false, length = 200)
  private String storageKey;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String issuedBy;

  protected DossierDocument() {}

  DossierDocument(String dossierCode, SlipType type, StoredFile file, Instant issuedAt, String issuedBy) {
    this.dossierCode = dossierCode;
    this.type = type;
    this.fileName = file.fileName();
    this.storageKey = file.storageKey();
    this.sha256 = file.sha256();
    this.size = file.size();
    this.issuedAt = issuedAt;
    this.issuedBy = issuedBy;
  }

  public Long getId() { return id; }
  public String getDossierCode() { return dossierCode; }
  public SlipType getType() { return type; }
  public String getFileName() { return fileName; }
  public String getStorageKey() { return storageKey; }
  public String getSha256() { return sha256; }
  public long getSize() { return size; }
  public Instant getIssuedAt() { return issuedAt; }
  public String getIssuedBy() { return issuedBy; }
}
