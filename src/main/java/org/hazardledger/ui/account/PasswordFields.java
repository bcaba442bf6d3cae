package org.hazardledger.ui.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Failures;

/** Shared by the account forms: a new password typed twice, and refusals shown at their fields. */
final class PasswordFields {

    final StringProperty password = new SimpleStringProperty("");
    final StringProperty confirm = new SimpleStringProperty("");
    final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper confirmError = new ReadOnlyStringWrapper("");

    PasswordFields() {
        password.addListener((o, a, b) -> passwordError.set(""));
        confirm.addListener((o, a, b) -> confirmError.set(""));
    }

    /** False (with the message at the second field) when the two entries differ. */
    boolean matches(Messages m) {
        if (!Objects.equals(password.get(), confirm.get())) {
            confirmError.set(m.get("validation.password.mismatch"));
            return false;
        }
        return true;
    }

    void clear() {
        password.set("");
        confirm.set("");
    }

    /**
     * Puts each field error under its field ({@code fields} maps a service field name to the
     * form's message property); what belongs to no field is returned as one sentence.
     */
    static String show(Messages m, Throwable failure, Map<String, ReadOnlyStringWrapper> fields) {
        if (!(failure instanceof ValidationException v)) {
            return Failures.describe(m, failure);
        }
        List<String> other = new ArrayList<>();
        for (FieldError e : v.errors()) {
            ReadOnlyStringWrapper target = fields.get(e.field());
            if (target == null) {
                other.add(m.describe(e));
            } else if (target.get().isEmpty()) {
                target.set(m.describe(e));
            }
        }
        return String.join(" ", other);
    }
}
