package org.hazardledger.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.AccountRole;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator: refusals shown at their fields, then the account exists. */
class FirstAdminViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @Test
    void refusalsAreShownAtTheirFieldsThenTheAdministratorIsCreated() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            FirstAdminViewModel vm = ui.onFx(() -> new FirstAdminViewModel(ui.services.accounts(), ui.messages,
                    ui.tasks));
            assertThat(vm.loginNameProperty().get()).isEqualTo("admin");
            ui.fx(() -> {
                vm.passwordProperty().set("Good-Passw0rd");
                vm.confirmProperty().set("Good-Passw0rd2");
                vm.create();
            });
            assertThat(vm.confirmErrorProperty().get()).isEqualTo("两次输入的密码不一致。");
            assertThat(ui.ledger.accounts.hasAnyAccount()).isFalse();

            ui.fx(() -> {
                vm.loginNameProperty().set("a");
                vm.confirmProperty().set("Good-Passw0rd");
                vm.create();
            });
            assertThat(vm.loginNameErrorProperty().get()).isEqualTo("3～32 个字符，只能包含字母、数字、点、下划线或连字符。");
            assertThat(vm.displayNameErrorProperty().get()).isEqualTo("必填项，请填写。");
            assertThat(vm.createdProperty().get()).isNull();

            ui.fx(() -> vm.displayNameProperty().set("张伟"));
            assertThat(vm.displayNameErrorProperty().get()).as("typing clears the message").isEmpty();
            ui.fx(() -> {
                vm.loginNameProperty().set("zhangwei");
                vm.create();
            });
            assertThat(vm.createdProperty().get().role()).isEqualTo(AccountRole.ADMIN);
            assertThat(ui.ledger.accounts.authenticate("zhangwei", "Good-Passw0rd").displayName()).isEqualTo("张伟");
        }
    }
}
