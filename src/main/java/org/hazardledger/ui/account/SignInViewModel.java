package org.hazardledger.ui.account;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;

/**
 * The login screen: login name and password, one message for any refusal (the service's
 * {@code error.login.failed}, which also covers a locked or disabled account). An account that
 * must change its password is handed to the change-password dialog before it is signed in.
 */
public final class SignInViewModel {

    private final AccountService accounts;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Consumer<Account> onSignedIn;
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper demoHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PasswordChange> mustChange = new ReadOnlyObjectWrapper<>();

    /** An account whose owner must choose a new password first, with the password just typed. */
    public record PasswordChange(Account account, String oldPassword) {
    }

    public SignInViewModel(AccountService accounts, Messages messages, TaskExecutor tasks,
                           Consumer<Account> onSignedIn) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
        this.onSignedIn = onSignedIn;
    }

    /** Looks whether this is the demo ledger, to show its logins (with their roles) and password. */
    public void start() {
        tasks.execute(BackgroundTask.of(() -> accounts.demoSignIn().map(this::demoHint).orElse(""), demoHint::set,
                failure -> demoHint.set("")));
    }

    /** "admin（管理员）、anquan（安全员）…; password …", in the demo's order. */
    private String demoHint(AccountService.DemoSignIn demo) {
        Map<String, AccountRole> roles = accounts.all().stream()
                .collect(Collectors.toMap(Account::loginName, Account::role));
        String logins = demo.loginNames().stream()
                .map(login -> roles.containsKey(login) ? login + "（" + messages.label(roles.get(login)) + "）" : login)
                .collect(Collectors.joining("、"));
        return messages.get("signIn.demoHint", logins, demo.password());
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        String login = loginName.get();
        String typed = password.get();
        if (login == null || login.isBlank() || typed == null || typed.isEmpty()) {
            error.set(messages.get("signIn.required"));
            return;
        }
        error.set("");
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> accounts.authenticate(login, typed),
                account -> {
                    busy.set(false);
                    if (account.mustChangePassword()) {
                        mustChange.set(new PasswordChange(account, typed));
                    } else {
                        done(account);
                    }
                },
                failure -> {
                    busy.set(false);
                    password.set("");
                    error.set(Failures.describe(messages, failure));
                }));
    }

    /** The new password is saved: the account is signed in. */
    public void passwordChanged(Account account) {
        mustChange.set(null);
        done(account);
    }

    /** The change was cancelled: back to the login, which must be repeated. */
    public void passwordChangeCancelled() {
        mustChange.set(null);
        password.set("");
    }

    private void done(Account account) {
        password.set("");
        error.set("");
        onSignedIn.accept(account);
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** For a demo ledger: which logins to try and their password; empty otherwise. */
    public ReadOnlyStringProperty demoHintProperty() {
        return demoHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Set while the account must change its password before it is signed in. */
    public ReadOnlyObjectProperty<PasswordChange> mustChangeProperty() {
        return mustChange.getReadOnlyProperty();
    }
}
