package org.hazardledger.ui.reports;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 创建封存密钥 / 更换密钥: a new passphrase typed twice (at least {@link #MIN_LENGTH} characters) and,
 * for a change, the current one. The arrays are wiped once used.
 */
public final class SealKeyViewModel {

    public static final int MIN_LENGTH = 8;

    private final WorkbenchServices services;
    private final Messages messages;
    private final boolean rotate;
    private final ReadOnlyStringWrapper currentError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper repeatError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

    public SealKeyViewModel(WorkbenchServices services, boolean rotate) {
        this.services = services;
        this.messages = services.messages();
        this.rotate = rotate;
    }

    /** Checks the fields and makes (or changes) the key in the background; {@code current} is ignored for a new key. */
    public void submit(char[] current, char[] next, char[] repeat) {
        try {
            if (busy.get()) {
                return;
            }
            currentError.set("");
            newError.set("");
            repeatError.set("");
            formError.set("");
            boolean fine = true;
            if (rotate && current.length == 0) {
                currentError.set(messages.get("validation.required"));
                fine = false;
            }
            if (next.length < MIN_LENGTH) {
                newError.set(messages.get("error.report.passphraseShort", MIN_LENGTH));
                fine = false;
            } else if (!Arrays.equals(next, repeat)) {
                repeatError.set(messages.get("reports.key.mismatch"));
                fine = false;
            }
            if (!fine) {
                return;
            }
        } finally {
            Arrays.fill(repeat, '\0');
        }
        busy.set(true);
        char[] a = current.clone();
        char[] b = next.clone();
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    try {
                        if (rotate) {
                            services.campaign().reports().rotateKey(a, b);
                        } else {
                            services.campaign().reports().createKey(b);
                        }
                        return Boolean.TRUE;
                    } finally {
                        Arrays.fill(a, '\0');
                        Arrays.fill(b, '\0');
                    }
                },
                ok -> {
                    busy.set(false);
                    done.set(true);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof DomainException d && d.messageKey().equals("error.report.wrongPassphrase")) {
                        currentError.set(messages.describe(d));
                    } else {
                        formError.set(Failures.describe(messages, failure));
                    }
                }));
    }

    public boolean rotate() {
        return rotate;
    }

    public String title() {
        return messages.get(rotate ? "reports.key.rotate.title" : "reports.key.create.title");
    }

    public String help() {
        return messages.get(rotate ? "reports.key.rotate.help" : "reports.key.create.help", MIN_LENGTH);
    }

    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newErrorProperty() {
        return newError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty repeatErrorProperty() {
        return repeatError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
