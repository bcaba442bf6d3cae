package org.hazardledger.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Chinese personal names for the demo people: each used once, common surnames more often. */
final class DemoNames {

    private DemoNames() {
    }

    static List<String> draw(Random rng, List<String> surnames, List<String> givenNames, int count) {
        if ((long) surnames.size() * givenNames.size() < count * 4L) {
            throw new IllegalStateException("too few name parts in seeds/demo for " + count + " people");
        }
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            // Squaring skews towards the top of the list, where the frequent surnames are.
            double r = rng.nextDouble();
            String surname = surnames.get((int) (r * r * surnames.size()));
            names.add(surname + DemoPick.one(rng, givenNames));
        }
        return new ArrayList<>(names);
    }
}
