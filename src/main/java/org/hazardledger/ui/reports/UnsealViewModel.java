package org.hazardledger.ui.reports;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 查看身份: the key holder types the passphrase and the reason; the identity comes back for this
 * dialog only and is forgotten when it closes ({@link #forget()}). The unseal is audited by the service.
 */
public final class UnsealViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final SafetyReport report;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper passphraseError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ReporterIdentity> identity = new ReadOnlyObjectWrapper<>();

    public UnsealViewModel(WorkbenchServices services, SafetyReport report) {
        this.services = services;
        this.messages = services.messages();
        this.report = report;
        reason.addListener((o, was, now) -> reasonError.set(""));
    }

    /** Unseals with {@code passphrase} (wiped here once used) and the typed reason. */
    public void submit(char[] passphrase) {
        if (busy.get()) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        passphraseError.set("");
        reasonError.set("");
        formError.set("");
        boolean fine = true;
        if (passphrase.length == 0) {
            passphraseError.set(messages.get("validation.required"));
            fine = false;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            reasonError.set(messages.get("error.report.reasonRequired"));
            fine = false;
        }
        if (!fine) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        String why = reason.get().strip();
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    try {
                        return services.campaign().reports().unseal(report.id(), passphrase, why);
                    } finally {
                        Arrays.fill(passphrase, '\0');
                    }
                },
                opened -> {
                    busy.set(false);
                    identity.set(opened);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof org.hazardledger.model.DomainException d
                            && d.messageKey().equals("error.report.wrongPassphrase")) {
                        passphraseError.set(messages.describe(d));
                    } else {
                        formError.set(Failures.describe(messages, failure));
                    }
                }));
    }

    /** Forgets the identity and the reason: called when the dialog closes. */
    public void forget() {
        identity.set(null);
        reason.set("");
    }

    public String title() {
        return messages.get("reports.unseal.title", report.number(), report.pseudonym());
    }

    public SafetyReport report() {
        return report;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty passphraseErrorProperty() {
        return passphraseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReporterIdentity> identityProperty() {
        return identity.getReadOnlyProperty();
    }
}
