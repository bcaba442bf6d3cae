package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;

/** Small field checks shared by the campaign's drafts (training, drills, proposals). */
final class Texts {

    private Texts() {
    }

    static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    /** A day that has happened: required, not after today. */
    static void date(List<FieldError> errors, String field, LocalDate value, LocalDate today) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.isAfter(today)) {
            errors.add(FieldError.of(field, "validation.campaign.dateFuture", value));
        }
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
