package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Beijing time is UTC+8: 23:59:59 there is 15:59:59Z, midnight is 16:00:00Z of the day before. */
class LedgerDayTest {

    private static final LedgerDay DAY = LedgerDay.china();

    @Test
    void theLastSecondOfTheDeadlineDayIsNotOverdueAndMidnightIs() {
        LocalDate deadline = of(2026, 6, 30);
        Instant lastSecond = Instant.parse("2026-06-30T15:59:59Z");
        Instant midnight = Instant.parse("2026-06-30T16:00:00Z");
        assertThat(DAY.dateOf(lastSecond)).isEqualTo(deadline);
        assertThat(DAY.dateOf(midnight)).isEqualTo(of(2026, 7, 1));
        assertThat(Hazard.isOverdue(HazardStatus.RECTIFYING, deadline, DAY.dateOf(lastSecond))).isFalse();
        assertThat(Hazard.isOverdue(HazardStatus.RECTIFYING, deadline, DAY.dateOf(midnight))).isTrue();
    }

    @Test
    void aDeskWhoseClockRunsInUtcStillTurnsOverAtBeijingMidnight() {
        Clock utc = Clock.fixed(Instant.parse("2026-06-30T16:00:00Z"), ZoneOffset.UTC);
        assertThat(LocalDate.now(utc)).as("what a UTC JVM would say").isEqualTo(of(2026, 6, 30));
        assertThat(DAY.today(utc)).isEqualTo(of(2026, 7, 1));
        Clock utcMorning = Clock.fixed(Instant.parse("2026-07-01T07:59:59Z"), ZoneOffset.UTC);
        assertThat(DAY.today(utcMorning)).as("15:59:59 in Beijing").isEqualTo(of(2026, 7, 1));
    }

    @Test
    void atYearEndMidnightStartsTheNewYear() {
        LocalDate deadline = of(2026, 12, 31);
        assertThat(DAY.dateOf(Instant.parse("2026-12-31T15:59:59Z"))).isEqualTo(deadline);
        assertThat(DAY.dateOf(Instant.parse("2026-12-31T16:00:00Z"))).isEqualTo(of(2027, 1, 1));
        assertThat(Hazard.isOverdue(HazardStatus.AWAITING_ACCEPTANCE, deadline,
                DAY.dateOf(Instant.parse("2026-12-31T16:00:00Z")))).isTrue();
    }

    @Test
    void aDeadlineOnTheTwentyNinthOfFebruary2028LastsTheWholeDay() {
        LocalDate deadline = of(2028, 2, 29);
        assertThat(DAY.dateOf(Instant.parse("2028-02-28T16:00:00Z"))).isEqualTo(deadline);
        assertThat(DAY.dateOf(Instant.parse("2028-02-29T15:59:59Z"))).isEqualTo(deadline);
        assertThat(DAY.dateOf(Instant.parse("2028-02-29T16:00:00Z"))).isEqualTo(of(2028, 3, 1));
        assertThat(Hazard.isOverdue(HazardStatus.RECTIFYING, deadline, DAY.dateOf(Instant.parse("2028-02-29T15:59:59Z"))))
                .isFalse();
        assertThat(Hazard.isOverdue(HazardStatus.RECTIFYING, deadline, DAY.dateOf(Instant.parse("2028-02-29T16:00:00Z"))))
                .isTrue();
    }

    @Test
    void anImmediateClockTurnsRedAtBeijingMidnight() {
        Deadline clock = ReplyClock.immediate(of(2028, 2, 29), WorkingCalendar.weekdaysOnly());
        assertThat(clock.stateOn(DAY.dateOf(Instant.parse("2028-02-29T15:59:59Z")))).isEqualTo(ClockState.DUE_TODAY);
        assertThat(clock.stateOn(DAY.dateOf(Instant.parse("2028-02-29T16:00:00Z")))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aReplyDueOnNewYearsEveIsOverdueFromTheFirstSecondOfJanuary() {
        // Wed 10 Dec 2025 + 15 working days = Wed 31 Dec 2025
        Deadline clock = ReplyClock.DEFAULT.forProposal(of(2025, 12, 10), HolidaySeed.calendar());
        assertThat(clock.due()).isEqualTo(of(2025, 12, 31));
        assertThat(clock.stateOn(DAY.dateOf(Instant.parse("2025-12-31T15:59:59Z")))).isEqualTo(ClockState.DUE_TODAY);
        assertThat(clock.stateOn(DAY.dateOf(Instant.parse("2025-12-31T16:00:00Z")))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void anotherZoneCanBeConfigured() {
        LedgerDay utc = new LedgerDay(ZoneOffset.UTC);
        assertThat(utc.dateOf(Instant.parse("2026-06-30T16:00:00Z"))).isEqualTo(of(2026, 6, 30));
        assertThat(LedgerDay.CHINA.getId()).isEqualTo("Asia/Shanghai");
    }
}
