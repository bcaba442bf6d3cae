package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A team's self-assessment: the points given per item code, and each item's maximum as it was on
 * the day (so an old assessment keeps its result if the checklist changes).
 */
public record TeamAssessment(UUID id, UUID teamUnitId, LocalDate assessedOn, String assessor, String note,
                             Map<String, Integer> points, Map<String, Integer> maxPoints, String recordedBy,
                             Instant recordedAt) {

    public TeamAssessment {
        points = Map.copyOf(points);
        maxPoints = Map.copyOf(maxPoints);
    }
}
