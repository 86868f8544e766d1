package vn.gov.commune.calendar;

import java.time.LocalDate;

/** Whether a date is a working day for commune offices, and why. */
public record DayInfo(LocalDate date, boolean workingDay, String reason, DaySource source) {}
