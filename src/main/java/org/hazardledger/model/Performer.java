package org.hazardledger.model;

import java.util.Objects;

/**
 * Who asks for a lifecycle action, as the rules see it: the account's role, the tier of the unit it
 * answers for, and whether the hazard's unit lies inside that unit's subtree.
 *
 * @param name             shown in refusals and written on the record
 * @param role             the account's role; null for a process acting without an account
 * @param scopeTier        the tier of the unit the account answers for; null = the whole enterprise
 * @param coversHazardUnit whether the hazard's unit is in the account's unit subtree
 */
public record Performer(String name, AccountRole role, Tier scopeTier, boolean coversHazardUnit) {

    public Performer {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("performer name required");
        }
    }

    /** The tier this performer's union body or leadership answers for: the enterprise answers for the plant. */
    public Tier effectiveTier() {
        return scopeTier == null ? Tier.PLANT : scopeTier;
    }
}
