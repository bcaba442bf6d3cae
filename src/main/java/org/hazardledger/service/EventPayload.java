package org.hazardledger.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Builds the JSON body of an audit event: the fields that changed, in a stable order. */
final class EventPayload {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Map<String, Object> fields = new LinkedHashMap<>();

    EventPayload put(String key, Object value) {
        fields.put(key, value == null ? null : value instanceof Number || value instanceof Boolean
                ? value : value.toString());
        return this;
    }

    /**
     * A changed field as {"after": …, "before": …}, so the audit trail shows what it was; a field
     * that did not change is left out.
     */
    EventPayload change(String key, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return this;
        }
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("before", before == null ? null : before instanceof Boolean ? before : before.toString());
        pair.put("after", after == null ? null : after instanceof Boolean ? after : after.toString());
        fields.put(key, pair);
        return this;
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** The fields of a recorded payload as text (null values left out); an unreadable payload is shown whole. */
    static Map<String, String> read(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            JSON.readTree(json).fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    out.put(f.getKey(), f.getValue().asText());
                }
            });
        } catch (JsonProcessingException e) {
            // The trail's integrity is audit verify's job; a timeline shows the text as it stands.
            out.clear();
            out.put("payload", json);
        }
        return out;
    }
}
