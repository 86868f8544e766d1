package vn.gov.commune.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.gov.commune.calendar.LunarCalendar.LunarDate;

class LunarCalendarTest {

    private static final double CHINA_TIME_ZONE = 8.0;

    // ---------------------------------------------------------------------------------------------
    // Published dates
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "2020, 2020-01-25",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            // New moon at 16:07 UTC on 2 February 2030 = 23:07 in Hanoi but 00:07 on 3 February in
            // Beijing: the Vietnamese Tết Canh Tuất is one day before the Chinese New Year.
            "2030, 2030-02-02",
    })
    void lunarNewYearMatchesPublishedDates(int year, LocalDate expected) {
        assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
        assertThat(LunarCalendar.toLunar(expected.minusDays(1)).year()).isEqualTo(year - 1);
    }

    @Test
    void chineseNewYear2030IsOneDayLaterBecauseOfUtcPlus8() {
        assertThat(LunarCalendar.lunarNewYear(2030, CHINA_TIME_ZONE)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(LunarCalendar.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    }

    @Test
    void tet1985DiffersFromChineseNewYearByAWholeMonth() {
        // The winter solstice of 1984 (21 December, 16:23 UTC) is 23:23 on 21 December in Hanoi,
        // inside the month that began on 23 November, but 00:23 on 22 December in Beijing, which is
        // a new-moon day there. Hence month 11 starts on 1984-11-23 in Vietnam and on 1984-12-22
        // in China; China inserts a leap 10th month in 1984, Vietnam a leap 2nd month in 1985,
        // and Tết Ất Sửu comes a whole month earlier in Vietnam.
        assertThat(LunarCalendar.lunarNewYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.lunarNewYear(1985, CHINA_TIME_ZONE)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(LunarCalendar.toLunar(LocalDate.of(1985, 1, 21))).isEqualTo(new LunarDate(1985, 1, 1, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(1985, 2, 20))).isEqualTo(new LunarDate(1985, 2, 1, false));
        assertThat(LunarCalendar.toSolar(1984, 11, 1, false)).isEqualTo(LocalDate.of(1984, 11, 23));
        assertThat(LunarCalendar.toSolar(1985, 2, 1, true)).isEqualTo(LocalDate.of(1985, 3, 21));
        assertThat(LunarCalendar.toSolar(1984, 11, 1, false, CHINA_TIME_ZONE)).isEqualTo(LocalDate.of(1984, 12, 22));
        assertThat(LunarCalendar.toSolar(1984, 10, 1, true, CHINA_TIME_ZONE)).isEqualTo(LocalDate.of(1984, 11, 23));
    }

    @Test
    void otherKnownVietnamChinaDifferences() {
        // Tết Mậu Thân 1968: 29 January in the North (UTC+7), 30 January by the UTC+8 calendar.
        assertThat(LunarCalendar.lunarNewYear(1968)).isEqualTo(LocalDate.of(1968, 1, 29));
        assertThat(LunarCalendar.lunarNewYear(1968, CHINA_TIME_ZONE)).isEqualTo(LocalDate.of(1968, 1, 30));
        // Tết Đinh Hợi 2007: 17 February in Vietnam, 18 February in China.
        assertThat(LunarCalendar.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(LunarCalendar.lunarNewYear(2007, CHINA_TIME_ZONE)).isEqualTo(LocalDate.of(2007, 2, 18));
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} = {1}")
    @CsvSource({
            "2023, 2023-04-29",
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26",
    })
    void hungKingsCommemorationDay(int year, LocalDate expected) {
        assertThat(LunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(year, 3, 10, false));
    }

    @ParameterizedTest(name = "Tết Trung Thu {0} = {1}")
    @CsvSource({
            "2023, 2023-09-29",
            "2024, 2024-09-17",
            "2025, 2025-10-06",
    })
    void midAutumnFestival(int year, LocalDate expected) {
        assertThat(LunarCalendar.toSolar(year, 8, 15, false)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------
    // Leap months
    // ---------------------------------------------------------------------------------------------

    @Test
    void year2025HasLeapSixthMonth() {
        assertThat(LunarCalendar.toSolar(2025, 6, 1, false)).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(LunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarCalendar.toSolar(2025, 7, 1, false)).isEqualTo(LocalDate.of(2025, 8, 23));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 24))).isEqualTo(new LunarDate(2025, 6, 30, false));
    }

    @Test
    void nonExistentLeapMonthIsRejected() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 5, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leap");
        // 2024 (Giáp Thìn) has no leap month at all.
        assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 6, 1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "leap month {1} of {0} starts {2}")
    @CsvSource({
            "2017, 6, 2017-07-23",
            "2020, 4, 2020-05-23",
            "2023, 2, 2023-03-22",
            "2025, 6, 2025-07-25",
            "2028, 5, 2028-06-23",
    })
    void knownLeapMonths(int year, int month, LocalDate expectedStart) {
        assertThat(LunarCalendar.toSolar(year, month, 1, true)).isEqualTo(expectedStart);
        assertThat(LunarCalendar.toLunar(expectedStart)).isEqualTo(new LunarDate(year, month, 1, true));
    }

    // ---------------------------------------------------------------------------------------------
    // Year boundaries, month lengths, validation
    // ---------------------------------------------------------------------------------------------

    @Test
    void lastDayOfLunarYear2025IsInTwelfthMonth() {
        LunarDate eve = LunarCalendar.toLunar(LocalDate.of(2026, 2, 16));
        assertThat(eve.year()).isEqualTo(2025);
        assertThat(eve.month()).isEqualTo(12);
        assertThat(eve.leapMonth()).isFalse();
        // Month 12 of Ất Tỵ has 29 days, so New Year's Eve is the 29th ("Tết không có ngày 30").
        assertThat(eve.day()).isEqualTo(29);
        assertThat(LunarCalendar.toSolar(2025, 12, 29, false)).isEqualTo(LocalDate.of(2026, 2, 16));
    }

    @Test
    void day30InA29DayMonthIsRejected() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 12, 30, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("29 days");
        // ...whereas month 6 (regular) of 2025 has 30 days.
        assertThat(LunarCalendar.toSolar(2025, 6, 30, false)).isEqualTo(LocalDate.of(2025, 7, 24));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 1, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 1, 31, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 0, 1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(2025, 13, 1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toLunar(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesOutsideSupportedRangeAreRejected() {
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.lunarNewYear(1899)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.lunarNewYear(2200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(1800, 1, 1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(2300, 1, 1, false)).isInstanceOf(IllegalArgumentException.class);

        assertThat(LunarCalendar.toLunar(LocalDate.of(1900, 1, 1))).isNotNull();
        assertThat(LunarCalendar.toLunar(LocalDate.of(2199, 12, 31))).isNotNull();
        assertThat(LunarCalendar.lunarNewYear(1900)).isNotNull();
        assertThat(LunarCalendar.lunarNewYear(2199)).isNotNull();
    }

    // ---------------------------------------------------------------------------------------------
    // Round trips and structural consistency
    // ---------------------------------------------------------------------------------------------

    @Test
    void roundTripForEveryDayOf2024To2027() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2027, 12, 31)); d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(d);
            assertThat(LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
                    .as("round trip of %s (%s)", d, lunar)
                    .isEqualTo(d);
        }
    }

    @Test
    void wholeSupportedRangeIsConsistent() {
        LocalDate first = LunarCalendar.MIN_DATE;
        LocalDate last = LunarCalendar.MAX_DATE;
        LunarDate previous = LunarCalendar.toLunar(first);
        List<Integer> leapMonthsPerYear = new ArrayList<>();
        int monthsInCurrentYear = 0;
        int leapMonthsInCurrentYear = 0;
        int currentYear = previous.year();
        for (LocalDate d = first.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            LunarDate current = LunarCalendar.toLunar(d);
            assertThat(LunarCalendar.toSolar(current.year(), current.month(), current.day(), current.leapMonth()))
                    .as("round trip of %s (%s)", d, current)
                    .isEqualTo(d);
            if (current.day() == 1) {
                assertThat(previous.day()).as("length of the month ending %s", d.minusDays(1)).isBetween(29, 30);
                if (current.year() != previous.year()) {
                    // New year: 12 -> 1 of the next year.
                    assertThat(previous.month()).isEqualTo(12);
                    assertThat(current).isEqualTo(new LunarDate(previous.year() + 1, 1, 1, false));
                    assertThat(d.getMonthValue()).isIn(1, 2);
                    assertThat(d).isBetween(LocalDate.of(d.getYear(), 1, 21), LocalDate.of(d.getYear(), 2, 20));
                    if (previous.year() >= first.getYear()) {
                        // Complete years only: 12 regular months plus at most one leap month.
                        assertThat(monthsInCurrentYear + 1).as("months in lunar year %d", currentYear).isIn(12, 13);
                        assertThat(monthsInCurrentYear + 1 - 12).isEqualTo(leapMonthsInCurrentYear);
                        leapMonthsPerYear.add(leapMonthsInCurrentYear);
                    }
                    currentYear = current.year();
                    monthsInCurrentYear = 0;
                    leapMonthsInCurrentYear = 0;
                } else if (current.leapMonth()) {
                    assertThat(current.month()).isEqualTo(previous.month());
                    assertThat(previous.leapMonth()).isFalse();
                    monthsInCurrentYear++;
                    leapMonthsInCurrentYear++;
                } else {
                    assertThat(current.month()).isEqualTo(previous.month() + 1);
                    monthsInCurrentYear++;
                }
            } else {
                assertThat(current).isEqualTo(new LunarDate(
                        previous.year(), previous.month(), previous.day() + 1, previous.leapMonth()));
            }
            previous = current;
        }
        // Metonic cycle: 7 leap months every 19 years, so roughly 110 leap years in 299 whole years.
        long leapYears = leapMonthsPerYear.stream().filter(n -> n == 1).count();
        assertThat(leapMonthsPerYear).hasSizeGreaterThan(290);
        assertThat(leapYears).isBetween(105L, 115L);
    }
}
