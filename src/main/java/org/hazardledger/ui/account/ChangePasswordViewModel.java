package org.hazardledger.ui.account;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.Account;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.FieldErrors;
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
    private final FieldErrors errors;
    private final PasswordFields fields;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Account> changed = new ReadOnlyObjectWrapper<>();

    public ChangePasswordViewModel(AccountService accounts, Messages messages, TaskExecutor tasks, String loginName,
                                   String oldPassword) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = new FieldErrors(messages, List.of(PasswordFields.PASSWORD, PasswordFields.CONFIRM));
        this.fields = new PasswordFields(errors);
        this.loginName = loginName;
        this.oldPassword = oldPassword;
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        errors.showForm("");
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
                    errors.showAtFields(failure);
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
        return errors.field(PasswordFields.PASSWORD);
    }

    public ReadOnlyStringProperty confirmErrorProperty() {
        return errors.field(PasswordFields.CONFIRM);
    }

    public ReadOnlyStringProperty errorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The account with its new password, once saved. */
    public ReadOnlyObjectProperty<Account> changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
