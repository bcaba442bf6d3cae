package org.hazardledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.service.DatabaseConnections;
import org.hazardledger.service.DeskDatabase;
import org.hazardledger.service.DeskSettings;
import org.hazardledger.service.StoreChoice;
import org.hazardledger.store.LedgerDatabase;
import org.hazardledger.testing.PostgresTestServer;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.settings.DatabaseSettingViewModel.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 测试连接 and the start's password dialog against a real PostgreSQL server. */
@Tag("postgresql")
class DatabaseSettingPostgresTest {

    @TempDir
    Path dir;

    @Test
    void theTestReportsTheServersVersionAndARefusedPassword() throws Exception {
        OnFx.startToolkit();
        DatabaseServer server = PostgresTestServer.freshDatabase();
        Path data = dir.resolve("ledger");
        try (UiFixture ui = new UiFixture(data)) {
            ui.ledger.initialiseSmall();
            ui.ledger.signIn("系统管理员", AccountRole.ADMIN, null);
            DeskDatabase desk = new DeskDatabase(data.toString(), false, new DeskSettings(data),
                    DatabaseConnections.toServers());
            DatabaseSettingViewModel vm = ui.onFx(() -> new DatabaseSettingViewModel(desk, ui.ledger.session,
                    ui.messages, ui.tasks));
            ui.fx(vm::load);
            ui.fx(() -> {
                vm.onServerProperty().set(true);
                vm.urlProperty().set(server.url());
                vm.userProperty().set(server.user());
                vm.passwordProperty().set(server.password());
                vm.testConnection();
            });
            assertThat(vm.statusProperty().get()).isEqualTo(Status.SUCCESS);
            assertThat(vm.statusTextProperty().get()).startsWith("连接成功：" + server.describe() + " 运行的是 PostgreSQL 1")
                    .endsWith("。");

            ui.fx(() -> {
                vm.passwordProperty().set(server.password() + "-wrong");
                vm.testConnection();
            });
            assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILURE);
            assertThat(vm.statusTextProperty().get()).isEqualTo("数据库服务器 " + server.describe() + " 拒绝了用户 "
                    + server.user() + " 的登录：用户名或密码不对。");
        }
    }

    @Test
    void thePasswordAskedAtStartOpensTheLedgerOnTheServerAfterAWrongOne() throws Exception {
        OnFx.startToolkit();
        DatabaseServer server = PostgresTestServer.freshDatabase();
        Path data = dir.resolve("desk");
        var tasks = new org.hazardledger.ui.SameThreadTaskExecutor();
        ServerPasswordViewModel<LedgerDatabase> vm = OnFx.call(() -> new ServerPasswordViewModel<>(
                StoreChoice.server(server.url(), server.user()), org.hazardledger.service.Messages.forLanguage("en"),
                tasks, s -> LedgerDatabase.open(data, s), () -> LedgerDatabase.open(data)));
        OnFx.run(() -> {
            vm.passwordProperty().set("not-" + server.password());
            vm.connect();
        });
        tasks.awaitDelivered();
        assertThat(vm.passwordErrorProperty().get()).isEqualTo("The database server " + server.describe()
                + " refused user " + server.user() + ": wrong user name or password.");
        assertThat(vm.openedProperty().get()).isNull();

        OnFx.run(() -> {
            vm.passwordProperty().set(server.password());
            vm.connect();
        });
        tasks.awaitDelivered();
        try (LedgerDatabase opened = vm.openedProperty().get()) {
            assertThat(opened).isNotNull();
            assertThat(opened.location()).isEqualTo(server.describe());
        }
    }
}
