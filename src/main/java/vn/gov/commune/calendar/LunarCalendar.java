package vn.gov.commune.calendar;

import java.time.LocalDate;

/**
 * Conversion between the Gregorian calendar and the Vietnamese lunisolar ("âm lịch") calendar.
 *
 * <p>Implements Hồ Ngọc Đức's well-known algorithm: new moons and the sun's longitude are computed
 * astronomically (simplified Meeus formulas) and the rules of the calendar are applied for the
 * time zone UTC+7, which is what makes it the Vietnamese calendar rather than the Chinese one
 * (UTC+8). The rules are:
 * <ul>
 *   <li>a lunar month begins on the local calendar day of an astronomical new moon;</li>
 *   <li>the 11th month is the month containing the winter solstice;</li>
 *   <li>when there are 13 months between two consecutive 11th months, the first month after the
 *       11th month that contains no major solar term (sun longitude a multiple of 30°) is a leap
 *       month and takes the number of the month preceding it.</li>
 * </ul>
 *
 * <p>Supported range: Gregorian dates from 1900-01-01 to 2199-12-31 (in both directions of the
 * conversion); anything outside that range is rejected with an {@link IllegalArgumentException}.
 */
final class LunarCalendar {

    /** Time zone of the Vietnamese calendar, in hours east of UTC. */
    static final double VIETNAM_TIME_ZONE = 7.0;

    /** First supported Gregorian date. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    /** Last supported Gregorian date. */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    /** Julian day number of 1970-01-01 (the epoch of {@link LocalDate#toEpochDay()}). */
    private static final long JDN_OF_EPOCH_DAY_0 = 2_440_588L;

    /** Julian date of the reference new moon (1900-01-01 13:52 UTC) used to number lunations. */
    private static final double REFERENCE_NEW_MOON = 2_415_021.076998695;

    /** Mean length of a synodic month, in days. */
    private static final double SYNODIC_MONTH = 29.530588853;

    private static final double DEGREE = Math.PI / 180.0;

    /**
     * A date of the Vietnamese lunar calendar.
     *
     * @param year      the lunar year, numbered like the Gregorian year in which it begins
     * @param month     the lunar month, 1..12
     * @param day       the day of the month, 1..30
     * @param leapMonth {@code true} if the month is the leap (intercalary) month that follows the
     *                  regular month with the same number
     */
    public record LunarDate(int year, int month, int day, boolean leapMonth) {
    }

    private LunarCalendar() {
        throw new AssertionError("No instances");
    }

    // ---------------------------------------------------------------------------------------------
    // Public API
    // ---------------------------------------------------------------------------------------------

