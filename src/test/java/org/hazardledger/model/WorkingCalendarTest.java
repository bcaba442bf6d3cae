package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final WorkingCalendar PLAIN = WorkingCalendar.weekdaysOnly();
    private static final WorkingCalendar CN = HolidaySeed.calendar();

    @Test
    void withoutHolidaysMondayToFridayWorkAndTheWeekendRests() {
        LocalDate monday = of(2026, 3, 2);
        for (int i = 0; i < 5; i++) {
            assertThat(PLAIN.isWorkingDay(monday.plusDays(i))).as("weekday %d", i).isTrue();
        }
        assertThat(PLAIN.isWorkingDay(of(2026, 3, 7))).isFalse();
        assertThat(PLAIN.isWorkingDay(of(2026, 3, 8))).isFalse();
    }

    @Test
    void aPublicHolidayRestsAndAMakeUpWeekendDayWorks() {
        assertThat(CN.isWorkingDay(of(2025, 10, 1))).as("国庆, a Wednesday").isFalse();
        assertThat(CN.isWorkingDay(of(2025, 10, 11))).as("make-up Saturday").isTrue();
        assertThat(CN.isWorkingDay(of(2025, 9, 28))).as("make-up Sunday").isTrue();
        assertThat(CN.isWorkingDay(of(2025, 10, 12))).as("an ordinary Sunday").isFalse();
        assertThat(CN.isWorkingDay(of(2025, 10, 9))).as("the Thursday after the holiday").isTrue();
    }

    @Test
    void theStartDayIsNotCountedAndZeroDaysIsTheStartItself() {
        LocalDate monday = of(2026, 3, 2);
        assertThat(PLAIN.plusWorkingDays(monday, 0)).isEqualTo(monday);
        assertThat(PLAIN.plusWorkingDays(monday, 1)).isEqualTo(of(2026, 3, 3));
        assertThat(PLAIN.plusWorkingDays(of(2026, 3, 7), 0)).as("zero days from a Saturday").isEqualTo(of(2026, 3, 7));
    }

    @Test
    void fifteenWorkingDaysFromAMondaySpanTwoWeekendsAndEndOnAMonday() {
        assertThat(PLAIN.plusWorkingDays(of(2026, 3, 2), 15)).isEqualTo(of(2026, 3, 23));
    }

    @Test
    void startingOnAFridayASaturdayOrASundayGivesTheSameDueDay() {
        LocalDate due = of(2026, 3, 27);
        assertThat(PLAIN.plusWorkingDays(of(2026, 3, 6), 15)).as("from Friday").isEqualTo(due);
        assertThat(PLAIN.plusWorkingDays(of(2026, 3, 7), 15)).as("from Saturday").isEqualTo(due);
        assertThat(PLAIN.plusWorkingDays(of(2026, 3, 8), 15)).as("from Sunday").isEqualTo(due);
        assertThat(PLAIN.plusWorkingDays(of(2026, 3, 9), 15)).as("from Monday").isEqualTo(of(2026, 3, 30));
    }

    @Test
    void fifteenWorkingDaysAcrossTheNationalDayHolidayCountTheMakeUpWeekendDays() {
        // Fri 26 Sep 2025: 28 Sep (Sun, make-up) 1, 29-30 Sep 2-3, 1-8 Oct off, 9-10 Oct 4-5,
        // 11 Oct (Sat, make-up) 6, 13-17 Oct 7-11, 20-23 Oct 12-15
        assertThat(CN.plusWorkingDays(of(2025, 9, 26), 15)).isEqualTo(of(2025, 10, 23));
        assertThat(PLAIN.plusWorkingDays(of(2025, 9, 26), 15)).as("without the schedule").isEqualTo(of(2025, 10, 17));
    }

    @Test
    void aDayBeforeTheSpringFestivalTheNextWorkingDayIsTheMakeUpSaturday() {
        assertThat(CN.plusWorkingDays(of(2026, 2, 13), 1)).isEqualTo(of(2026, 2, 14));
        assertThat(CN.plusWorkingDays(of(2026, 2, 14), 1)).as("then nine days off").isEqualTo(of(2026, 2, 24));
    }

    @Test
    void atYearEndTheNextYearsScheduleDecidesTheDueDay() {
        // Fri 19 Dec 2025: 22-26 Dec 1-5, 29-31 Dec 6-8, 1-3 Jan 2026 off, 4 Jan (Sun, make-up) 9,
        // 5-9 Jan 10-14, 12 Jan 15
        assertThat(CN.plusWorkingDays(of(2025, 12, 19), 15)).isEqualTo(of(2026, 1, 12));
        WorkingCalendar only2025 = HolidaySeed.calendarOf(2025);
        assertThat(only2025.plusWorkingDays(of(2025, 12, 19), 15)).as("2026 not entered").isEqualTo(of(2026, 1, 9));
        assertThat(only2025.hasScheduleFor(Year.of(2026))).isFalse();
        assertThat(CN.hasScheduleFor(Year.of(2026))).isTrue();
    }

    @Test
    void workingDaysBetweenCountsAfterFromUpToAndIncludingTo() {
        assertThat(PLAIN.workingDaysBetween(of(2026, 3, 2), of(2026, 3, 2))).isZero();
        assertThat(PLAIN.workingDaysBetween(of(2026, 3, 6), of(2026, 3, 8))).as("Friday to Sunday").isZero();
        assertThat(PLAIN.workingDaysBetween(of(2026, 3, 6), of(2026, 3, 9))).as("Friday to Monday").isEqualTo(1);
        assertThat(CN.workingDaysBetween(of(2025, 9, 26), of(2025, 10, 23))).isEqualTo(15);
        assertThat(CN.workingDaysBetween(of(2025, 10, 23), of(2025, 9, 26))).as("backwards").isEqualTo(-15);
    }

    @Test
    void theNextWorkingDayOrSameSkipsAHolidayRun() {
        assertThat(CN.nextWorkingDayOrSame(of(2025, 10, 6))).isEqualTo(of(2025, 10, 9));
        assertThat(CN.nextWorkingDayOrSame(of(2025, 10, 9))).isEqualTo(of(2025, 10, 9));
        assertThat(CN.nextWorkingDayOrSame(of(2025, 10, 11))).as("make-up Saturday").isEqualTo(of(2025, 10, 11));
    }

    @Test
    void aDateCannotBeBothAHolidayAndAMakeUpDay() {
        assertThatThrownBy(() -> WorkingCalendar.of(List.of(of(2025, 10, 1), of(2025, 10, 11)), List.of(of(2025, 10, 11))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("error.calendar.holidayAndMakeUp");
                    assertThat(((DomainException) e).args()).containsExactly(of(2025, 10, 11));
                });
    }

    @Test
    void aMakeUpWorkingDayMustBeASaturdayOrSunday() {
        assertThatThrownBy(() -> WorkingCalendar.of(List.of(), List.of(of(2025, 9, 29))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("error.calendar.makeUpOnWeekday");
                    assertThat(((DomainException) e).args()).containsExactly(of(2025, 9, 29));
                });
    }

    @Test
    void theFirstBadDateReportedIsTheEarliestWhateverTheInputOrder() {
        assertThatThrownBy(() -> WorkingCalendar.of(List.of(), List.of(of(2025, 10, 9), of(2025, 9, 29))))
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(of(2025, 9, 29)));
    }

    @Test
    void theOrderAndRepetitionOfTheEnteredDatesDoNotMatter() {
        WorkingCalendar a = WorkingCalendar.of(List.of(of(2025, 10, 2), of(2025, 10, 1), of(2025, 10, 1)),
                List.of(of(2025, 10, 11)));
        WorkingCalendar b = new WorkingCalendar(Set.of(of(2025, 10, 1), of(2025, 10, 2)), Set.of(of(2025, 10, 11)));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.holidays()).containsExactly(of(2025, 10, 1), of(2025, 10, 2));
    }

    @Test
    void theDatesCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> CN.holidays().add(of(2030, 1, 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNegativeCountIsAProgrammingError() {
        assertThatThrownBy(() -> PLAIN.plusWorkingDays(of(2026, 3, 2), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
