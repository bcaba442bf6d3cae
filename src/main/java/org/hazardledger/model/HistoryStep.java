package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One step of a record's history as a timeline shows it: when, who, what, and the fields written
 * (values as recorded, in the order the event lists them).
 */
public record HistoryStep(long seq, OffsetDateTime occurredAt, String actor, String action,
                          Map<String, String> fields) {

    public HistoryStep {
        fields = Map.copyOf(fields);
    }
}
