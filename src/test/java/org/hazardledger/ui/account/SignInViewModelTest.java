package org.hazardledger.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.service.AccountService;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login screen: one message for every refusal, the lockout, and the forced password change. */
class SignInViewModelTest {

    private static final String FAILED = "登录名或密码错误。连续失败 5 次后账户将锁定 5 分钟。";

    @TempDir
    Path dir;

    private UiFixture ui;
    private Account admin;
    private final List<Account> signedIn = new ArrayList<>();
    private SignInViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void open() throws Exception {
        ui = new UiFixture(dir);
        ui.ledger.initialiseSmall();
        admin = ui.ledger.accounts.createFirstAdmin("admin", "系统管理员", "Admin-Passw0rd");
        vm = ui.onFx(() -> new SignInViewModel(ui.services.accounts(), ui.messages, ui.tasks, signedIn::add));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneOrUnknownNameGiveOneMessage() throws Exception {
        attempt("admin", "wrong-password");
        assertThat(vm.errorProperty().get()).isEqualTo(FAILED);
        assertThat(vm.passwordProperty().get()).as("a refused password is cleared").isEmpty();
        attempt("nobody", "Admin-Passw0rd");
        assertThat(vm.errorProperty().get()).isEqualTo(FAILED);
        assertThat(signedIn).isEmpty();

        attempt(" Admin ", "Admin-Passw0rd");
        assertThat(signedIn).extracting(Account::id).containsExactly(admin.id());
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.passwordProperty().get()).isEmpty();
    }

    @Test
    void emptyFieldsAreAskedForWithoutTryingTheLogin() throws Exception {
        attempt("admin", "");
        assertThat(vm.errorProperty().get()).isEqualTo("请输入登录名和密码。");
        assertThat(ui.tasks.executedCount()).isZero();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedWithTheSameMessage() throws Exception {
        for (int i = 0; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            attempt("admin", "guess-" + i);
        }
        attempt("admin", "Admin-Passw0rd");
        assertThat(vm.errorProperty().get()).isEqualTo(FAILED);
        assertThat(signedIn).isEmpty();
    }

    @Test
    void anAccountWithAResetPasswordMustChooseItsOwnBeforeItIsSignedIn() throws Exception {
        Account clerk = ui.ledger.accounts.create(admin, "clerk", "安全员甲", "First-Passw0rd", AccountRole.CLERK,
                null, null);
        attempt("clerk", "First-Passw0rd");
        SignInViewModel.PasswordChange change = vm.mustChangeProperty().get();
        assertThat(change).isNotNull();
        assertThat(change.account().id()).isEqualTo(clerk.id());
        assertThat(signedIn).as("not signed in before the change").isEmpty();

        ChangePasswordViewModel form = ui.onFx(() -> new ChangePasswordViewModel(ui.services.accounts(), ui.messages,
                ui.tasks, change.account().loginName(), change.oldPassword()));
        ui.fx(() -> {
            form.passwordProperty().set("New-Passw0rd");
            form.confirmProperty().set("New-Passw0rd!");
            form.change();
        });
        assertThat(form.confirmErrorProperty().get()).isEqualTo("两次输入的密码不一致。");
        ui.fx(() -> {
            form.passwordProperty().set("First-Passw0rd");
            form.confirmProperty().set("First-Passw0rd");
            form.change();
        });
        assertThat(form.passwordErrorProperty().get()).isEqualTo("新密码不能与旧密码相同。");
        assertThat(form.changedProperty().get()).isNull();

        ui.fx(() -> {
            form.passwordProperty().set("New-Passw0rd");
            form.confirmProperty().set("New-Passw0rd");
            form.change();
        });
        Account changed = form.changedProperty().get();
        assertThat(changed.mustChangePassword()).isFalse();
        ui.fx(() -> vm.passwordChanged(changed));
        assertThat(signedIn).extracting(Account::id).containsExactly(clerk.id());
        assertThat(vm.mustChangeProperty().get()).isNull();
        assertThat(ui.ledger.accounts.authenticate("clerk", "New-Passw0rd").id()).isEqualTo(clerk.id());
    }

    @Test
    void cancellingTheChangeLeavesNobodySignedIn() throws Exception {
        ui.ledger.accounts.create(admin, "clerk", "安全员甲", "First-Passw0rd", AccountRole.CLERK, null, null);
        attempt("clerk", "First-Passw0rd");
        ui.fx(vm::passwordChangeCancelled);
        assertThat(vm.mustChangeProperty().get()).isNull();
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(signedIn).isEmpty();
        assertThat(ui.ledger.accounts.authenticate("clerk", "First-Passw0rd").mustChangePassword()).isTrue();
    }

    @Test
    void aRealLedgerShowsNoDemoHint() throws Exception {
        ui.fx(vm::start);
        assertThat(vm.demoHintProperty().get()).isEmpty();
    }

    @Test
    void aDemoLedgerNamesItsLoginsWithTheirRolesAndThePassword() throws Exception {
        // What the demo writes (its loading takes too long for this test; DemoAccountsTest covers it).
        ui.ledger.store.transact(s -> {
            s.settings().put("demo.accounts", "admin,gone");
            return null;
        });
        ui.fx(vm::start);
        assertThat(vm.demoHintProperty().get()).isEqualTo("演示台账的账户：admin（管理员）、gone；密码均为 Demo-2026");
    }

    private void attempt(String login, String password) throws Exception {
        ui.fx(() -> {
            vm.loginNameProperty().set(login);
            vm.passwordProperty().set(password);
            vm.signIn();
        });
    }
}
