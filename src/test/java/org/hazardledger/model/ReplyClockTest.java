package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyClockTest {

    private static final WorkingCalendar CN = HolidaySeed.calendar();

    @Test
    void aWrittenProposalIsDueFifteenWorkingDaysAfterDeliveryByDefault() {
        Deadline clock = ReplyClock.DEFAULT.forProposal(of(2026, 3, 2), CN);
        assertThat(ReplyClock.DEFAULT.workingDays()).isEqualTo(15);
        assertThat(clock.start()).isEqualTo(of(2026, 3, 2));
        assertThat(clock.due()).isEqualTo(of(2026, 3, 23));
        assertThat(clock.counting()).isEqualTo(DayCounting.WORKING);
    }

    @Test
    void aProposalDeliveredBeforeTheNationalDayHolidayRunsOverItAndItsMakeUpDays() {
        assertThat(ReplyClock.DEFAULT.forProposal(of(2025, 9, 26), CN).due()).isEqualTo(of(2025, 10, 23));
    }

    @Test
    void aProposalDeliveredOnASaturdayStartsCountingOnMonday() {
        Deadline fromFriday = ReplyClock.DEFAULT.forProposal(of(2026, 3, 6), CN);
        Deadline fromSaturday = ReplyClock.DEFAULT.forProposal(of(2026, 3, 7), CN);
        assertThat(fromSaturday.due()).isEqualTo(fromFriday.due()).isEqualTo(of(2026, 3, 27));
    }

    @Test
    void aProposalDeliveredAtYearEndIsDueInJanuaryAfterTheNewYearHoliday() {
        assertThat(ReplyClock.DEFAULT.forProposal(of(2025, 12, 19), CN).due()).isEqualTo(of(2026, 1, 12));
    }

    @Test
    void theNumberOfWorkingDaysIsConfigurable() {
        assertThat(new ReplyClock(5).forProposal(of(2026, 3, 2), CN).due()).isEqualTo(of(2026, 3, 9));
        assertThat(new ReplyClock(1).forProposal(of(2026, 3, 6), CN).due()).isEqualTo(of(2026, 3, 9));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -15})
    void lessThanOneWorkingDayIsRefused(int days) {
        assertThatThrownBy(() -> new ReplyClock(days)).isInstanceOf(DomainException.class).satisfies(e -> {
            assertThat(((DomainException) e).messageKey()).isEqualTo("error.clock.replyDays");
            assertThat(((DomainException) e).args()).containsExactly(days);
        });
    }

    @Test
    void anUnansweredProposalIsPendingThenDueTodayThenOverdue() {
        Deadline clock = ReplyClock.DEFAULT.forProposal(of(2026, 3, 2), CN);
        assertThat(clock.stateOn(of(2026, 3, 2))).isEqualTo(ClockState.PENDING);
        assertThat(clock.stateOn(of(2026, 3, 22))).isEqualTo(ClockState.PENDING);
        assertThat(clock.stateOn(of(2026, 3, 23))).isEqualTo(ClockState.DUE_TODAY);
        assertThat(clock.stateOn(of(2026, 3, 24))).isEqualTo(ClockState.OVERDUE);
        assertThat(clock.stateOn(of(2027, 3, 24))).as("a year later, still").isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void anAnswerOnTheDueDayIsInTimeAndTheDayAfterIsLate() {
        Deadline clock = ReplyClock.DEFAULT.forProposal(of(2026, 3, 2), CN);
        LocalDate later = of(2026, 6, 1);
        assertThat(clock.stateOn(later, Optional.of(of(2026, 3, 2)))).as("same day").isEqualTo(ClockState.ANSWERED_IN_TIME);
        assertThat(clock.stateOn(later, Optional.of(of(2026, 3, 23)))).isEqualTo(ClockState.ANSWERED_IN_TIME);
        assertThat(clock.stateOn(later, Optional.of(of(2026, 3, 24)))).isEqualTo(ClockState.ANSWERED_LATE);
        assertThat(clock.stateOn(later, Optional.empty())).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void onAPastDayAnAnswerGivenLaterHasNotHappenedYet() {
        Deadline clock = ReplyClock.DEFAULT.forProposal(of(2026, 3, 2), CN);
        Optional<LocalDate> answered = Optional.of(of(2026, 3, 30));
        assertThat(clock.stateOn(of(2026, 3, 10), answered)).isEqualTo(ClockState.PENDING);
        assertThat(clock.stateOn(of(2026, 3, 25), answered)).isEqualTo(ClockState.OVERDUE);
        assertThat(clock.stateOn(of(2026, 3, 30), answered)).isEqualTo(ClockState.ANSWERED_LATE);
    }

    @Test
    void anAnswerDatedBeforeTheDeliveryIsRefused() {
        Deadline clock = ReplyClock.DEFAULT.forProposal(of(2026, 3, 2), CN);
        assertThatThrownBy(() -> clock.stateOn(of(2026, 3, 10), Optional.of(of(2026, 3, 1))))
                .isInstanceOf(DomainException.class).satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("error.clock.answerBeforeStart");
                    assertThat(((DomainException) e).args()).containsExactly(of(2026, 3, 1), of(2026, 3, 2));
                });
    }

    @Test
    void workingDaysLeftCountDownToZeroOnTheDueDayAndGoNegativeAfter() {
        Deadline clock = ReplyClock.DEFAULT.forProposal(of(2025, 9, 26), CN);
        assertThat(clock.daysLeft(of(2025, 9, 26))).isEqualTo(15);
        assertThat(clock.daysLeft(of(2025, 9, 30))).isEqualTo(12);
        assertThat(clock.daysLeft(of(2025, 10, 5))).as("in the holiday").isEqualTo(12);
        assertThat(clock.daysLeft(of(2025, 10, 23))).isZero();
        assertThat(clock.daysLeft(of(2025, 10, 24))).isEqualTo(-1);
        assertThat(clock.daysLeft(of(2025, 10, 26))).as("the Sunday after").isEqualTo(-1);
    }

    @Test
    void anEvacuationRecommendationIsDueTheSameDayAndOverdueFromTheNextUntilAnswered() {
        LocalDate delivered = of(2025, 10, 4); // a Saturday in the National Day holiday: no grace
        Deadline clock = ReplyClock.immediate(delivered, CN);
        assertThat(clock.due()).isEqualTo(delivered);
        assertThat(clock.stateOn(delivered)).isEqualTo(ClockState.DUE_TODAY);
        assertThat(clock.stateOn(delivered.plusDays(1))).isEqualTo(ClockState.OVERDUE);
        assertThat(clock.stateOn(delivered.plusDays(30))).isEqualTo(ClockState.OVERDUE);
        assertThat(clock.stateOn(delivered.plusDays(30), Optional.of(delivered))).isEqualTo(ClockState.ANSWERED_IN_TIME);
        assertThat(clock.stateOn(delivered.plusDays(30), Optional.of(delivered.plusDays(1))))
                .isEqualTo(ClockState.ANSWERED_LATE);
    }

    @Test
    void anImmediateClockCountsCalendarDaysLate() {
        Deadline clock = ReplyClock.immediate(of(2025, 10, 4), CN);
        assertThat(clock.counting()).isEqualTo(DayCounting.CALENDAR);
        assertThat(clock.daysLeft(of(2025, 10, 4))).isZero();
        assertThat(clock.daysLeft(of(2025, 10, 6))).isEqualTo(-2);
    }

    @Test
    void onlyUnansweredStatesAreOpen() {
        assertThat(ClockState.PENDING.isOpen()).isTrue();
        assertThat(ClockState.DUE_TODAY.isOpen()).isTrue();
        assertThat(ClockState.OVERDUE.isOpen()).isTrue();
        assertThat(ClockState.ANSWERED_IN_TIME.isOpen()).isFalse();
        assertThat(ClockState.ANSWERED_LATE.isOpen()).isFalse();
        assertThat(ClockState.OVERDUE.labelKey()).isEqualTo("clock.OVERDUE");
    }
}
