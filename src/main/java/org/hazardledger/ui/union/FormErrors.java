package org.hazardledger.ui.union;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.hazardledger.model.FieldError;
import org.hazardledger.service.Messages;

/** The refusals of one form: one message per field, and a sentence for the whole form. */
final class FormErrors {

    private final Messages messages;
    private final Map<String, ReadOnlyStringWrapper> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper form = new ReadOnlyStringWrapper("");

    FormErrors(Messages messages, List<String> fieldNames) {
        this.messages = messages;
        fieldNames.forEach(f -> fields.put(f, new ReadOnlyStringWrapper("")));
    }

    ReadOnlyStringProperty field(String name) {
        ReadOnlyStringWrapper w = fields.get(name);
        if (w == null) {
            throw new IllegalArgumentException("no such field on the form: " + name);
        }
        return w.getReadOnlyProperty();
    }

    ReadOnlyStringProperty form() {
        return form.getReadOnlyProperty();
    }

    /** Each reason at its field (the first per field); reasons no field owns go to the form sentence. */
    void show(List<FieldError> problems) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldError e : problems) {
            ReadOnlyStringWrapper w = fields.get(e.field());
            if (w == null) {
                elsewhere.add(messages.describe(e));
            } else if (w.get().isEmpty()) {
                w.set(messages.describe(e));
            }
        }
        String summary = messages.get("error.validation", problems.size());
        form.set(elsewhere.isEmpty() ? summary : summary + " " + String.join(" ", elsewhere));
    }

    void showAt(String field, String message) {
        fields.get(field).set(message);
        form.set(messages.get("error.validation", 1));
    }

    void showForm(String message) {
        form.set(message);
    }

    void clear() {
        fields.values().forEach(w -> w.set(""));
        form.set("");
    }

    /** Editing a field takes its refusal away: the user is correcting it. */
    void clearOnEdit(ObservableValue<?> input, String field) {
        input.addListener((o, was, now) -> fields.get(field).set(""));
    }
}
