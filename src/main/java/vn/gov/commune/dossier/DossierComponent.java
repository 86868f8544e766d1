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
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/**
 * One component (thành phần hồ sơ) of a dossier: a file the citizen sent, a paper the clerk scanned,
 * a paper still waiting to be scanned (no file yet), or data fetched from a national database.
 */
@Entity
@Table(
    name = "dossier_component",
    indexes = {
      @Index(name = "ix_component_dossier", columnList = "dossier_code"),
      @Index(name = "ix_component_dossier_source", columnList = "dossier_code, source") // V12: the dossier's reuse flag recounted (ComponentWritesImpl, V16)
    })
public class DossierComponent {

  /** Where the component came from. */
  public enum Source {
    ONLINE("Nộp trực tuyến"),
    PAPER("Bản giấy, chờ số hóa"),
    SCANNED("Số hóa từ bản giấy"),
    SUPPLEMENT("Bổ sung"),
    NATIONAL_DATA("Khai thác từ CSDL quốc gia"),
    DATA_STORE("Dùng lại từ Kho dữ liệu của công dân"),
    /** The file was refused after it was kept (OCR found a secrecy mark) and deleted; a supplement may replace it. */
    REFUSED("Tệp bị từ chối và đã xóa (mang dấu độ mật)");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Data entered once: taken from a national database or the citizen's data store, not handed in again. */
    public boolean reused() {
      return this == NATIONAL_DATA || this == DATA_STORE;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_code", nullable = false, updatable = false, length = 40)
  private String dossierCode;

  @Column(nullable = false, updatable = false, length = 40)
  private String componentCode;

  @Column(nullable = false, length = 300)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Source source;

  @Column(length = 255)
  private String fileName;

  @Column(length = 100)
  private String contentType;

  private Long size;

  @Column(length = 64)
  private String sha256;

  @Column(length = 200)
  private String storageKey;

  @Column(length = 64)
  private String addedBy;

  private Instant addedAt;

  /**
   * The source the dossier's {@code reused} flag last accounted for (as read, or as last saved; null for a
   * new component): whether a save may end the dossier's reuse ({@link ComponentWritesImpl}).
   */
  @Transient
  private Source flaggedSource;

  protected DossierComponent() {}

  @PostLoad
  void sourceAccountedFor() {
    flaggedSource = source;
  }

  Source flaggedSource() {
    return flaggedSource;
  }

  DossierComponent(String dossierCode, String componentCode, String name, Source source, String addedBy, Instant addedAt) {
    this.dossierCode = dossierCode;
    this.componentCode = componentCode;
    this.name = name;
    this.source = source;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public void attach(StoredFile file, Source newSource, String by, Instant at) {
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.storageKey = file.storageKey();
    this.source = newSource;
    this.addedBy = by;
    this.addedAt = at;
  }

  /**
   * A component without a file changes where it is expected from: NATIONAL_DATA once fetched, PAPER
   * when the national database could not give it (the citizen then hands in the paper, the clerk scans it).
   */
  public void expectFrom(Source newSource, String by, Instant at) {
    if (hasFile()) {
      throw new IllegalStateException("Component " + componentCode + " of " + dossierCode + " already has a file.");
    }
    this.source = newSource;
    this.addedBy = by;
    this.addedAt = at;
  }

  /** The file is taken off the component (refused after it was kept); the component stays, marked {@link Source#REFUSED}. */
  void removeRefusedFile(String by, Instant at) {
    this.fileName = null;
    this.contentType = null;
    this.size = null;
    this.sha256 = null;
    this.storageKey = null;
    this.source = Source.REFUSED;
    this.addedBy = by;
    this.addedAt = at;
  }

  public boolean hasFile() {
    return storageKey != null;
  }

  public Long getId() { return id; }
  public String getDossierCode() { return dossierCode; }
  public String getComponentCode() { return componentCode; }
  public String getName() { return name; }
  public Source getSource() { return source; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public Long getSize() { return size; }
  public String getSha256() { return sha256; }
  public String getStorageKey() { return storageKey; }
  public String getAddedBy() { return addedBy; }
  public Instant getAddedAt() { return addedAt; }
}
