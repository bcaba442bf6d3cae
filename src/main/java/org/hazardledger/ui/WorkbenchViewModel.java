package org.hazardledger.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.service.Actor;
import org.hazardledger.service.Messages;

/** The shell's state: which page is shown, whether the ledger is ready, and the status-bar texts. */
public final class WorkbenchViewModel {

    /**
     * Where the window is in opening the ledger: set up the enterprise, then create the first
     * administrator, then someone signs in; only then is the ledger usable.
     */
    public enum Startup { OPENING, NEEDS_SETUP, NEEDS_ADMIN, SIGN_IN, READY, FAILED }

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LEDGER);
    private final ReadOnlyObjectWrapper<Startup> startup = new ReadOnlyObjectWrapper<>(Startup.OPENING);
    private final ReadOnlyStringWrapper dataFolderText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper enterpriseText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper admin = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper federation = new ReadOnlyBooleanWrapper();
    private final BooleanBinding ledgerActive;
    private final BooleanBinding ready;

    public WorkbenchViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        dataFolderText.set(services.desk().onServer()
                ? messages.get("status.server", services.desk().location(), services.dataDir().toAbsolutePath())
                : messages.get("status.dataFolder", services.dataDir().toAbsolutePath()));
        enterpriseText.set(messages.get("status.enterprise", messages.get("status.enterprise.none")));
        ledgerActive = Bindings.createBooleanBinding(
                () -> page.get() == Page.LEDGER && startup.get() == Startup.READY, page, startup);
        ready = Bindings.createBooleanBinding(() -> startup.get() == Startup.READY, startup);
        showUser();
    }

    /** Looks in the background whether the ledger has an enterprise and accounts yet. */
    public void start() {
        startup.set(Startup.OPENING);
        services.tasks().execute(BackgroundTask.of(
                () -> new Opened(services.setup().isInitialised() ? services.organisation().enterprise()
                        : Optional.<Enterprise>empty(), services.setup().role(), services.accounts().hasAnyAccount()),
                opened -> {
                    federation.set(opened.role() == InstallationRole.FEDERATION);
                    opened.enterprise().ifPresent(e -> enterpriseText.set(messages.get(
                            opened.role() == InstallationRole.FEDERATION ? "status.federation" : "status.enterprise",
                            e.name())));
                    startup.set(opened.enterprise().isEmpty() ? Startup.NEEDS_SETUP
                            : !opened.hasAccount() ? Startup.NEEDS_ADMIN
                            : services.session().signedIn() ? Startup.READY : Startup.SIGN_IN);
                },
                failure -> {
                    startup.set(Startup.FAILED);
                    services.dialogs().showError(messages.get("app.title"), Failures.describe(messages, failure));
                }));
    }

    /** This ledger is a union federation's (read when the ledger is opened, not on the FX thread). */
    public boolean isFederation() {
        return federation.get();
    }

    /** The first-start dialog set up the enterprise: read it and open the ledger. */
    public void setupFinished() {
        start();
    }

    /**
     * Someone logged in (or the first administrator was just created): from now on the services
     * write this account on every record.
     */
    public void signedIn(Account account) {
        services.session().signIn(Actor.of(account));
        showUser();
        if (!admin.get() && page.get() == Page.ACCOUNTS) {
            page.set(Page.LEDGER);
        }
        startup.set(Startup.READY);
    }

    /** 切换用户: the account signs out and the login screen returns. */
    public void signOut() {
        services.session().signOut();
        showUser();
        page.set(Page.LEDGER);
        startup.set(Startup.SIGN_IN);
    }

    private void showUser() {
        Actor actor = services.session().actor();
        boolean signedIn = services.session().signedIn();
        userText.set(signedIn ? messages.get("status.user", actor.name(), messages.label(actor.role()))
                : messages.get("status.user.none"));
        admin.set(signedIn && actor.role() == AccountRole.ADMIN);
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<Startup> startupProperty() {
        return startup.getReadOnlyProperty();
    }

    /** Where the ledger lives: "数据文件夹：…", or its server and user and this desk's data folder. */
    public ReadOnlyStringProperty dataFolderTextProperty() {
        return dataFolderText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enterpriseTextProperty() {
        return enterpriseText.getReadOnlyProperty();
    }

    /** "用户：张伟 (zhangwei) · 车间主任/班组长", or that nobody is signed in. */
    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }

    /** The signed-in account is an administrator: the accounts page is offered. */
    public ReadOnlyBooleanProperty adminProperty() {
        return admin.getReadOnlyProperty();
    }

    /** Someone is signed in and the ledger is open: navigation and commands work. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    /** Ledger commands (register, print, refresh, search) apply only while the ledger is shown. */
    public BooleanBinding ledgerActiveProperty() {
        return ledgerActive;
    }

    public String title() {
        return messages.get("app.title");
    }

    /** What opening found: the ledger's enterprise row (a federation's own, in federation mode) and role. */
    private record Opened(Optional<Enterprise> enterprise, InstallationRole role, boolean hasAccount) {
    }
}
