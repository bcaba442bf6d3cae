package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed file holds the State Council schedules exactly (notices of 2024-11-12 and 2025-11-04). */
class HolidaySeedTest {

    @Test
    void theFileHasItsHeaderAndOneRowPerDateInOrder() {
        assertThat(HolidaySeed.lines().get(0)).isEqualTo("date,kind,festival_zh,festival_en");
        List<LocalDate> dates = HolidaySeed.rows().stream().map(HolidaySeed.Row::date).toList();
        assertThat(dates).isSorted().doesNotHaveDuplicates();
        assertThat(HolidaySeed.rows()).allSatisfy(r -> {
            assertThat(r.kind()).isIn("HOLIDAY", "MAKE_UP_WORKING_DAY");
            assertThat(r.festivalZh()).isNotBlank();
            assertThat(r.festivalEn()).isNotBlank().doesNotContain("'");
        });
    }

    @Test
    void theMakeUpWorkingDaysOf2025And2026AreTheAnnouncedWeekendDays() {
        Set<LocalDate> makeUp = HolidaySeed.rows().stream().filter(r -> r.kind().equals("MAKE_UP_WORKING_DAY"))
                .map(HolidaySeed.Row::date).collect(Collectors.toSet());
        assertThat(makeUp).containsExactlyInAnyOrder(
                of(2025, 1, 26), of(2025, 2, 8), of(2025, 4, 27), of(2025, 9, 28), of(2025, 10, 11),
                of(2026, 1, 4), of(2026, 2, 14), of(2026, 2, 28), of(2026, 5, 9), of(2026, 9, 20), of(2026, 10, 10));
        assertThat(makeUp).allSatisfy(d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void theHolidayRunsAreTheAnnouncedOnes() {
        Set<LocalDate> holidays = HolidaySeed.rows().stream().filter(r -> r.kind().equals("HOLIDAY"))
                .map(HolidaySeed.Row::date).collect(Collectors.toSet());
        assertThat(holidays).containsAll(run(of(2025, 1, 28), of(2025, 2, 4))).containsAll(run(of(2025, 10, 1), of(2025, 10, 8)))
                .containsAll(run(of(2026, 2, 15), of(2026, 2, 23))).containsAll(run(of(2026, 10, 1), of(2026, 10, 7)));
        // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7
        assertThat(holidays.stream().filter(d -> d.getYear() == 2025)).hasSize(28);
        assertThat(holidays.stream().filter(d -> d.getYear() == 2026)).hasSize(33);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void eachYearHasItsWeekdaysLessTheThirteenStatutoryHolidayDays(int year) {
        // 调休 only moves rest days, so the count must come out at weekdays - 13 (the 2024 rules:
        // 元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3)
        WorkingCalendar cn = HolidaySeed.calendar();
        LocalDate lastDayBefore = of(year - 1, 12, 31);
        int weekdays = WorkingCalendar.weekdaysOnly().workingDaysBetween(lastDayBefore, of(year, 12, 31));
        assertThat(weekdays).isEqualTo(261);
        assertThat(cn.workingDaysBetween(lastDayBefore, of(year, 12, 31))).isEqualTo(weekdays - 13).isEqualTo(248);
    }

    private static List<LocalDate> run(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
