package org.hazardledger.model;

/** Why a hazard is major: the two grounds the national rules give. */
public enum MajorReason implements Labelled {
    /** Production must stop in whole or part, and fixing takes time. */
    PRODUCTION_STOP_REQUIRED,
    /** The enterprise cannot fix it alone because of outside factors. */
    OUTSIDE_FACTORS;

    @Override
    public String labelKey() {
        return "majorReason." + name();
    }
}