    /**
     * Converts a Vietnamese lunar date to the Gregorian calendar.
     *
     * @param lunarYear  the lunar year (the Gregorian year in which that lunar year begins)
     * @param lunarMonth the lunar month, 1..12
     * @param lunarDay   the day of the lunar month, 1..30
     * @param leapMonth  {@code true} for the leap month that follows month {@code lunarMonth}
     * @return the Gregorian date
     * @throws IllegalArgumentException if the month or day is out of range, if {@code leapMonth}
     *                                  is requested but that year has no leap month with that
     *                                  number, if the day is 30 in a 29-day month, or if the date
     *                                  falls outside the supported range
     */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        return toSolar(lunarYear, lunarMonth, lunarDay, leapMonth, VIETNAM_TIME_ZONE);
    }

    /**
     * Returns the Gregorian date of Tết Nguyên Đán (day 1 of month 1, "mùng 1 tháng Giêng") of the
     * lunar year that begins in the given Gregorian year.
     *
     * @param year a Gregorian year in the supported range (1900..2199)
     * @return the date of the lunar new year, always between 21 January and 20 February
     * @throws IllegalArgumentException if the year is outside the supported range
     */
    public static LocalDate lunarNewYear(int year) {
        return lunarNewYear(year, VIETNAM_TIME_ZONE);
    }

    /**
     * Converts a Gregorian date to the Vietnamese lunar calendar.
     *
     * @param date a date between {@link #MIN_DATE} and {@link #MAX_DATE}
     * @return the lunar date
     * @throws IllegalArgumentException if the date is {@code null} or outside the supported range
     */
    public static LunarDate toLunar(LocalDate date) {
        return toLunar(date, VIETNAM_TIME_ZONE);
    }

    // ---------------------------------------------------------------------------------------------
    // Time-zone parameterised variants (package-private: used by tests to compare with UTC+8)
    // ---------------------------------------------------------------------------------------------

    static LocalDate lunarNewYear(int year, double timeZone) {
        if (year < MIN_DATE.getYear() || year > MAX_DATE.getYear()) {
            throw new IllegalArgumentException(
                    "Year " + year + " is outside the supported range "
                            + MIN_DATE.getYear() + ".." + MAX_DATE.getYear());
        }
        return toSolar(year, 1, 1, false, timeZone);
    }

    static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth,
                             double timeZone) {
        if (lunarMonth < 1 || lunarMonth > 12) {
            throw new IllegalArgumentException("Lunar month must be 1..12, got " + lunarMonth);
        }
        if (lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("Lunar day must be 1..30, got " + lunarDay);
        }
        // Lunar year Y may start in Gregorian year Y only; its last months reach into year Y + 1.
        // Lunar year MIN - 1 is accepted because its last month(s) lie in the supported range.
        if (lunarYear < MIN_DATE.getYear() - 1 || lunarYear > MAX_DATE.getYear()) {
            throw new IllegalArgumentException("Lunar year " + lunarYear + " is outside the supported range");
        }

        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1, timeZone);
            b11 = lunarMonth11(lunarYear, timeZone);
        } else {
            a11 = lunarMonth11(lunarYear, timeZone);
            b11 = lunarMonth11(lunarYear + 1, timeZone);
        }
        long k = (long) Math.floor(0.5 + (a11 - REFERENCE_NEW_MOON) / SYNODIC_MONTH);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            // 13 months between the two 11th months: there is a leap month in this span.
            int leapOffset = leapMonthOffset(a11, timeZone);
            int leapMonthNumber = leapOffset - 2;
            if (leapMonthNumber < 0) {
                leapMonthNumber += 12;
            }
            if (leapMonth && lunarMonth != leapMonthNumber) {
                throw new IllegalArgumentException(
                        "Lunar year " + lunarYear + " has no leap month " + lunarMonth
                                + " (its leap month is " + leapMonthNumber + ")");
            }
            if (leapMonth || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException(
                    "Lunar year " + lunarYear + " has no leap month " + lunarMonth);
        }

        long monthStart = newMoonDay(k + offset, timeZone);
        long nextMonthStart = newMoonDay(k + offset + 1, timeZone);
        long monthLength = nextMonthStart - monthStart;
        if (lunarDay > monthLength) {
            throw new IllegalArgumentException(
                    "Lunar month " + lunarMonth + (leapMonth ? " (leap)" : "") + " of year " + lunarYear
                            + " has only " + monthLength + " days, got day " + lunarDay);
        }
        LocalDate result = fromJulianDay(monthStart + lunarDay - 1);
        if (result.isBefore(MIN_DATE) || result.isAfter(MAX_DATE)) {
            throw new IllegalArgumentException(
                    "Lunar date " + lunarDay + "/" + lunarMonth + (leapMonth ? " (leap)" : "") + "/"
                            + lunarYear + " corresponds to " + result
                            + ", outside the supported range " + MIN_DATE + ".." + MAX_DATE);
        }
        return result;
    }

    static LunarDate toLunar(LocalDate date, double timeZone) {
        if (date == null) {
            throw new IllegalArgumentException("Date must not be null");
        }
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new IllegalArgumentException(
                    "Date " + date + " is outside the supported range " + MIN_DATE + ".." + MAX_DATE);
        }
        long dayNumber = toJulianDay(date);
        // Start of the lunar month containing the day: the last new-moon day not after it. The
        // mean-lunation estimate of k can be off by one in either direction (the true new moon
        // deviates from the mean one by up to ~14 hours; the original algorithm only corrected
        // one way and produced "day 0" for e.g. 2054-05-07 and 2062-04-09).
        long k = (long) Math.floor((dayNumber - REFERENCE_NEW_MOON) / SYNODIC_MONTH);
        while (newMoonDay(k + 1, timeZone) <= dayNumber) {
            k++;
        }
        while (newMoonDay(k, timeZone) > dayNumber) {
            k--;
        }
        long monthStart = newMoonDay(k, timeZone);

        int year = date.getYear();
        long a11 = lunarMonth11(year, timeZone);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = lunarMonth11(year - 1, timeZone);
        } else {
            lunarYear = year + 1;
            b11 = lunarMonth11(year + 1, timeZone);
        }

        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11, timeZone);
            if (diff >= leapOffset) {
                lunarMonth = diff + 10;
                if (diff == leapOffset) {
                    leap = true;
                }
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    // ---------------------------------------------------------------------------------------------
    // Astronomy and calendar rules (Hồ Ngọc Đức)
    // ---------------------------------------------------------------------------------------------

    private static long toJulianDay(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_0;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JDN_OF_EPOCH_DAY_0);
    }

    /**
     * Julian date (UTC, fractional) of the k-th new moon after the reference new moon of
     * 1900-01-01, with a delta-T correction (Meeus, "Astronomical Algorithms", simplified).
     */
    private static double newMoon(long k) {
        double t = k / 1236.85; // Julian centuries since 1900-01-01 12:00
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;      // sun's mean anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;  // moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;     // moon's argument of latitude
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEGREE) + 0.0021 * Math.sin(2 * DEGREE * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * DEGREE) + 0.0161 * Math.sin(DEGREE * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(DEGREE * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(DEGREE * 2 * f) - 0.0051 * Math.sin(DEGREE * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(DEGREE * (m - mpr)) + 0.0004 * Math.sin(DEGREE * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(DEGREE * (2 * f - m)) - 0.0006 * Math.sin(DEGREE * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(DEGREE * (2 * f - mpr)) + 0.0005 * Math.sin(DEGREE * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** Apparent longitude of the sun, in radians normalised to [0, 2π), at Julian date {@code jd} (UTC). */
    private static double sunLongitude(double jd) {
        double t = (jd - 2_451_545.0) / 36525; // Julian centuries since J2000.0
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;                        // mean longitude
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEGREE * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DEGREE * 2 * m) + 0.000290 * Math.sin(DEGREE * 3 * m);
        double l = (l0 + dl) * DEGREE;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return l;
    }

    /** Julian day number of the local calendar day on which the k-th new moon falls. */
    private static long newMoonDay(long k, double timeZone) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24.0);
    }

    /**
     * Index 0..11 of the 30° sector the sun is in at the start (local midnight) of the given day:
     * 0 = spring equinox .. 9 = winter solstice. A month "without a major term" is one whose first
     * day and the first day of the next month have the same index.
     */
    private static int sunLongitudeSector(long dayNumber, double timeZone) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24.0) / Math.PI * 6);
    }

    /** Julian day number of the first day of lunar month 11 that contains the winter solstice of {@code year}. */
    private static long lunarMonth11(int year, double timeZone) {
        long off = toJulianDay(LocalDate.of(year, 12, 31)) - 2_415_021L;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k, timeZone);
        int sunLong = sunLongitudeSector(nm, timeZone);
        if (sunLong >= 9) {
            nm = newMoonDay(k - 1, timeZone);
        }
        return nm;
    }

    /**
     * Offset (1..12) after the 11th month starting on {@code a11} of the leap month, i.e. the
     * first month that contains no major solar term.
     */
    private static int leapMonthOffset(long a11, double timeZone) {
        long k = (long) Math.floor((a11 - REFERENCE_NEW_MOON) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
        } while (arc != last && i < 14);
        return i - 1;
    }
}
