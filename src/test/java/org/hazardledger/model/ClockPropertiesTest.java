package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** What must hold for any schedule an enterprise may enter, not only the official ones. */
class ClockPropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2025, 1, 1);

    @Property
    void countingForwardAndBackAgreeAndLandOnAWorkingDay(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("days") LocalDate start, @ForAll @IntRange(min = 0, max = 40) int n) {
        LocalDate due = calendar.plusWorkingDays(start, n);
        assertThat(calendar.workingDaysBetween(start, due)).isEqualTo(n);
        if (n > 0) {
            assertThat(calendar.isWorkingDay(due)).isTrue();
            assertThat(calendar.workingDaysBetween(start, due.minusDays(1))).as("the first such day").isEqualTo(n - 1);
        } else {
            assertThat(due).isEqualTo(start);
        }
    }

    @Property
    void workingDaysBetweenAddUpAndReverse(@ForAll("calendars") WorkingCalendar calendar, @ForAll("days") LocalDate a,
            @ForAll("days") LocalDate b, @ForAll("days") LocalDate c) {
        assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
                .isEqualTo(calendar.workingDaysBetween(a, c));
        assertThat(calendar.workingDaysBetween(b, a)).isEqualTo(-calendar.workingDaysBetween(a, b));
    }

    @Property
    void anUnansweredClockIsPendingBeforeDueTodayOnAndOverdueAfterItsDueDay(
            @ForAll("calendars") WorkingCalendar calendar, @ForAll("days") LocalDate start,
            @ForAll @IntRange(min = 1, max = 30) int days, @ForAll DayCounting counting,
            @ForAll @IntRange(min = -5, max = 60) int offset) {
        Deadline clock = new ReviewClock(days, counting).forRequest(start, calendar);
        LocalDate today = start.plusDays(offset);
        ClockState state = clock.stateOn(today);
        int left = clock.daysLeft(today);
        if (today.isBefore(clock.due())) {
            assertThat(state).isEqualTo(ClockState.PENDING);
            assertThat(left).isPositive();
        } else if (today.isEqual(clock.due())) {
            assertThat(state).isEqualTo(ClockState.DUE_TODAY);
            assertThat(left).isZero();
        } else {
            assertThat(state).isEqualTo(ClockState.OVERDUE);
            assertThat(left).isNotPositive();
        }
    }

    @Property
    void anAnswerGivenByTodayDecidesTheStateByTheDueDayAlone(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("days") LocalDate delivered, @ForAll @IntRange(min = 0, max = 60) int answerAfter,
            @ForAll @IntRange(min = 0, max = 60) int lookedAtAfter) {
        Deadline clock = ReplyClock.DEFAULT.forProposal(delivered, calendar);
        LocalDate answered = delivered.plusDays(answerAfter);
        LocalDate today = answered.plusDays(lookedAtAfter);
        assertThat(clock.stateOn(today, Optional.of(answered)))
                .isEqualTo(answered.isAfter(clock.due()) ? ClockState.ANSWERED_LATE : ClockState.ANSWERED_IN_TIME);
    }

    @Property
    void movingPastRestDaysOnlyEverMovesTheDueDayToTheFirstWorkingDay(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("days") LocalDate start, @ForAll @IntRange(min = 1, max = 30) int days) {
        LocalDate plain = new ReviewClock(days, DayCounting.CALENDAR).forRequest(start, calendar).due();
        LocalDate moved = new ReviewClock(days, DayCounting.CALENDAR_NEXT_WORKING_DAY).forRequest(start, calendar).due();
        assertThat(plain).isEqualTo(start.plusDays(days));
        assertThat(moved).isAfterOrEqualTo(plain);
        assertThat(calendar.isWorkingDay(moved)).isTrue();
        assertThat(plain.datesUntil(moved)).noneMatch(calendar::isWorkingDay);
        assertThat(ChronoUnit.DAYS.between(plain, moved)).isLessThan(366);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 730).map(BASE::plusDays);
    }

    /** The official schedule, or random holidays on any day and make-up days on weekends. */
    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        Arbitrary<Set<LocalDate>> holidays = days().set().ofMaxSize(80);
        Arbitrary<Set<LocalDate>> weekends = days()
                .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)
                .set().ofMaxSize(20);
        Arbitrary<WorkingCalendar> random = Combinators.combine(holidays, weekends).as((h, w) -> {
            Set<LocalDate> makeUp = new HashSet<>(w);
            makeUp.removeAll(h);
            return WorkingCalendar.of(h, makeUp);
        });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(HolidaySeed.calendar())),
                Tuple.of(4, random));
    }
}
