package org.hazardledger.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Any received record, read generically: the enterprise it came from and its fields as they
 * travelled (compliance and campaign figures are shown this way).
 */
public record ConsolidatedRecord(UUID installation, String enterpriseName, RecordType type, UUID id,
                                 Map<String, Object> fields) {

    public ConsolidatedRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
