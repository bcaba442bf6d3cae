package org.hazardledger.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The figures of a set of timed runs, in milliseconds. The median of an even count is the mean of
 * the two middle runs; p95 is the nearest-rank percentile (the smallest run that at least 95% of
 * the runs do not exceed), so with fewer than 20 runs it is the slowest run.
 */
record BenchStats(int runs, double median, long p95, long min, long max) {

    static BenchStats of(List<Long> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        int rank = (int) Math.ceil(0.95 * n);
        return new BenchStats(n, median, sorted.get(rank - 1), sorted.get(0), sorted.get(n - 1));
    }
}
