package org.hazardledger.model;

import java.util.List;

/** A refused input: which field, and the resource-bundle key (with arguments) of the reason. */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
