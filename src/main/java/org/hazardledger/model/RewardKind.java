package org.hazardledger.model;

/** Whom a reward is for: the person who found a hazard, or the (pseudonymous) reporter of a safety report. */
public enum RewardKind implements Labelled {
    HAZARD_FINDER,
    SAFETY_REPORT;

    @Override
    public String labelKey() {
        return "rewardKind." + name();
    }
}
