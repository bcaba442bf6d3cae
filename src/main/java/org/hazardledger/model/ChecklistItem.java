package org.hazardledger.model;

import java.util.Objects;

/** One line of a checklist: a stable code and the question asked, in Chinese. */
public record ChecklistItem(String code, String text) {

    public ChecklistItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
