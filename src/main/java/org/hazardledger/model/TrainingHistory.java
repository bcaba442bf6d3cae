package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person’s training sessions and drills between two days (both included), with the hours. */
public record TrainingHistory(UUID personId, String personName, LocalDate from, LocalDate to,
                              List<TrainingSession> sessions, List<EmergencyDrill> drills) {

    public TrainingHistory {
        sessions = List.copyOf(sessions);
        drills = List.copyOf(drills);
    }

    /** The hours of the sessions attended in the period. */
    public BigDecimal totalHours() {
        return sessions.stream().map(TrainingSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
