package org.hazardledger.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The four inspection tiers, lowest first. A hazard is rectified at the lowest tier able to,
 * and escalates one tier at a time.
 */
public enum Tier implements Labelled {
    POST(InspectionFrequency.DAILY),
    TEAM(InspectionFrequency.DAILY),
    WORKSHOP(InspectionFrequency.WEEKLY),
    PLANT(InspectionFrequency.HALF_MONTHLY);

    private final InspectionFrequency minimumFrequency;

    Tier(InspectionFrequency minimumFrequency) {
        this.minimumFrequency = minimumFrequency;
    }

    public InspectionFrequency minimumFrequency() {
        return minimumFrequency;
    }

    /** The tier a hazard goes to when this one cannot fix it; empty at the plant (then the unit head). */
    public Optional<Tier> next() {
        int n = ordinal() + 1;
        return n < values().length ? Optional.of(values()[n]) : Optional.empty();
    }

    /**
     * The tier whose leadership and union body answer for hazards rectified at this tier: a post has
     * no union body of its own, so its team (班组长, 工会小组) answers for it.
     */
    public Tier answerableTier() {
        return this == POST ? TEAM : this;
    }

    /** The tiers whose hazards the leadership and union body of {@code tier} answer for (the inverse of the above). */
    public static Set<Tier> answeredAt(Tier tier) {
        Set<Tier> out = EnumSet.noneOf(Tier.class);
        for (Tier t : values()) {
            if (t.answerableTier() == tier) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public String labelKey() {
        return "tier." + name();
    }
}
