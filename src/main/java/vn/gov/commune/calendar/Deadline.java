package vn.gov.commune.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A legal deadline: the result is due by {@code dueAt} on {@code due}.
 *
 * @param cutOffApplied true when a same-day procedure was received after the cut-off (or on a rest
 *     day) and therefore moved to the next working day
 */
public record Deadline(
    LocalDateTime receivedAt, int workingDays, LocalDate due, LocalDateTime dueAt, boolean cutOffApplied) {}
