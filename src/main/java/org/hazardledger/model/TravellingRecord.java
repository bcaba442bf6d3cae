package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One record as it travels in a bundle (one line of records/&lt;type&gt;.jsonl): identity, revision,
 * the sender's change sequence, and the fields by their camelCase names. A field's value is a
 * {@code String} (text, dates yyyy-MM-dd, decimals, UUIDs, enum constants), a {@code Long}, a
 * {@code Boolean}, a {@code List<String>} or null.
 */
public record TravellingRecord(RecordType type, UUID id, int revision, long changeSeq, OffsetDateTime updatedAt,
        boolean deleted, Map<String, Object> fields) {

    public TravellingRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(updatedAt, "updatedAt");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value != null && !(value instanceof String) && !(value instanceof Long) && !(value instanceof Boolean)
                    && !(value instanceof List)) {
                throw new IllegalArgumentException(field.getKey() + ": unsupported value " + value.getClass());
            }
        }
    }

    /** The field as text, or null. */
    public String text(String field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString();
    }
}
