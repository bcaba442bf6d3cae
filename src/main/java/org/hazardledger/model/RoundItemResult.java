package org.hazardledger.model;

import java.util.Objects;

/** The answer to one checklist item; {@code note} is optional (null or blank = none). */
public record RoundItemResult(String itemCode, String itemText, RoundAnswer answer, String note) {

    public RoundItemResult {
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(answer, "answer");
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static RoundItemResult ok(ChecklistItem item) {
        return new RoundItemResult(item.code(), item.text(), RoundAnswer.OK, null);
    }

    public RoundItemResult withAnswer(RoundAnswer newAnswer, String newNote) {
        return new RoundItemResult(itemCode, itemText, newAnswer, newNote);
    }
}
