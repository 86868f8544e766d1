package vn.gov.commune.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day an administrator declared a day off or a working day, over the published schedule. */
@Entity
@Table(name = "calendar_override")
public class CalendarOverride {

  @Id
  @Column(name = "day_date")
  private LocalDate date;

  @Column(nullable = false)
  private boolean workingDay;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(nullable = false, length = 64)
  private String changedBy;

  @Column(nullable = false)
  private Instant changedAt;

  protected CalendarOverride() {}

  public CalendarOverride(LocalDate date, boolean workingDay, String reason, String changedBy, Instant changedAt) {
    this.date = date;
    this.workingDay = workingDay;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public LocalDate getDate() {
    return date;
  }

  public boolean isWorkingDay() {
    return workingDay;
  }

  public String getReason() {
    return reason;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
