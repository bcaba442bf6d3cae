package org.hazardledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.service.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell asks for setup, then the administrator, then a sign-in; it shows the enterprise and the user. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @Test
    void anEmptyLedgerAsksForSetupThenOpensWithTheEnterpriseInTheStatusBar() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            WorkbenchViewModel vm = ui.onFx(() -> new WorkbenchViewModel(ui.services));
            ui.fx(vm::start);
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.NEEDS_SETUP);
            assertThat(vm.ledgerActiveProperty().get()).isFalse();
            assertThat(vm.enterpriseTextProperty().get()).isEqualTo("企业：（尚未建立）");
            assertThat(vm.dataFolderTextProperty().get()).isEqualTo("数据文件夹：" + dir.toAbsolutePath());
            ui.ledger.initialiseSmall();
            ui.fx(vm::setupFinished);
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.NEEDS_ADMIN);
            assertThat(vm.enterpriseTextProperty().get()).isEqualTo("企业：测试化工有限公司");
            assertThat(vm.ledgerActiveProperty().get()).isFalse();
            assertThat(vm.userTextProperty().get()).isEqualTo("用户：未登录");

            Account admin = ui.ledger.accounts.createFirstAdmin("admin", "系统管理员", "Admin-Passw0rd");
            ui.fx(() -> vm.signedIn(admin));
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.READY);
            assertThat(vm.ledgerActiveProperty().get()).isTrue();
            assertThat(vm.userTextProperty().get()).isEqualTo("用户：系统管理员 (admin) · 管理员");
            assertThat(vm.adminProperty().get()).isTrue();
            assertThat(ui.ledger.session.actor().accountId()).isEqualTo(admin.id());
            ui.fx(() -> vm.pageProperty().set(Page.STATISTICS));
            assertThat(vm.ledgerActiveProperty().get()).isFalse();
        }
    }

    @Test
    void signingOutReturnsToTheLoginAndAClerkIsNotOfferedTheAccountsPage() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            ui.ledger.initialiseSmall();
            Account admin = ui.ledger.accounts.createFirstAdmin("admin", "系统管理员", "Admin-Passw0rd");
            Account clerk = ui.ledger.accounts.create(admin, "clerk", "安全员甲", "First-Passw0rd", AccountRole.CLERK,
                    null, null);
            ui.ledger.session.signOut();
            WorkbenchViewModel vm = ui.onFx(() -> new WorkbenchViewModel(ui.services));
            ui.fx(vm::start);
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.SIGN_IN);
            assertThat(vm.readyProperty().get()).isFalse();

            ui.fx(() -> vm.signedIn(admin));
            ui.fx(() -> vm.pageProperty().set(Page.ACCOUNTS));
            ui.fx(vm::signOut);
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.SIGN_IN);
            assertThat(ui.ledger.session.signedIn()).isFalse();
            assertThat(vm.userTextProperty().get()).isEqualTo("用户：未登录");
            assertThat(vm.pageProperty().get()).isEqualTo(Page.LEDGER);

            ui.fx(() -> vm.signedIn(clerk));
            assertThat(vm.adminProperty().get()).isFalse();
            assertThat(vm.userTextProperty().get()).isEqualTo("用户：安全员甲 (clerk) · 安全员");
            assertThat(ui.ledger.session.actor().role()).isEqualTo(AccountRole.CLERK);
        }
    }

    @Test
    void aFederationLedgerIsNamedAsTheFederationInTheStatusBarInBothLanguages() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            ui.ledger.setup.initialiseFederation("江城市总工会");
            WorkbenchViewModel vm = ui.onFx(() -> new WorkbenchViewModel(ui.services));
            ui.fx(vm::start);
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.NEEDS_ADMIN);
            assertThat(vm.enterpriseTextProperty().get()).isEqualTo("总工会：江城市总工会");
            // the 总工会 page then shows the enterprises, not the notices an enterprise receives
            assertThat(vm.isFederation()).isTrue();
        }
        try (UiFixture ui = new UiFixture(dir, Messages.forLanguage("en"))) {
            WorkbenchViewModel vm = ui.onFx(() -> new WorkbenchViewModel(ui.services));
            ui.fx(vm::start);
            assertThat(vm.enterpriseTextProperty().get()).isEqualTo("Federation: 江城市总工会");
        }
    }
}
