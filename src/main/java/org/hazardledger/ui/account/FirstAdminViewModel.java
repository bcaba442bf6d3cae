package org.hazardledger.ui.account;

import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.Account;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.TaskExecutor;

/** The first start of a ledger without accounts: whoever sets it up becomes its administrator. */
public final class FirstAdminViewModel {

    private final AccountService accounts;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final StringProperty loginName = new SimpleStringProperty("admin");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final PasswordFields fields = new PasswordFields();
    private final ReadOnlyStringWrapper loginNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper displayNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Account> created = new ReadOnlyObjectWrapper<>();

    public FirstAdminViewModel(AccountService accounts, Messages messages, TaskExecutor tasks) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        loginName.addListener((o, a, b) -> loginNameError.set(""));
        displayName.addListener((o, a, b) -> displayNameError.set(""));
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        error.set("");
        if (!fields.matches(messages)) {
            return;
        }
        String login = loginName.get();
        String name = displayName.get();
        String password = fields.password.get();
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> accounts.createFirstAdmin(login, name, password),
                account -> {
                    busy.set(false);
                    created.set(account);
                },
                failure -> {
                    busy.set(false);
                    error.set(PasswordFields.show(messages, failure, Map.of("loginName", loginNameError,
                            "displayName", displayNameError, "password", fields.passwordError)));
                }));
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return fields.password;
    }

    public StringProperty confirmProperty() {
        return fields.confirm;
    }

    public ReadOnlyStringProperty loginNameErrorProperty() {
        return loginNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty displayNameErrorProperty() {
        return displayNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return fields.passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmErrorProperty() {
        return fields.confirmError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The administrator, once created: the workbench signs it in. */
    public ReadOnlyObjectProperty<Account> createdProperty() {
        return created.getReadOnlyProperty();
    }
}
