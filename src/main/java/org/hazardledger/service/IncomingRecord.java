package org.hazardledger.service;

import org.hazardledger.model.TravellingRecord;

/** One received record and its line as the bundle carried it (kept as received, compared by SHA-256). */
public record IncomingRecord(TravellingRecord record, String payload) {
}
