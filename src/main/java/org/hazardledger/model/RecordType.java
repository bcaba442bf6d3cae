package org.hazardledger.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The record types bundles carry, format 1.0 (docs/bundle-format.md section 2). The wire name is
 * the records file's name: records/&lt;wire&gt;.jsonl.
 */
public enum RecordType {
    ENTERPRISE,
    ORG_UNIT,
    PERSON,
    HAZARD,
    MAJOR_HAZARD_FILE,
    UNION_RECORD,
    INSPECTION_ROUND,
    COMPLIANCE,
    RISK_POINT,
    ATTACHMENT,
    CAMPAIGN_FIGURE,
    FEDERATION_NOTICE,
    /** Acknowledgement bundles: one line per bundle applied. */
    BUNDLE_RECEIPT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a records file, or empty for a type this version does not know (a newer minor version). */
    public static Optional<RecordType> fromWire(String wire) {
        for (RecordType type : values()) {
            if (type.wireName().equals(wire)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
