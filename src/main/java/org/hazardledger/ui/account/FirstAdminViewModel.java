package org.hazardledger.ui.account;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.Account;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.TaskExecutor;

/** The first start of a ledger without accounts: whoever sets it up becomes its administrator. */
public final class FirstAdminViewModel {

    private final AccountService accounts;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final StringProperty loginName = new SimpleStringProperty("admin");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final FieldErrors errors;
    private final PasswordFields fields;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Account> created = new ReadOnlyObjectWrapper<>();

    public FirstAdminViewModel(AccountService accounts, Messages messages, TaskExecutor tasks) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = new FieldErrors(messages,
                List.of("loginName", "displayName", PasswordFields.PASSWORD, PasswordFields.CONFIRM));
        this.fields = new PasswordFields(errors);
        errors.clearOnEdit(loginName, "loginName");
        errors.clearOnEdit(displayName, "displayName");
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        errors.showForm("");
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
                    errors.showAtFields(failure);
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
        return errors.field("loginName");
    }

    public ReadOnlyStringProperty displayNameErrorProperty() {
        return errors.field("displayName");
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

    /** The administrator, once created: the workbench signs it in. */
    public ReadOnlyObjectProperty<Account> createdProperty() {
        return created.getReadOnlyProperty();
    }
}
