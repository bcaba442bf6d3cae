package org.hazardledger.service;

import java.util.List;
import java.util.Random;

/** Random choices for the demo generator; always from the caller's seeded {@link Random}. */
final class DemoPick {

    private DemoPick() {
    }

    static <T> T one(Random rng, List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return values.get(rng.nextInt(values.size()));
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static int between(Random rng, int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }

    static boolean chance(Random rng, double probability) {
        return rng.nextDouble() < probability;
    }

    /** One of {@code values}, each as likely as its weight. */
    static <T> T weighted(Random rng, List<T> values, int... weights) {
        if (values.size() != weights.length) {
            throw new IllegalArgumentException("one weight per value");
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
