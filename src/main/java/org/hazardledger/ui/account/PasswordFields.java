package org.hazardledger.ui.account;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FieldErrors;

/** Shared by the account forms: a new password typed twice, and refusals shown at their fields. */
final class PasswordFields {

    static final String PASSWORD = "password";
    static final String CONFIRM = "confirm";

    final StringProperty password = new SimpleStringProperty("");
    final StringProperty confirm = new SimpleStringProperty("");
    private final FieldErrors errors;

    /** {@code errors} must have the fields {@link #PASSWORD} and {@link #CONFIRM}. */
    PasswordFields(FieldErrors errors) {
        this.errors = errors;
        errors.clearOnEdit(password, PASSWORD);
        errors.clearOnEdit(confirm, CONFIRM);
    }

    /** False (with the message at the second field) when the two entries differ. */
    boolean matches(Messages m) {
        if (!Objects.equals(password.get(), confirm.get())) {
            errors.set(CONFIRM, m.get("validation.password.mismatch"));
            return false;
        }
        return true;
    }

    void clear() {
        password.set("");
        confirm.set("");
    }
}
