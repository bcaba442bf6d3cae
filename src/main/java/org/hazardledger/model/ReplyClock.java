package org.hazardledger.model;

import java.time.LocalDate;

/**
 * The enterprise's duty to answer the union (Work Safety Law, Trade Union Law): a written
 * rectification proposal within a number of working days the enterprise configures; an
 * evacuation or stop-production recommendation at once. This record is the configuration; each
 * proposal gets its {@link Deadline}.
 *
 * @param workingDays working days allowed for answering a written proposal, at least 1
 */
public record ReplyClock(int workingDays) {

    /** The usual practice; the law says "in time" without a number, hence configurable. */
    public static final int DEFAULT_WORKING_DAYS = 15;
    public static final ReplyClock DEFAULT = new ReplyClock(DEFAULT_WORKING_DAYS);

    public ReplyClock {
        if (workingDays < 1) {
            throw new DomainException("error.clock.replyDays", workingDays);
        }
    }

    /** The clock of a written proposal delivered on {@code delivered} (that day not counted). */
    public Deadline forProposal(LocalDate delivered, WorkingCalendar calendar) {
        return Deadline.after(delivered, workingDays, DayCounting.WORKING, calendar);
    }

    /**
     * The clock of an evacuation or stop-production recommendation: lives are in danger, so it is
     * due the day it is delivered, weekend or holiday alike, and overdue from the next day until
     * answered. Counted in calendar days for the same reason.
     */
    public static Deadline immediate(LocalDate delivered, WorkingCalendar calendar) {
        return Deadline.after(delivered, 0, DayCounting.CALENDAR, calendar);
    }
}
