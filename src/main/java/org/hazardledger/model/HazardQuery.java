package org.hazardledger.model;

import java.util.Set;
import java.util.UUID;

/**
 * What the ledger view asks for: every part optional. {@code unitId} includes the unit's whole
 * subtree; {@code text} matches number, place and description.
 */
public record HazardQuery(Set<HazardStatus> statuses, Tier rectifyingTier, UUID unitId, Grade grade,
                          boolean overdueOnly, String text, Set<Tier> anyOfTiers) {

    public static final HazardQuery ALL = new HazardQuery(Set.of(), null, null, null, false, null);

    public HazardQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        anyOfTiers = anyOfTiers == null ? Set.of() : Set.copyOf(anyOfTiers);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public HazardQuery(Set<HazardStatus> statuses, Tier rectifyingTier, UUID unitId, Grade grade, boolean overdueOnly,
                       String text) {
        this(statuses, rectifyingTier, unitId, grade, overdueOnly, text, Set.of());
    }

    public HazardQuery withUnit(UUID unit) {
        return new HazardQuery(statuses, rectifyingTier, unit, grade, overdueOnly, text, anyOfTiers);
    }

    /** Only hazards rectified at one of {@code tiers} (empty: any); "my tasks" of a scoped account. */
    public HazardQuery withAnyOfTiers(Set<Tier> tiers) {
        return new HazardQuery(statuses, rectifyingTier, unitId, grade, overdueOnly, text, tiers);
    }

    public HazardQuery withStatuses(Set<HazardStatus> s) {
        return new HazardQuery(s, rectifyingTier, unitId, grade, overdueOnly, text, anyOfTiers);
    }

    /** Only hazards rectified at {@code tier} (null: any). */
    public HazardQuery withRectifyingTier(Tier tier) {
        return new HazardQuery(statuses, tier, unitId, grade, overdueOnly, text, anyOfTiers);
    }

    /** Only open hazards past their deadline (when {@code overdue}). */
    public HazardQuery withOverdueOnly(boolean overdue) {
        return new HazardQuery(statuses, rectifyingTier, unitId, grade, overdue, text, anyOfTiers);
    }

    public HazardQuery withText(String t) {
        return new HazardQuery(statuses, rectifyingTier, unitId, grade, overdueOnly, t, anyOfTiers);
    }
}
