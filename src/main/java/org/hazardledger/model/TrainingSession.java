package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded training session with its attendees and their results. */
public record TrainingSession(UUID id, int revision, TrainingKind kind, String topic, LocalDate heldOn,
                              BigDecimal hours, String trainer, UUID unitId, String unitName, String evaluation,
                              List<TrainingAttendance> attendees, String recordedBy) {

    public TrainingSession {
        attendees = List.copyOf(attendees);
    }

    /** How many attendees passed, of those with a pass/fail result. */
    public long passedCount() {
        return attendees.stream().filter(a -> Boolean.TRUE.equals(a.passed())).count();
    }
}
