package vn.gov.commune.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One entry of the append-only log of calendar changes: never updated, never deleted. */
@Entity
@Immutable
@Table(name = "calendar_change")
public class CalendarChange {

  /** What an administrator did to a day. */
  public enum Action {
    SET_DAY_OFF,
    SET_WORKING_DAY,
    REMOVE_OVERRIDE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "day_date", nullable = false, updatable = false)
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private Action action;

  @Column(nullable = false, updatable = false, length = 500)
  private String reason;

  /** The day's state before the change, e.g. "Ngày làm việc (REGULAR)". */
  @Column(nullable = false, updatable = false, length = 600)
  private String previousState;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(nullable = false, updatable = false)
  private Instant changedAt;

  protected CalendarChange() {}

  CalendarChange(LocalDate date, Action action, String reason, String previousState, String actor, Instant changedAt) {
    this.date = date;
    this.action = action;
    this.reason = reason;
    this.previousState = previousState;
    this.actor = actor;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDate() {
    return date;
  }

  public Action getAction() {
    return action;
  }

  public String getReason() {
    return reason;
  }

  public String getPreviousState() {
    return previousState;
  }

  public String getActor() {
    return actor;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
