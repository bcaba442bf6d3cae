package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the union member enters when issuing a record: the hazards by number, the dates and the
 * written content. {@link #validate} names each refused field.
 */
public record UnionRecordDraft(UnionRecordKind kind, List<String> hazardNumbers, LocalDate issuedOn,
                               LocalDate deliveredOn, String findings, String recommendation) {

    public static final String KIND = "kind";
    public static final String HAZARDS = "hazards";
    public static final String ISSUED_ON = "issuedOn";
    public static final String DELIVERED_ON = "deliveredOn";
    public static final String FINDINGS = "findings";
    public static final String RECOMMENDATION = "recommendation";
    public static final int MAX_TEXT = 4000;

    public UnionRecordDraft {
        // the same hazard typed twice is one hazard; blanks are separators, not numbers
        hazardNumbers = hazardNumbers == null ? List.of() : List.copyOf(new LinkedHashSet<>(
                hazardNumbers.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList()));
    }

    /** The reasons the draft cannot be issued on {@code today}; empty when it can. */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.of(KIND, "validation.union.kindRequired"));
        }
        if (hazardNumbers.isEmpty()) {
            errors.add(FieldError.of(HAZARDS, "validation.union.hazardsRequired"));
        }
        if (issuedOn == null) {
            errors.add(FieldError.of(ISSUED_ON, "validation.union.dateRequired"));
        } else if (issuedOn.isAfter(today)) {
            errors.add(FieldError.of(ISSUED_ON, "validation.date.future"));
        }
        if (deliveredOn == null) {
            errors.add(FieldError.of(DELIVERED_ON, "validation.union.dateRequired"));
        } else if (deliveredOn.isAfter(today)) {
            errors.add(FieldError.of(DELIVERED_ON, "validation.date.future"));
        } else if (issuedOn != null && deliveredOn.isBefore(issuedOn)) {
            errors.add(FieldError.of(DELIVERED_ON, "validation.union.deliveredBeforeIssued", issuedOn));
        }
        text(errors, FINDINGS, findings);
        text(errors, RECOMMENDATION, recommendation);
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.union.textRequired"));
        } else if (value.strip().length() > MAX_TEXT) {
            errors.add(FieldError.of(field, "validation.union.textTooLong", MAX_TEXT));
        }
    }
}
