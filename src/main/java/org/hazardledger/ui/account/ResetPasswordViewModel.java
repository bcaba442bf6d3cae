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
import org.hazardledger.service.UserSession;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.TaskExecutor;

/** The administrator sets a temporary password; its owner must change it at the next login. */
public final class ResetPasswordViewModel {

    private final AccountService accounts;
    private final UserSession session;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Account account;
    private final PasswordFields fields = new PasswordFields();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Account> saved = new ReadOnlyObjectWrapper<>();

    ResetPasswordViewModel(AccountService accounts, UserSession session, Messages messages, TaskExecutor tasks,
                           Account account) {
        this.accounts = accounts;
        this.session = session;
        this.messages = messages;
        this.tasks = tasks;
        this.account = account;
    }

    public void reset() {
        if (busy.get()) {
            return;
        }
        error.set("");
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
                    error.set(PasswordFields.show(messages, failure, Map.of("password", fields.passwordError)));
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

    public ReadOnlyObjectProperty<Account> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
