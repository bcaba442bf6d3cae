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
import org.hazardledger.service.UserSession;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.TaskExecutor;

/** The administrator sets a temporary password; its owner must change it at the next login. */
public final class ResetPasswordViewModel {

    private final AccountService accounts;
    private final UserSession session;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Account account;
    private final FieldErrors errors;
    private final PasswordFields fields;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Account> saved = new ReadOnlyObjectWrapper<>();

    ResetPasswordViewModel(AccountService accounts, UserSession session, Messages messages, TaskExecutor tasks,
                           Account account) {
        this.accounts = accounts;
        this.session = session;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = new FieldErrors(messages, List.of(PasswordFields.PASSWORD, PasswordFields.CONFIRM));
        this.fields = new PasswordFields(errors);
        this.account = account;
    }

    public void reset() {
        if (busy.get()) {
            return;
        }
        errors.showForm("");
        if (!fields.matches(messages)) {
            return;
        }
        String password = fields.password.get();
        busy.set(true);
        tasks.execute(BackgroundTask.of(
                () -> accounts.resetPassword(session.actor(), account.id(), account.revision(), password),
                a -> {
                    busy.set(false);
                    saved.set(a);
                },
                failure -> {
                    busy.set(false);
                    errors.showAtFields(failure);
                }));
    }

    /** "Reset the password of 张伟 (zhangwei)". */
    public String heading() {
        return messages.get("accounts.reset.heading", account.displayName(), account.loginName());
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

    public ReadOnlyObjectProperty<Account> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
