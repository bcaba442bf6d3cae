package org.hazardledger.model;

/** How a safety report (举报) reached the enterprise. */
public enum ReportChannel implements Labelled {
    /** 12350 安全生产举报电话. */
    HOTLINE_12350,
    /** 12351 职工维权热线. */
    HOTLINE_12351,
    LETTER,
    IN_PERSON,
    /** Nobody known: nothing to seal. */
    ANONYMOUS;

    @Override
    public String labelKey() {
        return "reportChannel." + name();
    }
}
