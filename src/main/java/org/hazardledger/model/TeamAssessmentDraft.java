package org.hazardledger.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What the assessor entered: the team, the day, who assessed, the points per item code, a note. */
public record TeamAssessmentDraft(UUID teamUnitId, LocalDate assessedOn, String assessor,
                                  Map<String, Integer> points, String note) {
}
