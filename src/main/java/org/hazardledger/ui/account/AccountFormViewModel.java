package org.hazardledger.ui.account;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.UserSession;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.TaskExecutor;

/**
 * Adds an account (login name and a first password, which its owner must change) or edits one
 * (name, role, the unit it answers for, the person it belongs to) for the administrator.
 */
public final class AccountFormViewModel {

    private final AccountService accounts;
    private final UserSession session;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Account editing;
    private final AccountChoices choices;
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Choice<AccountRole>> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<UUID>> scopeUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<UUID>> person = new SimpleObjectProperty<>();
    private final FieldErrors errors;
    private final PasswordFields fields;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Account> saved = new ReadOnlyObjectWrapper<>();

    /** {@code editing} null: a new account. */
    AccountFormViewModel(AccountService accounts, UserSession session, Messages messages, TaskExecutor tasks,
                         AccountChoices choices, Account editing) {
        this.accounts = accounts;
        this.session = session;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = new FieldErrors(messages, List.of("loginName", "displayName", PasswordFields.PASSWORD,
                PasswordFields.CONFIRM, "role", "scopeUnit", "person"));
        this.fields = new PasswordFields(errors);
        this.choices = choices;
        this.editing = editing;
        if (editing == null) {
            role.set(AccountChoices.find(choices.roles(), AccountRole.CLERK));
            scopeUnit.set(AccountChoices.find(choices.units(), null));
            person.set(AccountChoices.find(choices.people(), null));
        } else {
            loginName.set(editing.loginName());
            displayName.set(editing.displayName());
            role.set(AccountChoices.find(choices.roles(), editing.role()));
            scopeUnit.set(AccountChoices.find(choices.units(), editing.scopeUnitId()));
            person.set(AccountChoices.find(choices.people(), editing.personId()));
        }
        errors.clearOnEdit(loginName, "loginName");
        errors.clearOnEdit(displayName, "displayName");
        errors.clearOnEdit(role, "role");
        errors.clearOnEdit(scopeUnit, "scopeUnit");
        errors.clearOnEdit(person, "person");
    }

    public boolean isNew() {
        return editing == null;
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        errors.showForm("");
        if (isNew() && !fields.matches(messages)) {
            return;
        }
        String login = loginName.get();
        String name = displayName.get();
        AccountRole chosenRole = role.get() == null ? null : role.get().value();
        UUID scope = scopeUnit.get() == null ? null : scopeUnit.get().value();
        UUID personId = person.get() == null ? null : person.get().value();
        String password = fields.password.get();
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> isNew()
                        ? accounts.create(signedInAccount(), login, name, password, chosenRole, scope, personId)
                        : accounts.edit(session.actor(), editing.id(), editing.revision(), name, chosenRole, scope,
                                personId),
                account -> {
                    busy.set(false);
                    saved.set(account);
                },
                failure -> {
                    busy.set(false);
                    errors.showAtFields(failure);
                }));
    }

    /** Null for a process without an account: the service then refuses as "administrator only". */
    private Account signedInAccount() {
        UUID id = session.actor().accountId();
        return id == null ? null : accounts.find(id).orElse(null);
    }

    public ObservableList<Choice<AccountRole>> roles() {
        return FXCollections.observableArrayList(choices.roles());
    }

    public ObservableList<Choice<UUID>> units() {
        return FXCollections.observableArrayList(choices.units());
    }

    public ObservableList<Choice<UUID>> people() {
        return FXCollections.observableArrayList(choices.people());
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Choice<AccountRole>> roleProperty() {
        return role;
    }

    public ObjectProperty<Choice<UUID>> scopeUnitProperty() {
        return scopeUnit;
    }

    public ObjectProperty<Choice<UUID>> personProperty() {
        return person;
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

    public ReadOnlyStringProperty roleErrorProperty() {
        return errors.field("role");
    }

    public ReadOnlyStringProperty scopeErrorProperty() {
        return errors.field("scopeUnit");
    }

    public ReadOnlyStringProperty personErrorProperty() {
        return errors.field("person");
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

    /** The account as saved; the dialog closes and the table reloads. */
    public ReadOnlyObjectProperty<Account> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
