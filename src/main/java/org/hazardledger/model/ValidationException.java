package org.hazardledger.model;

import java.util.List;

/** Input refused field by field; the UI shows each reason at its field. */
public class ValidationException extends DomainException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
