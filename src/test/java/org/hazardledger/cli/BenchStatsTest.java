package org.hazardledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Median and p95 of timed runs, as the bench command prints them. */
class BenchStatsTest {

    @Test
    void anOddCountHasItsMiddleRunAsMedian() {
        BenchStats s = BenchStats.of(List.of(500L, 100L, 300L));

        assertThat(s.median()).isEqualTo(300.0);
        assertThat(s.min()).isEqualTo(100);
        assertThat(s.max()).isEqualTo(500);
        assertThat(s.runs()).isEqualTo(3);
    }

    @Test
    void anEvenCountAveragesTheTwoMiddleRuns() {
        assertThat(BenchStats.of(List.of(400L, 100L, 300L, 200L)).median()).isEqualTo(250.0);
    }

    @Test
    void p95IsTheNearestRank() {
        List<Long> twenty = LongStream.rangeClosed(1, 20).boxed().toList();
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();

        assertThat(BenchStats.of(twenty).p95()).isEqualTo(19);
        assertThat(BenchStats.of(hundred).p95()).isEqualTo(95);
        assertThat(BenchStats.of(List.of(10L, 900L, 20L, 30L, 40L)).p95()).as("few runs: the slowest").isEqualTo(900);
        assertThat(BenchStats.of(List.of(7L)).p95()).isEqualTo(7);
    }

    @Test
    void noRunsIsAnError() {
        assertThatThrownBy(() -> BenchStats.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
