package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.EXCHANGE_BUNDLE;
import static org.hazardledger.store.jooq.Tables.RECEIVED_RECORD;
import static org.hazardledger.store.jooq.Tables.RECORD_CONFLICT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.service.RecordJson;

/**
 * Writes received records straight into a ledger, as an applied bundle would leave them: for tests of
 * what reads them (the federation's views, the enterprise's notices) without building bundles.
 */
public final class ReceivedRows {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-06-14T10:00:00+08:00");
    private final LedgerDatabase database;
    private final UUID source;
    private final UUID bundle = UUID.randomUUID();
    private long seq = 1;

    public ReceivedRows(LedgerDatabase database, UUID source) {
        this.database = database;
        this.source = source;
    }

    /** A record's columns: its fields travel in the payload, the projection columns are set from them. */
    public Row record(RecordType type, UUID id) {
        return new Row(type, id);
    }

    /** Logs a RECEIVED records bundle from this source, written at {@code createdAt}. */
    public void bundleWritten(OffsetDateTime createdAt) {
        database.dsl().insertInto(EXCHANGE_BUNDLE)
                .set(EXCHANGE_BUNDLE.BUNDLE_ID, UUID.randomUUID())
                .set(EXCHANGE_BUNDLE.DIRECTION, "RECEIVED")
                .set(EXCHANGE_BUNDLE.KIND, "RECORDS")
                .set(EXCHANGE_BUNDLE.SENDER_FINGERPRINT, "A".repeat(40))
                .set(EXCHANGE_BUNDLE.SENDER_INSTALLATION, source)
                .set(EXCHANGE_BUNDLE.RECIPIENT_FINGERPRINT, "B".repeat(40))
                .set(EXCHANGE_BUNDLE.RECIPIENT_INSTALLATION, UUID.randomUUID())
                .set(EXCHANGE_BUNDLE.CHANGE_FROM, 1L).set(EXCHANGE_BUNDLE.CHANGE_TO, 10L)
                .set(EXCHANGE_BUNDLE.FULL_EXPORT, true).set(EXCHANGE_BUNDLE.RECORD_COUNT, 10)
                .set(EXCHANGE_BUNDLE.CREATED_AT, createdAt).set(EXCHANGE_BUNDLE.PROCESSED_AT, AT)
                .set(EXCHANGE_BUNDLE.PROCESSED_BY, "tester").execute();
    }

    /** An open conflict on one of this source's records. */
    public void openConflict(RecordType type, UUID recordId) {
        database.dsl().insertInto(RECORD_CONFLICT)
                .set(RECORD_CONFLICT.ID, UUID.randomUUID()).set(RECORD_CONFLICT.SOURCE_INSTALLATION, source)
                .set(RECORD_CONFLICT.RECORD_TYPE, type.wireName()).set(RECORD_CONFLICT.RECORD_ID, recordId)
                .set(RECORD_CONFLICT.REVISION, 1).set(RECORD_CONFLICT.KEPT_PAYLOAD, "{}")
                .set(RECORD_CONFLICT.INCOMING_PAYLOAD, "{}").set(RECORD_CONFLICT.INCOMING_SHA256, "0".repeat(64))
                .set(RECORD_CONFLICT.BUNDLE_ID, bundle).set(RECORD_CONFLICT.DETECTED_AT, AT).execute();
    }

    /** One received record being built. */
    public final class Row {
        private final RecordType type;
        private final UUID id;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private boolean deleted;
        private UUID hazardId;
        private String number;
        private String kind;
        private String grade;
        private String status;
        private LocalDate foundOn;
        private LocalDate deadline;
        private String summary;

        private Row(RecordType type, UUID id) {
            this.type = type;
            this.id = id;
        }

        public Row field(String name, Object value) {
            fields.put(name, value instanceof LocalDate || value instanceof UUID ? value.toString() : value);
            return this;
        }

        public Row hazard(UUID hazard, String hazardNumber) {
            hazardId = hazard;
            field("hazardId", hazard);
            return hazardNumber == null ? this : field("hazardNumber", hazardNumber);
        }

        public Row number(String n) {
            number = n;
            return field("number", n);
        }

        public Row kind(String k) {
            kind = k;
            return field("kind", k);
        }

        public Row grade(String g) {
            grade = g;
            return field("grade", g);
        }

        public Row status(String s) {
            status = s;
            return field("status", s);
        }

        public Row foundOn(LocalDate d) {
            foundOn = d;
            return field("foundOn", d);
        }

        public Row deadline(LocalDate d) {
            deadline = d;
            return field("deadline", d);
        }

        public Row summary(String s) {
            summary = s;
            return field("summary", s);
        }

        public Row deleted() {
            deleted = true;
            return this;
        }

        public void save() {
            TravellingRecord t = new TravellingRecord(type, id, 1, seq++, AT, deleted, fields);
            database.dsl().insertInto(RECEIVED_RECORD)
                    .set(RECEIVED_RECORD.SOURCE_INSTALLATION, source)
                    .set(RECEIVED_RECORD.RECORD_TYPE, type.wireName())
                    .set(RECEIVED_RECORD.ID, id).set(RECEIVED_RECORD.REVISION, 1)
                    .set(RECEIVED_RECORD.CHANGE_SEQ, t.changeSeq()).set(RECEIVED_RECORD.UPDATED_AT, AT)
                    .set(RECEIVED_RECORD.DELETED, deleted).set(RECEIVED_RECORD.PAYLOAD, RecordJson.write(t))
                    .set(RECEIVED_RECORD.PAYLOAD_SHA256, "0".repeat(64)).set(RECEIVED_RECORD.BUNDLE_ID, bundle)
                    .set(RECEIVED_RECORD.HAZARD_ID, type == RecordType.HAZARD ? null : hazardId)
                    .set(RECEIVED_RECORD.NUMBER, number).set(RECEIVED_RECORD.KIND, kind)
                    .set(RECEIVED_RECORD.GRADE, grade).set(RECEIVED_RECORD.STATUS, status)
                    .set(RECEIVED_RECORD.FOUND_ON, foundOn).set(RECEIVED_RECORD.DEADLINE, deadline)
                    .set(RECEIVED_RECORD.SUMMARY, summary).execute();
        }
    }
}
