package org.hazardledger.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hazardledger.model.Enterprise;
import org.hazardledger.service.Messages;

/** The shell's state: which page is shown, whether the ledger is ready, and the status-bar texts. */
public final class WorkbenchViewModel {

    /** Where the window is in opening the ledger. */
    public enum Startup { OPENING, NEEDS_SETUP, READY, FAILED }

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LEDGER);
    private final ReadOnlyObjectWrapper<Startup> startup = new ReadOnlyObjectWrapper<>(Startup.OPENING);
    private final ReadOnlyStringWrapper dataFolderText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper enterpriseText = new ReadOnlyStringWrapper();
    private final BooleanBinding ledgerActive;

    public WorkbenchViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        dataFolderText.set(messages.get("status.dataFolder", services.dataDir().toAbsolutePath()));
        enterpriseText.set(messages.get("status.enterprise", messages.get("status.enterprise.none")));
        ledgerActive = Bindings.createBooleanBinding(
                () -> page.get() == Page.LEDGER && startup.get() == Startup.READY, page, startup);
    }

    /** Looks in the background whether the ledger has an enterprise yet. */
    public void start() {
        startup.set(Startup.OPENING);
        services.tasks().execute(BackgroundTask.of(
                () -> services.setup().isInitialised() ? services.organisation().enterprise() : Optional.<Enterprise>empty(),
                enterprise -> {
                    enterprise.ifPresent(e -> enterpriseText.set(messages.get("status.enterprise", e.name())));
                    startup.set(enterprise.isPresent() ? Startup.READY : Startup.NEEDS_SETUP);
                },
                failure -> {
                    startup.set(Startup.FAILED);
                    services.dialogs().showError(messages.get("app.title"), Failures.describe(messages, failure));
                }));
    }

    /** The first-start dialog set up the enterprise: read it and open the ledger. */
    public void setupFinished() {
        start();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<Startup> startupProperty() {
        return startup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderTextProperty() {
        return dataFolderText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enterpriseTextProperty() {
        return enterpriseText.getReadOnlyProperty();
    }

    /** Ledger commands (register, print, refresh, search) apply only while the ledger is shown. */
    public BooleanBinding ledgerActiveProperty() {
        return ledgerActive;
    }

    public String title() {
        return messages.get("app.title");
    }
}
