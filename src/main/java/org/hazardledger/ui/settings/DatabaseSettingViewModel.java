package org.hazardledger.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.DeskDatabase;
import org.hazardledger.service.DeskSettings;
import org.hazardledger.service.Messages;
import org.hazardledger.service.StoreChoice;
import org.hazardledger.service.UserSession;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;

/**
 * 数据库: which store this desk opens at start (the embedded ledger or a PostgreSQL server by
 * address and user), a test of the server before switching, and saving the choice for the next
 * start. The password is only for the test: it is never saved.
 */
public final class DatabaseSettingViewModel {

    /** How the line under the buttons reads: nothing yet, working, a success or a failure. */
    public enum Status { NONE, WORKING, SUCCESS, FAILURE }

    private final DeskDatabase desk;
    private final UserSession session;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final BooleanProperty onServer = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayChange = new ReadOnlyBooleanWrapper();

    public DatabaseSettingViewModel(DeskDatabase desk, UserSession session, Messages messages, TaskExecutor tasks) {
        this.desk = desk;
        this.session = session;
        this.messages = messages;
        this.tasks = tasks;
        url.addListener((o, was, now) -> edited(urlError));
        user.addListener((o, was, now) -> edited(userError));
        password.addListener((o, was, now) -> edited(null));
        onServer.addListener((o, was, now) -> {
            urlError.set("");
            userError.set("");
            edited(null);
        });
    }

    private void edited(ReadOnlyStringWrapper fieldError) {
        if (fieldError != null) {
            fieldError.set("");
        }
        if (!busy.get()) {
            status.set(Status.NONE);
            statusText.set("");
        }
    }

    /** Reads the desk's setting (in the background); a damaged file is said and the embedded ledger shown. */
    public void load() {
        mayChange.set(DeskSettings.mayChange(session.actor()));
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> desk.settings().read(), reading -> {
            busy.set(false);
            StoreChoice store = reading.store();
            onServer.set(store.onServer());
            url.set(store.onServer() ? store.url() : "");
            user.set(store.onServer() ? store.user() : "");
            password.set("");
            reading.problem().ifPresentOrElse(p -> show(Status.FAILURE, messages.describe(p)),
                    () -> show(Status.NONE, ""));
        }, this::failed));
    }

    /** 测试连接: connects once to the server in the fields, off the FX thread; says its version or what is wrong. */
    public void testConnection() {
        if (busy.get() || !onServer.get()) {
            return;
        }
        StoreChoice store = checked();
        if (store == null) {
            return;
        }
        DatabaseServer server = store.withPassword(password.get());
        busy.set(true);
        show(Status.WORKING, messages.get("settings.db.testing", server.describe()));
        tasks.execute(BackgroundTask.of(() -> desk.connections().test(server), version -> {
            busy.set(false);
            show(Status.SUCCESS, messages.get("settings.db.tested", server.describe(), version));
        }, this::failed));
    }

    /** 保存: the store this desk opens from the next start on (never the password). */
    public void save() {
        if (busy.get()) {
            return;
        }
        StoreChoice store = onServer.get() ? checked() : StoreChoice.EMBEDDED;
        if (store == null) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> {
            desk.settings().write(store, session.actor());
            return store;
        }, saved -> {
            busy.set(false);
            show(Status.SUCCESS, saved.onServer() ? messages.get("settings.db.saved.server", saved.describe())
                    : messages.get("settings.db.saved.embedded"));
        }, this::failed));
    }

    /** The server in the fields, or null with the refusal at the field it concerns. */
    private StoreChoice checked() {
        try {
            return StoreChoice.server(url.get(), user.get());
        } catch (DomainException e) {
            (e.messageKey().equals("error.server.user") ? userError : urlError).set(messages.describe(e));
            show(Status.NONE, "");
            return null;
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        show(Status.FAILURE, Failures.describe(messages, failure));
    }

    private void show(Status kind, String text) {
        status.set(kind);
        statusText.set(text);
    }

    /** Where the open ledger lives now, which the saved choice changes only at the next start. */
    public String currentLocation() {
        return desk.onServer() ? messages.get("settings.db.current.server", desk.location())
                : messages.get("settings.db.current.embedded", desk.location());
    }

    /** The server rather than the embedded ledger is chosen. */
    public BooleanProperty onServerProperty() {
        return onServer;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Only for the test; never saved. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userErrorProperty() {
        return userError.getReadOnlyProperty();
    }

    /** The server's version after a test, the precise error, or that the choice was saved. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The signed-in account may change the desk's store (an administrator). */
    public ReadOnlyBooleanProperty mayChangeProperty() {
        return mayChange.getReadOnlyProperty();
    }
}
