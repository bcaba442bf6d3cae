package org.hazardledger.model;

/** Focus industries of the campaign, plus the rest. */
public enum Industry implements Labelled {
    CHEMICALS,
    COAL,
    NON_COAL_MINING,
    METALLURGY,
    CONSTRUCTION,
    TRANSPORT,
    OTHER;

    @Override
    public String labelKey() {
        return "industry." + name();
    }
}
