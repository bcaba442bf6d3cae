package org.hazardledger.ui.account;

import java.time.Clock;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Account;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.service.UserSession;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.WorkbenchServices;

/** The 账户管理 page: every account with its role, scope and state; add, edit, disable, reset password. */
public final class AccountsViewModel {

    private final AccountService accounts;
    private final OrganisationService organisation;
    private final UserSession session;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AccountRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private AccountChoices choices = AccountChoices.empty();

    public AccountsViewModel(WorkbenchServices services) {
        this.accounts = services.accounts();
        this.organisation = services.organisation();
        this.session = services.session();
        this.messages = services.messages();
        this.tasks = services.tasks();
        this.dialogs = services.dialogs();
        this.clock = services.clock();
    }

    /** Reads the accounts, units and people again; keeps the selection on the same account. */
    public void refresh() {
        loading.set(true);
        java.util.UUID keep = selected.get() == null ? null : selected.get().account().id();
        tasks.execute(BackgroundTask.of(
                () -> new Loaded(accounts.all(), AccountChoices.of(messages, organisation.units(), organisation.people())),
                loaded -> {
                    loading.set(false);
                    choices = loaded.choices();
                    rows.setAll(loaded.accounts().stream().map(this::row).toList());
                    selected.set(rows.stream().filter(r -> r.account().id().equals(keep)).findFirst().orElse(null));
                },
                failure -> {
                    loading.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    /** A form for a new account. */
    public AccountFormViewModel newAccount() {
        return new AccountFormViewModel(accounts, session, messages, tasks, choices, null);
    }

    /** A form for the selected account; null when none is selected. */
    public AccountFormViewModel editSelected() {
        AccountRow row = selected.get();
        return row == null ? null : new AccountFormViewModel(accounts, session, messages, tasks, choices, row.account());
    }

    /** A password reset for the selected account; null when none is selected. */
    public ResetPasswordViewModel resetSelected() {
        AccountRow row = selected.get();
        return row == null ? null : new ResetPasswordViewModel(accounts, session, messages, tasks, row.account());
    }

    /** After a form saved: say so and reload. */
    public void saved(Account account) {
        message.set(messages.get("accounts.saved", account.loginName()));
        refresh();
    }

    /** Disables the selected account after asking, or enables it again. */
    public void toggleDisabled() {
        AccountRow row = selected.get();
        if (row == null) {
            return;
        }
        Account a = row.account();
        boolean disable = !a.disabled();
        if (disable && !dialogs.confirm(messages.get("accounts.disable"),
                messages.get("accounts.disable.confirm", a.displayName(), a.loginName()))) {
            return;
        }
        tasks.execute(BackgroundTask.of(() -> accounts.setDisabled(session.actor(), a.id(), a.revision(), disable),
                changed -> {
                    message.set(messages.get(disable ? "accounts.disabled.done" : "accounts.enabled.done",
                            changed.loginName()));
                    refresh();
                },
                failure -> {
                    message.set(Failures.describe(messages, failure));
                    refresh();
                }));
    }

    private AccountRow row(Account a) {
        String scope = a.scopeUnitId() == null ? messages.get("account.scope.enterprise")
                : choices.unitPaths().getOrDefault(a.scopeUnitId(), "?");
        return new AccountRow(a, a.loginName(), a.displayName(), messages.label(a.role()), scope,
                a.disabled() ? messages.get("accounts.yes") : "",
                a.lockedAt(clock.instant()) ? messages.get("accounts.yes") : "");
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    public ObjectProperty<AccountRow> selectedProperty() {
        return selected;
    }

    /** The outcome of the last action, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private record Loaded(List<Account> accounts, AccountChoices choices) {
    }
}
