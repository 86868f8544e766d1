package vn.gov.commune.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.commune.web.ApiException;

/**
 * Runtime changes to the calendar by an administrator (a new holiday such as 24/11, a cancelled
 * day off): persisted, effective at once on this node and within a minute on the others, and
 * logged with who, when, why and what the day was before.
 */
@Service
public class CalendarAdministration {

  private final WorkingDayCalendar calendar;
  private final CalendarOverrideRepository overrides;
  private final CalendarChangeRepository changes;
  private final Clock clock;

  public CalendarAdministration(
      WorkingDayCalendar calendar, CalendarOverrideRepository overrides, CalendarChangeRepository changes, Clock clock) {
    this.calendar = calendar;
    this.overrides = overrides;
    this.changes = changes;
    this.clock = clock;
  }

  /** Declares {@code date} a day off ({@code workingDay = false}) or a working day. */
  @Transactional
  public CalendarOverride setDay(LocalDate date, boolean workingDay, String reason, String actor) {
    String why = requireReason(reason);
    DayInfo before = calendar.describe(date);
    CalendarOverride saved = overrides.save(new CalendarOverride(date, workingDay, why, actor, clock.instant()));
    changes.save(
        new CalendarChange(
            date,
            workingDay ? CalendarChange.Action.SET_WORKING_DAY : CalendarChange.Action.SET_DAY_OFF,
            why,
            describe(before),
            actor,
            clock.instant()));
    refreshAfterCommit();
    return saved;
  }

  /** Removes an administrator's change: the day is again what the published schedule says. */
  @Transactional
  public void removeOverride(LocalDate date, String reason, String actor) {
    String why = requireReason(reason);
    if (!overrides.existsById(date)) {
      throw ApiException.notFound("Ngày " + date + " không có điều chỉnh nào của quản trị viên.");
    }
    DayInfo before = calendar.describe(date);
    overrides.deleteById(date);
    changes.save(
        new CalendarChange(date, CalendarChange.Action.REMOVE_OVERRIDE, why, describe(before), actor, clock.instant()));
    refreshAfterCommit();
  }

  public List<CalendarChange> history() {
    return changes.findAllByOrderByIdDesc();
  }

  private void refreshAfterCommit() {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            calendar.refreshOverrides();
          }
        });
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw ApiException.badRequest("Phải ghi rõ lý do điều chỉnh lịch (ví dụ: căn cứ văn bản nào).");
    }
    if (reason.length() > 500) {
      throw ApiException.badRequest("Lý do điều chỉnh lịch không được dài quá 500 ký tự.");
    }
    return reason.strip();
  }

  private static String describe(DayInfo day) {
    return (day.workingDay() ? "Ngày làm việc" : "Ngày nghỉ") + ": " + day.reason() + " (" + day.source() + ")";
  }
}
