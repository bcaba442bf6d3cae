package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {

    @Test
    void aQuarterRunsThreeMonthsAndIsDueOnTheFifteenthOfTheNextMonth() {
        StatisticsPeriod q2 = StatisticsPeriod.quarter(2026, 2);
        assertThat(q2.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q2.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q2.dueOn()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(q2.code()).isEqualTo("2026-Q2");
        assertThat(StatisticsPeriod.quarter(2026, 1).dueOn()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void theFourthQuarterIsDueInJanuaryOfTheNextYear() {
        StatisticsPeriod q4 = StatisticsPeriod.quarter(2026, 4);
        assertThat(q4.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q4.dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void theYearsTableIsDueOnTheThirtyFirstOfJanuary() {
        StatisticsPeriod year = StatisticsPeriod.annual(2026);
        assertThat(year.annual()).isTrue();
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(year.dueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(year.code()).isEqualTo("2026");
    }

    @Test
    void thereAreFourQuarters() {
        assertThatThrownBy(() -> StatisticsPeriod.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatisticsPeriod.quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
