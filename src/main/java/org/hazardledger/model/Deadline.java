package org.hazardledger.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One running answer clock: started on {@code start} (the day a proposal or request was
 * delivered), due on {@code due}. The due day itself is still in time, to its last second
 * (Civil Code art. 203: a period ends at 24:00); see {@link LedgerDay} for turning an instant into
 * the ledger's day.
 */
public record Deadline(LocalDate start, LocalDate due, DayCounting counting, WorkingCalendar calendar) {

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(calendar, "calendar");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("due " + due + " is before start " + start);
        }
    }

    /** The clock that is due {@code days} days after {@code start}; 0 means due the same day. */
    static Deadline after(LocalDate start, int days, DayCounting counting, WorkingCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(calendar, "calendar");
        return new Deadline(start, counting.due(start, days, calendar), counting, calendar);
    }

    /** The state on {@code today} with no answer yet. */
    public ClockState stateOn(LocalDate today) {
        return stateOn(today, Optional.empty());
    }

    /**
     * The state on {@code today}. An answer dated after {@code today} has not happened yet on that
     * day, so looking back at an old day shows the clock as it ran then.
     */
    public ClockState stateOn(LocalDate today, Optional<LocalDate> answeredOn) {
        Objects.requireNonNull(today, "today");
        if (answeredOn.isPresent() && answeredOn.get().isBefore(start)) {
            throw new DomainException("error.clock.answerBeforeStart", answeredOn.get(), start);
        }
        Optional<LocalDate> answer = answeredOn.filter(a -> !a.isAfter(today));
        if (answer.isPresent()) {
            return answer.get().isAfter(due) ? ClockState.ANSWERED_LATE : ClockState.ANSWERED_IN_TIME;
        }
        if (today.isAfter(due)) {
            return ClockState.OVERDUE;
        }
        return today.isEqual(due) ? ClockState.DUE_TODAY : ClockState.PENDING;
    }

    /**
     * Days left from {@code today} to the due day, in this clock's counting (working days for a
     * working-day clock): 0 on the due day, negative once past it (-1 = one day late).
     */
    public int daysLeft(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return counting.daysBetween(today, due, calendar);
    }
}
