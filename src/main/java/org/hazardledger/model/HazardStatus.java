package org.hazardledger.model;

/**
 * Where a hazard stands in its lifecycle (登记建档 → 治理 → 验收 → 签字确认 → 销号 → 复查).
 * Stored by name, so adding a value needs no migration of old rows. Overdue is derived, never a state.
 */
public enum HazardStatus implements Labelled {
    /** Registered and graded, not yet given its rectification (五定). */
    REGISTERED(true),
    /** A major hazard's treatment plan waits for the principal's approval. */
    AWAITING_PLAN_APPROVAL(true),
    /** Measures, responsible person and deadline set; work under way. */
    RECTIFYING(true),
    /** Reported rectified with evidence; waits for the acceptor. */
    AWAITING_ACCEPTANCE(true),
    /** Accepted; waits for the union body of the tier to sign (签字监督确认). */
    AWAITING_SIGN_OFF(true),
    /** Signed off by the union; waits to be struck off the open ledger. */
    SIGNED_OFF(true),
    /** Struck off the open ledger (销号). */
    CLOSED(false),
    /** Found not to be a hazard; kept in the ledger with the reason. */
    REJECTED(false),
    /** A duplicate of another hazard; kept in the ledger with the reason and the other number. */
    MERGED(false);

    private final boolean open;

    HazardStatus(boolean open) {
        this.open = open;
    }

    /** Open hazards count towards the open ledger and can become overdue. */
    public boolean isOpen() {
        return open;
    }

    @Override
    public String labelKey() {
        return "status." + name();
    }
}
