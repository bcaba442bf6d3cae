package org.hazardledger.ui.account;

import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.Account;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.TaskExecutor;

/**
 * The forced password change after an administrator set the password: the old one was just
 * typed at the login, so only the new one is asked for, twice.
 */
public final class ChangePasswordViewModel {

    private final AccountService accounts;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final String loginName;
    private final String oldPassword;
    private final PasswordFields fields = new PasswordFields();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Account> changed = new ReadOnlyObjectWrapper<>();

    public ChangePasswordViewModel(AccountService accounts, Messages messages, TaskExecutor tasks, String loginName,
                                   String oldPassword) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        this.loginName = loginName;
        this.oldPassword = oldPassword;
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        error.set("");
        if (!fields.matches(messages)) {
            return;
        }
        String chosen = fields.password.get();
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> accounts.changePassword(loginName, oldPassword, chosen),
                account -> {
                    busy.set(false);
                    changed.set(account);
                },
                failure -> {
                    busy.set(false);
                    error.set(PasswordFields.show(messages, failure, Map.of("password", fields.passwordError)));
                }));
    }

    public String loginName() {
        return loginName;
    }

    public StringProperty passwordProperty() {
        return fields.password;
    }

    public StringProperty confirmProperty() {
        return fields.confirm;
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

    /** The account with its new password, once saved. */
    public ReadOnlyObjectProperty<Account> changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
