package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The enterprise's written answer to a union record, as entered. */
public record UnionAnswer(String text, LocalDate answeredOn) {

    public static final String TEXT = "answer";
    public static final String ANSWERED_ON = "answeredOn";

    /** The reasons the answer cannot be recorded on {@code today} for a record delivered on {@code delivered}. */
    public List<FieldError> validate(LocalDate today, LocalDate delivered) {
        List<FieldError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of(TEXT, "validation.union.textRequired"));
        } else if (text.strip().length() > UnionRecordDraft.MAX_TEXT) {
            errors.add(FieldError.of(TEXT, "validation.union.textTooLong", UnionRecordDraft.MAX_TEXT));
        }
        if (answeredOn == null) {
            errors.add(FieldError.of(ANSWERED_ON, "validation.union.dateRequired"));
        } else if (answeredOn.isAfter(today)) {
            errors.add(FieldError.of(ANSWERED_ON, "validation.date.future"));
        } else if (answeredOn.isBefore(delivered)) {
            errors.add(FieldError.of(ANSWERED_ON, "validation.union.answerBeforeDelivery", delivered));
        }
        return errors;
    }
}
