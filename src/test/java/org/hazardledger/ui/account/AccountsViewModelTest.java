package org.hazardledger.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.service.Actor;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 账户管理 page: the table, adding and editing accounts, disabling, resetting a password. */
class AccountsViewModelTest {

    @TempDir
    Path dir;

    private UiFixture ui;
    private LedgerFixture.SmallEnterprise e;
    private Account admin;
    private AccountsViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void open() throws Exception {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
        admin = ui.ledger.accounts.createFirstAdmin("admin", "系统管理员", "Admin-Passw0rd");
        ui.ledger.session.signIn(Actor.of(admin));
        vm = ui.onFx(() -> new AccountsViewModel(ui.services));
        ui.fx(vm::refresh);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theAdministratorAddsAUnitHeadWhoSeesTheirUnitInTheTable() throws Exception {
        assertThat(vm.rows()).extracting(AccountRow::loginName, AccountRow::role, AccountRow::scope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", "管理员", "（全企业）"));

        AccountFormViewModel form = ui.onFx(vm::newAccount);
        ui.fx(() -> {
            form.loginNameProperty().set("zhangwei");
            form.displayNameProperty().set("张伟");
            form.roleProperty().set(AccountChoices.find(form.roles(), AccountRole.UNIT_HEAD));
            form.passwordProperty().set("Workshop-2026");
            form.confirmProperty().set("Workshop-2026");
            form.save();
        });
        assertThat(form.scopeErrorProperty().get()).isEqualTo("车间主任/班组长账户须指定负责的单位。");
        assertThat(form.savedProperty().get()).isNull();

        ui.fx(() -> {
            form.scopeUnitProperty().set(AccountChoices.find(form.units(), e.workshop().id()));
            form.personProperty().set(AccountChoices.find(form.people(), e.director().id()));
            form.save();
        });
        Account saved = form.savedProperty().get();
        assertThat(saved.mustChangePassword()).isTrue();
        ui.fx(() -> vm.saved(saved));
        assertThat(vm.messageProperty().get()).isEqualTo("已保存账户 zhangwei。");
        assertThat(vm.rows()).extracting(AccountRow::loginName, AccountRow::displayName, AccountRow::role,
                AccountRow::scope).contains(org.assertj.core.groups.Tuple.tuple("zhangwei", "张伟", "车间主任/班组长",
                "一厂 / 合成车间"));
        assertThat(form.people()).extracting(c -> c.label()).contains("张伟（E0003）");
    }

    @Test
    void editingStartsFromTheAccountAndAnOutdatedFormIsRefused() throws Exception {
        Account clerk = ui.ledger.accounts.create(admin, "clerk", "安全员甲", "First-Passw0rd", AccountRole.CLERK,
                null, null);
        ui.fx(vm::refresh);
        select("clerk");
        AccountFormViewModel form = ui.onFx(vm::editSelected);
        assertThat(form.isNew()).isFalse();
        assertThat(form.displayNameProperty().get()).isEqualTo("安全员甲");
        assertThat(form.roleProperty().get().value()).isEqualTo(AccountRole.CLERK);

        // Someone else changes the account meanwhile.
        ui.ledger.accounts.edit(Actor.of(admin), clerk.id(), clerk.revision(), "安全员乙", AccountRole.CLERK, null,
                null);
        ui.fx(() -> {
            form.displayNameProperty().set("安全员丙");
            form.save();
        });
        assertThat(form.errorProperty().get()).isEqualTo("账户 clerk 已被他人修改，请刷新后重试。");
        assertThat(form.savedProperty().get()).isNull();
        assertThat(ui.ledger.accounts.find(clerk.id()).orElseThrow().displayName()).isEqualTo("安全员乙");
    }

    @Test
    void disablingAsksFirstAndShowsInTheTableThenEnablingUndoesIt() throws Exception {
        ui.ledger.accounts.create(admin, "clerk", "安全员甲", "First-Passw0rd", AccountRole.CLERK, null, null);
        ui.fx(vm::refresh);
        select("clerk");
        ui.fx(vm::toggleDisabled);
        assertThat(ui.dialogs.shown).extracting(s -> s.kind()).containsExactly("confirm");
        assertThat(vm.messageProperty().get()).isEqualTo("已停用账户 clerk。");
        AccountRow row = vm.selectedProperty().get();
        assertThat(row.loginName()).isEqualTo("clerk");
        assertThat(row.disabled()).isEqualTo("是");

        ui.fx(vm::toggleDisabled);
        assertThat(ui.dialogs.shown).as("enabling needs no confirmation").hasSize(1);
        assertThat(vm.selectedProperty().get().disabled()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("已启用账户 clerk。");
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextLogin() throws Exception {
        ui.ledger.accounts.create(admin, "clerk", "安全员甲", "First-Passw0rd", AccountRole.CLERK, null, null);
        ui.fx(vm::refresh);
        select("clerk");
        ResetPasswordViewModel reset = ui.onFx(vm::resetSelected);
        assertThat(reset.heading()).isEqualTo("重置 安全员甲（clerk）的密码");
        ui.fx(() -> {
            reset.passwordProperty().set("1234567890");
            reset.confirmProperty().set("1234567890");
            reset.reset();
        });
        assertThat(reset.passwordErrorProperty().get()).isEqualTo("密码不能全是数字。");
        ui.fx(() -> {
            reset.passwordProperty().set("Temporary-2026");
            reset.confirmProperty().set("Temporary-2026");
            reset.reset();
        });
        assertThat(reset.savedProperty().get().mustChangePassword()).isTrue();
        assertThat(ui.ledger.accounts.authenticate("clerk", "Temporary-2026").mustChangePassword()).isTrue();
    }

    @Test
    void someoneWhoIsNoAdministratorIsRefused() throws Exception {
        Account clerk = ui.ledger.accounts.create(admin, "clerk", "安全员甲", "First-Passw0rd", AccountRole.CLERK,
                null, null);
        ui.ledger.session.signIn(Actor.of(clerk));
        ui.fx(vm::refresh);
        select("admin");
        ui.fx(vm::toggleDisabled);
        assertThat(vm.messageProperty().get()).isEqualTo("只有管理员可以管理账户。");
        assertThat(vm.selectedProperty().get().disabled()).isEmpty();

        AccountFormViewModel form = ui.onFx(vm::newAccount);
        ui.fx(() -> {
            form.loginNameProperty().set("another");
            form.displayNameProperty().set("某人");
            form.passwordProperty().set("Another-2026");
            form.confirmProperty().set("Another-2026");
            form.save();
        });
        assertThat(form.errorProperty().get()).isEqualTo("只有管理员可以管理账户。");
        assertThat(ui.ledger.accounts.all()).hasSize(2);
    }

    private void select(String login) throws Exception {
        ui.fx(() -> vm.selectedProperty().set(vm.rows().stream().filter(r -> r.loginName().equals(login))
                .findFirst().orElseThrow()));
    }
}
