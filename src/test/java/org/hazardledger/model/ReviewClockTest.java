package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewClockTest {

    private static final WorkingCalendar CN = HolidaySeed.calendar();

    @Test
    void theReviewIsDueTenCalendarDaysAfterTheRequestByDefault() {
        assertThat(ReviewClock.DEFAULT).isEqualTo(new ReviewClock(10, DayCounting.CALENDAR));
        Deadline clock = ReviewClock.DEFAULT.forRequest(of(2026, 3, 2), CN);
        assertThat(clock.due()).isEqualTo(of(2026, 3, 12));
        assertThat(clock.counting()).isEqualTo(DayCounting.CALENDAR);
    }

    @Test
    void calendarDaysRunThroughAHolidayAndMayEndInIt() {
        assertThat(ReviewClock.DEFAULT.forRequest(of(2025, 9, 26), CN).due()).isEqualTo(of(2025, 10, 6));
    }

    @Test
    void calendarDaysEndingOnARestDayCanMoveToTheNextWorkingDay() {
        ReviewClock rule = new ReviewClock(10, DayCounting.CALENDAR_NEXT_WORKING_DAY);
        assertThat(rule.forRequest(of(2025, 9, 26), CN).due()).as("6 Oct is 国庆").isEqualTo(of(2025, 10, 9));
        assertThat(rule.forRequest(of(2026, 3, 4), CN).due()).as("Saturday 14 Mar").isEqualTo(of(2026, 3, 16));
        assertThat(rule.forRequest(of(2025, 10, 1), CN).due()).as("Saturday 11 Oct is a make-up day")
                .isEqualTo(of(2025, 10, 11));
        assertThat(rule.forRequest(of(2026, 3, 2), CN).due()).as("a Thursday stays").isEqualTo(of(2026, 3, 12));
    }

    @Test
    void workingDaysSkipTheHolidayAndCountTheMakeUpDays() {
        ReviewClock rule = new ReviewClock(10, DayCounting.WORKING);
        // 28 Sep 1, 29-30 Sep 2-3, 9-10 Oct 4-5, 11 Oct 6, 13-16 Oct 7-10
        assertThat(rule.forRequest(of(2025, 9, 26), CN).due()).isEqualTo(of(2025, 10, 16));
        assertThat(rule.forRequest(of(2026, 3, 2), CN).due()).isEqualTo(of(2026, 3, 16));
    }

    @Test
    void daysLeftAreCountedTheWayTheClockCounts() {
        Deadline calendar = ReviewClock.DEFAULT.forRequest(of(2026, 3, 2), CN);
        Deadline working = new ReviewClock(10, DayCounting.WORKING).forRequest(of(2026, 3, 2), CN);
        assertThat(calendar.daysLeft(of(2026, 3, 6))).isEqualTo(6);
        assertThat(working.daysLeft(of(2026, 3, 6))).isEqualTo(6);
        assertThat(calendar.daysLeft(of(2026, 3, 7))).isEqualTo(5);
        assertThat(working.daysLeft(of(2026, 3, 7))).as("Saturday").isEqualTo(6);
        assertThat(calendar.daysLeft(of(2026, 3, 14))).isEqualTo(-2);
        assertThat(working.daysLeft(of(2026, 3, 17))).isEqualTo(-1);
    }

    @Test
    void theReviewGoesThroughTheSameStatesAsAReply() {
        Deadline clock = ReviewClock.DEFAULT.forRequest(of(2026, 3, 2), CN);
        assertThat(clock.stateOn(of(2026, 3, 11))).isEqualTo(ClockState.PENDING);
        assertThat(clock.stateOn(of(2026, 3, 12))).isEqualTo(ClockState.DUE_TODAY);
        assertThat(clock.stateOn(of(2026, 3, 13))).isEqualTo(ClockState.OVERDUE);
        LocalDate later = of(2026, 4, 1);
        assertThat(clock.stateOn(later, Optional.of(of(2026, 3, 12)))).isEqualTo(ClockState.ANSWERED_IN_TIME);
        assertThat(clock.stateOn(later, Optional.of(of(2026, 3, 13)))).isEqualTo(ClockState.ANSWERED_LATE);
    }

    @Test
    void lessThanOneDayIsRefusedWithItsKey() {
        assertThatThrownBy(() -> new ReviewClock(0, DayCounting.CALENDAR)).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("error.clock.reviewDays");
                    assertThat(((DomainException) e).args()).containsExactly(0);
                });
        assertThatThrownBy(() -> new ReviewClock(10, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDueDayBeforeTheStartIsAProgrammingError() {
        assertThatThrownBy(() -> new Deadline(of(2026, 3, 2), of(2026, 3, 1), DayCounting.CALENDAR, CN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
