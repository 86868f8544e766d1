package vn.gov.commune.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A file of evidence (tài liệu minh chứng) attached to a progress report. */
@Entity
@Immutable
@Table(name = "plan_evidence", indexes = @Index(name = "ix_evidence_report", columnList = "report_id"))
public class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false, updatable = false)
  private Long reportId;

  @Column(name = "task_id", nullable = false, updatable = false)
  private Long taskId;

  @Column(nullable = false, updatable = false, length = 255)
  private String fileName;

  @Column(nullable = false, updatable = false, length = 128)
  private String contentType;

  @Column(nullable = false, updatable = false)
  private long size;

  /** Key of the file in the product's file store. */
  @Column(nullable = false, updatable = false, length = 255)
  private String storedAs;

  @Column(nullable = false, updatable = false, length = 64)
  private String uploadedBy;

  @Column(nullable = false, updatable = false)
  private Instant uploadedAt;

  protected Evidence() {}

  public Evidence(Long reportId, Long taskId, String fileName, String contentType, long size, String storedAs, String uploadedBy, Instant uploadedAt) {
    this.reportId = reportId;
    this.taskId = taskId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.storedAs = storedAs;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public Long getReportId() { return reportId; }
  public Long getTaskId() { return taskId; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public String getStoredAs() { return storedAs; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
