package org.hazardledger.model;

/** Where a hazard stands in its lifecycle (登记建档 → 治理 → 验收 → 销号). */
public enum HazardStatus implements Labelled {
    /** Registered, not yet given its rectification (五定). */
    REGISTERED(true),
    /** Measures, responsible person and deadline set; work under way. */
    RECTIFYING(true),
    /** Reported rectified; waits for acceptance and the union's sign-off. */
    AWAITING_ACCEPTANCE(true),
    /** Accepted, signed off and struck off the open ledger (销号). */
    CLOSED(false);

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
