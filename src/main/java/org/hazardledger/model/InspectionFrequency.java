package org.hazardledger.model;

/** How often a tier must inspect at least (DOMAIN.md, 四级排查). */
public enum InspectionFrequency implements Labelled {
    DAILY,
    WEEKLY,
    /** Once in each half of the month: the 1st–15th and the 16th–end. */
    HALF_MONTHLY;

    @Override
    public String labelKey() {
        return "frequency." + name();
    }
}
