package org.hazardledger.model;

/** The answer to one checklist item in an inspection round. */
public enum RoundAnswer implements Labelled {
    OK,
    FAILED,
    NOT_APPLICABLE;

    @Override
    public String labelKey() {
        return "roundAnswer." + name();
    }
}
