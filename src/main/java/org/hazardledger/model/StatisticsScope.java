package org.hazardledger.model;

import java.util.Set;
import java.util.UUID;

/**
 * Which hazards a statistics query looks at: those registered in one of {@code units} (null = all),
 * rectified at {@code tier} (null = all) and of {@code category} (null = all).
 */
public record StatisticsScope(Set<UUID> units, Tier tier, String category) {

    public static final StatisticsScope ALL = new StatisticsScope(null, null, null);

    public StatisticsScope {
        units = units == null ? null : Set.copyOf(units);
    }
}
