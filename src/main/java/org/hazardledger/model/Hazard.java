package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One entry of the hazard ledger. */
public record Hazard(java.util.UUID id, int revision, HazardNumber number, HazardStatus status,
                     Registration registration, Grading grading, Rectification rectification, Outcome outcome,
                     Handling handling, Instant createdAt, Instant updatedAt) {

    public Hazard {
        handling = handling == null ? Handling.NONE : handling;
        outcome = outcome == null ? Outcome.NONE : outcome;
    }

    /** The 五定, once assigned. */
    public Optional<Rectification> rectificationIfAssigned() {
        return Optional.ofNullable(rectification);
    }

    /** Overdue: still open and the deadline has passed (the deadline day itself is not overdue). */
    public boolean isOverdue(LocalDate today) {
        return isOverdue(status, rectification == null ? null : rectification.deadline(), today);
    }

    public static boolean isOverdue(HazardStatus status, LocalDate deadline, LocalDate today) {
        return status.isOpen() && deadline != null && today.isAfter(deadline);
    }

    /** The same hazard in its next state; the store raises the revision when it saves it. */
    Hazard next(HazardStatus to, Grading g, Rectification r, Outcome o, Handling d, Instant now) {
        return new Hazard(id, revision, number, to, registration, g, r, o, d, createdAt, now);
    }
}
