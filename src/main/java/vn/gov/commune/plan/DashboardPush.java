package vn.gov.commune.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One push of a commune's snapshot to the provincial steering dashboard: the unique (commune, version)
 * lets only one node start it when the schedule fires on several nodes at once.
 */
@Entity
@Table(
    name = "dashboard_push",
    uniqueConstraints = @UniqueConstraint(name = "uk_dashboard_push_snapshot", columnNames = {"commune_id", "snapshot_version"}))
public class DashboardPush {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "commune_id", nullable = false, updatable = false, length = 64)
  private String communeId;

  /** yyyy-MM. */
  @Column(nullable = false, updatable = false, length = 7)
  private String period;

  @Column(name = "snapshot_version", nullable = false, updatable = false)
  private long snapshotVersion;

  /** The dashboard-push instance that sends it. */
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected DashboardPush() {}

  DashboardPush(String communeId, String period, long snapshotVersion, Instant createdAt) {
    this.communeId = communeId;
    this.period = period;
    this.snapshotVersion = snapshotVersion;
    this.createdAt = createdAt;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public String getCommuneId() { return communeId; }
  public String getPeriod() { return period; }
  public long getSnapshotVersion() { return snapshotVersion; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
}
