package org.hazardledger.model;

/**
 * Where a reward stands. PROPOSED → (report rewards only: CONCURRED by the enterprise union) → APPROVED
 * by the principal → PAID; PROPOSED or CONCURRED → REJECTED.
 */
public enum RewardStatus implements Labelled {
    PROPOSED,
    CONCURRED,
    APPROVED,
    PAID,
    REJECTED;

    /** Approved and not yet paid: the amount is committed against the fund. */
    public boolean committed() {
        return this == APPROVED;
    }

    /** Still waiting for a decision. */
    public boolean pending() {
        return this == PROPOSED || this == CONCURRED;
    }

    @Override
    public String labelKey() {
        return "rewardStatus." + name();
    }
}
