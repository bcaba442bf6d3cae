package org.hazardledger.model;

/**
 * Where a unit stands in one round period: DONE = at least one round held; MISSED = the period ended
 * before today with none; DUE = the period contains today and none is held yet; UPCOMING = it starts
 * after today; NOT_REQUIRED = no day of it is on duty (rota day off, holiday, before the unit existed).
 */
public enum ComplianceState implements Labelled {
    DONE,
    MISSED,
    DUE,
    UPCOMING,
    NOT_REQUIRED;

    @Override
    public String labelKey() {
        return "compliance." + name();
    }
}
