package org.hazardledger.ui.settings;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import org.hazardledger.service.StoreChoice;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;

/**
 * At start, when this desk keeps its ledger on a server: asks for the password and opens the ledger
 * in the background; a refusal (wrong password, server unreachable) is said and the password can be
 * typed again. The user may open the embedded ledger instead for this start, or quit.
 *
 * @param <T> what opening gives (the composition root's open ledger)
 */
public final class ServerPasswordViewModel<T> {

    private final StoreChoice store;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Function<DatabaseServer, T> openServer;
    private final Supplier<T> openEmbedded;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper working = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<T> opened = new ReadOnlyObjectWrapper<>();

    /** {@code openServer} and {@code openEmbedded} run off the FX thread and throw what stops them. */
    public ServerPasswordViewModel(StoreChoice store, Messages messages, TaskExecutor tasks,
                                   Function<DatabaseServer, T> openServer, Supplier<T> openEmbedded) {
        if (!store.onServer()) {
            throw new IllegalArgumentException("the embedded ledger needs no password");
        }
        this.store = store;
        this.messages = messages;
        this.tasks = tasks;
        this.openServer = openServer;
        this.openEmbedded = openEmbedded;
        password.addListener((o, was, now) -> passwordError.set(""));
    }

    /** "台账保存在数据库服务器 … 上。请输入数据库用户 … 的密码。" */
    public String prompt() {
        return messages.get("startup.db.prompt", store.describe(), store.user());
    }

    /** 连接: opens the ledger on the server with the password typed. */
    public void connect() {
        if (busy.get()) {
            return;
        }
        DatabaseServer server = store.withPassword(password.get());
        run(messages.get("startup.db.connecting", server.describe()), () -> openServer.apply(server));
    }

    /** 打开本机台账: this start only; the desk's setting stays as it is. */
    public void openEmbedded() {
        if (busy.get()) {
            return;
        }
        run(messages.get("startup.db.openingEmbedded"), openEmbedded);
    }

    private void run(String what, Supplier<T> open) {
        busy.set(true);
        error.set("");
        passwordError.set("");
        working.set(what);
        tasks.execute(BackgroundTask.of(open::get, ledger -> {
            busy.set(false);
            working.set("");
            opened.set(ledger);
        }, failure -> {
            busy.set(false);
            working.set("");
            String said = Failures.describe(messages, failure);
            boolean refused = failure instanceof DomainException d && d.messageKey().equals("error.server.password");
            (refused ? passwordError : error).set(said);
        }));
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last attempt failed (error.server.unreachable, error.server.database, …) unless it was the password. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The server refused the user or password (error.server.password), said at the field. */
    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    /** What is being opened while busy. */
    public ReadOnlyStringProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The ledger, once opened. */
    public ReadOnlyObjectProperty<T> openedProperty() {
        return opened.getReadOnlyProperty();
    }
}
