package org.hazardledger.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.store.FederationRepository.Received;

/** Reading received records back leniently: what does not read is null (it was checked when it arrived). */
final class ReceivedFields {

    private ReceivedFields() {
    }

    static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A field of {@code t} as a date; null when {@code t} is null or the field is absent or not a date. */
    static LocalDate date(TravellingRecord t, String field) {
        return t == null ? null : date(t.text(field));
    }

    /** The received payload read back; null when it does not read. */
    static TravellingRecord parse(RecordType type, Received r) {
        try {
            return RecordJson.read(type, r.payload(), 1);
        } catch (DomainException e) {
            return null;
        }
    }
}
