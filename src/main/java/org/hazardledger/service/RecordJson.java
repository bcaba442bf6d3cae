package org.hazardledger.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;

/**
 * One travelling record as one line of records/&lt;type&gt;.jsonl (docs/bundle-format.md): id,
 * revision, changeSeq, updatedAt, deleted, then the fields in their order. Writing is deterministic,
 * so the same record gives the same bytes; reading refuses anything but that shape.
 */
public final class RecordJson {

    private static final String ID = "id";
    private static final String REVISION = "revision";
    private static final String CHANGE_SEQ = "changeSeq";
    private static final String UPDATED_AT = "updatedAt";
    private static final String DELETED = "deleted";
    private static final int MAX_LINE = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_LINE).maxNestingDepth(4).build())
            .build();

    private RecordJson() {
    }

    public static String write(TravellingRecord record) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField(ID, record.id().toString());
            json.writeNumberField(REVISION, record.revision());
            json.writeNumberField(CHANGE_SEQ, record.changeSeq());
            json.writeStringField(UPDATED_AT, record.updatedAt().toString());
            json.writeBooleanField(DELETED, record.deleted());
            for (Map.Entry<String, Object> field : record.fields().entrySet()) {
                json.writeFieldName(field.getKey());
                writeValue(json, field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads one line of a records file of {@code type}.
     *
     * @throws DomainException {@code error.bundle.record} (type, line number, reason) for anything
     *                         that is not a well-formed record line
     */
    public static TravellingRecord read(RecordType type, String line, long lineNumber) {
        if (line.length() > MAX_LINE) {
            throw invalid(type, lineNumber, "line too long");
        }
        try (JsonParser json = FACTORY.createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(type, lineNumber, "not a JSON object");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                if (fields.containsKey(name)) {
                    throw invalid(type, lineNumber, "field " + name + " twice");
                }
                fields.put(name, readValue(json, type, lineNumber, name));
            }
            if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
                throw invalid(type, lineNumber, "trailing content");
            }
            return new TravellingRecord(type, uuid(fields.remove(ID), type, lineNumber),
                    Math.toIntExact(positive(fields.remove(REVISION), REVISION, type, lineNumber)),
                    positive(fields.remove(CHANGE_SEQ), CHANGE_SEQ, type, lineNumber),
                    timestamp(fields.remove(UPDATED_AT), type, lineNumber),
                    bool(fields.remove(DELETED), type, lineNumber), fields);
        } catch (IOException | ArithmeticException e) {
            throw new DomainException(e, "error.bundle.record", type.wireName(), lineNumber, reason(e));
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long) {
            json.writeNumber((Long) value);
        } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
        } else if (value instanceof List) {
            json.writeStartArray();
            for (Object item : (List<?>) value) {
                json.writeString(item.toString());
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }

    private static Object readValue(JsonParser json, RecordType type, long lineNumber, String name) throws IOException {
        JsonToken token = json.nextToken();
        switch (token) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return json.getText();
            case VALUE_NUMBER_INT:
                return json.getLongValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case START_ARRAY:
                List<String> items = new ArrayList<>();
                while (json.nextToken() == JsonToken.VALUE_STRING) {
                    items.add(json.getText());
                }
                if (json.currentToken() != JsonToken.END_ARRAY) {
                    throw invalid(type, lineNumber, name + ": a list holds only text");
                }
                return List.copyOf(items);
            default:
                throw invalid(type, lineNumber, name + ": unexpected " + token);
        }
    }

    private static UUID uuid(Object value, RecordType type, long lineNumber) {
        try {
            return UUID.fromString((String) value);
        } catch (RuntimeException e) {
            throw invalid(type, lineNumber, "id is not a UUID");
        }
    }

    private static long positive(Object value, String name, RecordType type, long lineNumber) {
        if (!(value instanceof Long) || (Long) value < 0) {
            throw invalid(type, lineNumber, name + " is not a whole number");
        }
        return (Long) value;
    }

    private static OffsetDateTime timestamp(Object value, RecordType type, long lineNumber) {
        try {
            return OffsetDateTime.parse((String) value);
        } catch (ClassCastException | NullPointerException | DateTimeParseException e) {
            throw invalid(type, lineNumber, "updatedAt is not a time with offset");
        }
    }

    private static boolean bool(Object value, RecordType type, long lineNumber) {
        if (!(value instanceof Boolean)) {
            throw invalid(type, lineNumber, "deleted is not true or false");
        }
        return (Boolean) value;
    }

    private static DomainException invalid(RecordType type, long lineNumber, String reason) {
        return new DomainException("error.bundle.record", type.wireName(), lineNumber, reason);
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
