package org.hazardledger.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.Messages;

/**
 * The refusals of one form, for its ViewModel: one message per field (shown under the field) and
 * a sentence for the form as a whole (shown above the buttons).
 */
public final class FieldErrors {

    private final Messages messages;
    private final Map<String, ReadOnlyStringWrapper> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper form = new ReadOnlyStringWrapper("");

    public FieldErrors(Messages messages, Collection<String> fieldNames) {
        this.messages = messages;
        fieldNames.forEach(f -> fields.put(f, new ReadOnlyStringWrapper("")));
    }

    /** The reason {@code name} was refused, "" when none; a name the form lacks is a programming error. */
    public ReadOnlyStringProperty field(String name) {
        return wrapper(name).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty form() {
        return form.getReadOnlyProperty();
    }

    /** Each reason at its field, and "n fields need correcting" (with the reasons no field owns) for the form. */
    public void show(List<FieldError> problems) {
        List<String> elsewhere = place(problems);
        String summary = messages.get("error.validation", problems.size());
        form.set(elsewhere.isEmpty() ? summary : summary + " " + String.join(" ", elsewhere));
    }

    /** A refused validation as {@link #show(List)}; any other failure as one sentence for the form. */
    public void show(Throwable failure) {
        if (failure instanceof ValidationException v) {
            show(v.errors());
        } else {
            form.set(Failures.describe(messages, failure));
        }
    }

    /**
     * For forms without the "n fields" summary: each reason at its field, and as the form sentence
     * only the reasons no field owns, or any other failure in one sentence.
     */
    public void showAtFields(Throwable failure) {
        form.set(failure instanceof ValidationException v ? String.join(" ", place(v.errors()))
                : Failures.describe(messages, failure));
    }

    /**
     * Puts each reason at its field (the first one per field wins) and returns, described, the
     * reasons no field of this form owns.
     */
    public List<String> place(List<FieldError> problems) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldError e : problems) {
            ReadOnlyStringWrapper w = fields.get(e.field());
            if (w == null) {
                elsewhere.add(messages.describe(e));
            } else if (w.get().isEmpty()) {
                w.set(messages.describe(e));
            }
        }
        return elsewhere;
    }

    /** One message at one field, the form sentence untouched. */
    public void set(String field, String message) {
        wrapper(field).set(message);
    }

    public void showForm(String message) {
        form.set(message);
    }

    public void clear() {
        fields.values().forEach(w -> w.set(""));
        form.set("");
    }

    /** Editing a field takes its refusal away: the user is correcting it. */
    public void clearOnEdit(ObservableValue<?> input, String field) {
        ReadOnlyStringWrapper w = wrapper(field);
        input.addListener((o, was, now) -> w.set(""));
    }

    private ReadOnlyStringWrapper wrapper(String name) {
        ReadOnlyStringWrapper w = fields.get(name);
        if (w == null) {
            throw new IllegalArgumentException("no such field on the form: " + name);
        }
        return w;
    }
}
