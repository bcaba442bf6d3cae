package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One entry of the hazard ledger. */
public record Hazard(UUID id, int revision, HazardNumber number, HazardStatus status, Registration registration,
                     Grading grading, Rectification rectification, Outcome outcome, Instant createdAt,
                     Instant updatedAt) {

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
}
