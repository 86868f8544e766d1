package vn.gov.commune.digitisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A collection of historical records being digitised in bulk from a folder, with the progress of its last run. */
@Entity
@Table(name = "dg_collection", uniqueConstraints = @UniqueConstraint(name = "uk_dg_collection_name", columnNames = "name"))
public class ArchiveCollection {

  public enum Status {
    RUNNING,
    INTERRUPTED,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 64)
  private String name;

  @Column(length = 64)
  private String communeId;

  @Column(nullable = false, length = 1000)
  private String folder;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  private int totalFiles;
  private int doneFiles;
  private int refusedFiles;
  /** Files of this run skipped because an earlier run finished them. */
  private int skippedFiles;
  /** Files processed per second in this run. */
  private double rate;
  private Long etaSeconds;

  @Column(length = 64)
  private String startedBy;

  private Instant startedAt;
  private Instant finishedAt;

  protected ArchiveCollection() {}

  ArchiveCollection(String name, String communeId, String folder) {
    this.name = name;
    this.communeId = communeId;
    this.folder = folder;
    this.status = Status.INTERRUPTED;
  }

  void start(String folder, String by, int total, Instant at) {
    this.folder = folder;
    this.status = Status.RUNNING;
    this.startedBy = by;
    this.startedAt = at;
    this.finishedAt = null;
    this.totalFiles = total;
    this.doneFiles = 0;
    this.refusedFiles = 0;
    this.skippedFiles = 0;
    this.rate = 0;
    this.etaSeconds = null;
  }

  void progress(ArchiveDigitiser.Progress p) {
    this.totalFiles = p.total();
    this.doneFiles = p.done();
    this.refusedFiles = p.refused();
    this.skippedFiles = p.skipped();
    this.rate = p.rate();
    this.etaSeconds = p.etaSeconds();
  }

  void finish(Status status, Instant at) {
    this.status = status;
    this.finishedAt = at;
    if (status == Status.DONE) {
      this.etaSeconds = 0L;
    }
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getCommuneId() { return communeId; }
  public String getFolder() { return folder; }
  public Status getStatus() { return status; }
  public int getTotalFiles() { return totalFiles; }
  public int getDoneFiles() { return doneFiles; }
  public int getRefusedFiles() { return refusedFiles; }
  public int getSkippedFiles() { return skippedFiles; }
  public double getRate() { return rate; }
  public Long getEtaSeconds() { return etaSeconds; }
  public String getStartedBy() { return startedBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getFinishedAt() { return finishedAt; }
}
