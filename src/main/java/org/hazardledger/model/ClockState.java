package org.hazardledger.model;

/**
 * Where an answer clock stands on a given day (the union's proposal, the department's review).
 * Shared by every clock so that lists, colours and reminders treat them alike.
 */
public enum ClockState implements Labelled {
    /** Not answered, the due day still ahead. */
    PENDING,
    /** Not answered, today is the last day. */
    DUE_TODAY,
    /** Not answered and the due day has passed; stays so until answered. */
    OVERDUE,
    /** Answered on or before the due day. */
    ANSWERED_IN_TIME,
    /** Answered after the due day: kept apart because the late answer is a fact the ledger must show. */
    ANSWERED_LATE;

    /** Still waiting for an answer. */
    public boolean isOpen() {
        return this == PENDING || this == DUE_TODAY || this == OVERDUE;
    }

    @Override
    public String labelKey() {
        return "clock." + name();
    }
}
