package vn.gov.commune.calendar;

/** Where the answer for one day comes from, from the strongest to the weakest. */
public enum DaySource {
  /** A day an administrator added or removed at runtime. */
  ADMIN_OVERRIDE,
  /** The government's published schedule for that year (calendar/YYYY.json). */
  OFFICIAL_SCHEDULE,
  /** No schedule published: statutory holidays, Tết and Giỗ Tổ computed from the lunar calendar. */
  STATUTORY_ESTIMATE,
  /** An ordinary Saturday or Sunday. */
  WEEKEND,
  /** An ordinary Monday to Friday. */
  REGULAR
}
