package org.hazardledger.ui.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Failures;

/** The error text under each field of a form, and one for the form as a whole (stale, refused). */
final class FieldErrors {

    static final String FORM = "form";

    private final Messages messages;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();

    FieldErrors(Messages messages, String... fields) {
        this.messages = messages;
        for (String f : fields) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        errors.put(FORM, new ReadOnlyStringWrapper(""));
    }

    ReadOnlyStringProperty of(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    void clear() {
        errors.values().forEach(w -> w.set(""));
    }

    /** Field refusals go under their fields; anything else (stale, not allowed) above the buttons. */
    void show(Throwable failure) {
        clear();
        if (failure instanceof ValidationException v) {
            show(v.errors());
        } else if (failure instanceof DomainException d) {
            errors.get(FORM).set(messages.describe(d));
        } else {
            errors.get(FORM).set(Failures.describe(messages, failure));
        }
    }

    private void show(List<FieldError> problems) {
        for (FieldError e : problems) {
            ReadOnlyStringWrapper w = errors.getOrDefault(e.field(), errors.get(FORM));
            String text = messages.describe(e);
            w.set(w.get().isEmpty() ? text : w.get() + " " + text);
        }
    }
}
