package org.hazardledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.DatabaseConnections;
import org.hazardledger.service.DeskDatabase;
import org.hazardledger.service.DeskSettings;
import org.hazardledger.service.StoreChoice;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.settings.DatabaseSettingViewModel.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置 › 数据库: the fields are checked where they are, a test says the version or why not, saving keeps no password. */
class DatabaseSettingViewModelTest {

    private static final String URL = "jdbc:postgresql://db.example.cn:5432/ledger";

    @TempDir
    Path dir;
    private UiFixture ui;
    private Path data;
    /** What the fake server was asked with; it answers by the password. */
    private final List<DatabaseServer> tried = new ArrayList<>();
    private final DatabaseConnections fake = server -> {
        tried.add(server);
        if (!server.password().equals("right")) {
            throw new DomainException("error.server.password", server.describe(), server.user());
        }
        return "PostgreSQL 15.8";
    };

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        data = dir.resolve("ledger");
        ui = new UiFixture(data);
        ui.ledger.initialiseSmall();
        ui.ledger.signIn("系统管理员", AccountRole.ADMIN, null);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private DatabaseSettingViewModel viewModel(DatabaseConnections connections) throws Exception {
        DeskDatabase desk = new DeskDatabase(data.toAbsolutePath().toString(), false, new DeskSettings(data),
                connections);
        DatabaseSettingViewModel vm = ui.onFx(() -> new DatabaseSettingViewModel(desk, ui.ledger.session,
                ui.messages, ui.tasks));
        ui.fx(vm::load);
        return vm;
    }

    @Test
    void aNewDeskUsesTheEmbeddedLedgerAndSaysWhereItIs() throws Exception {
        DatabaseSettingViewModel vm = viewModel(fake);
        assertThat(vm.onServerProperty().get()).isFalse();
        assertThat(vm.urlProperty().get()).isEmpty();
        assertThat(vm.mayChangeProperty().get()).isTrue();
        assertThat(vm.currentLocation()).isEqualTo("当前台账：本机数据文件夹 " + data.toAbsolutePath());
        assertThat(vm.statusTextProperty().get()).isEmpty();
    }

    @Test
    void aWrongAddressOrAMissingUserIsSaidAtTheFieldAndNothingIsTriedOrSaved() throws Exception {
        DatabaseSettingViewModel vm = viewModel(fake);
        ui.fx(() -> {
            vm.onServerProperty().set(true);
            vm.urlProperty().set("postgresql://db.example.cn/ledger");
            vm.userProperty().set("ledger");
            vm.testConnection();
        });
        assertThat(vm.urlErrorProperty().get()).isEqualTo("数据库地址 postgresql://db.example.cn/ledger 不是 "
                + "PostgreSQL 的地址，应形如 jdbc:postgresql://主机:端口/数据库");
        assertThat(tried).isEmpty();

        ui.fx(() -> {
            vm.urlProperty().set(URL);
            vm.userProperty().set(" ");
            vm.save();
        });
        assertThat(vm.urlErrorProperty().get()).as("cleared by the edit").isEmpty();
        assertThat(vm.userErrorProperty().get()).isEqualTo("请填写数据库用户名。");
        assertThat(vm.statusTextProperty().get()).isEmpty();
        assertThat(data.resolve(DeskSettings.FILE_NAME)).doesNotExist();

        ui.fx(() -> vm.userProperty().set("ledger"));
        assertThat(vm.userErrorProperty().get()).isEmpty();
    }

    @Test
    void theTestSaysTheServersVersionOrThatThePasswordWasRefused() throws Exception {
        DatabaseSettingViewModel vm = viewModel(fake);
        ui.fx(() -> {
            vm.onServerProperty().set(true);
            vm.urlProperty().set(URL);
            vm.userProperty().set("ledger");
            vm.passwordProperty().set("wrong");
            vm.testConnection();
        });
        assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILURE);
        assertThat(vm.statusTextProperty().get())
                .isEqualTo("数据库服务器 postgresql://db.example.cn:5432/ledger (ledger) 拒绝了用户 ledger 的登录：用户名或密码不对。");
        assertThat(vm.busyProperty().get()).isFalse();

        ui.fx(() -> vm.passwordProperty().set("right"));
        assertThat(vm.statusTextProperty().get()).as("an edit clears the old answer").isEmpty();
        ui.fx(vm::testConnection);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.SUCCESS);
        assertThat(vm.statusTextProperty().get())
                .isEqualTo("连接成功：postgresql://db.example.cn:5432/ledger (ledger) 运行的是 PostgreSQL 15.8。");
        assertThat(tried).extracting(DatabaseServer::password).containsExactly("wrong", "right");
    }

    @Test
    void anUnreachableServerIsSaidPrecisely() throws Exception {
        DatabaseSettingViewModel vm = viewModel(DatabaseConnections.toServers());
        ui.fx(() -> {
            vm.onServerProperty().set(true);
            vm.urlProperty().set("jdbc:postgresql://127.0.0.1:1/ledger");
            vm.userProperty().set("ledger");
            vm.testConnection();
        });
        assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILURE);
        assertThat(vm.statusTextProperty().get()).startsWith("连接不上数据库服务器 postgresql://127.0.0.1:1/ledger (ledger)");
    }

    @Test
    void savingKeepsTheServerForTheNextStartButNeverThePassword() throws Exception {
        DatabaseSettingViewModel vm = viewModel(fake);
        ui.fx(() -> {
            vm.onServerProperty().set(true);
            vm.urlProperty().set(URL);
            vm.userProperty().set("ledger");
            vm.passwordProperty().set("Very-S3cret-pw");
            vm.save();
        });
        assertThat(vm.statusProperty().get()).isEqualTo(Status.SUCCESS);
        assertThat(vm.statusTextProperty().get()).isEqualTo(
                "已保存：下次启动时打开数据库服务器 postgresql://db.example.cn:5432/ledger (ledger) 上的台账，届时会询问密码。");
        String file = Files.readString(data.resolve(DeskSettings.FILE_NAME), StandardCharsets.ISO_8859_1);
        assertThat(file).contains("server.user=ledger").doesNotContain("Very-S3cret-pw").doesNotContainIgnoringCase("password");
        assertThat(new DeskSettings(data).read().store()).isEqualTo(StoreChoice.server(URL, "ledger"));

        DatabaseSettingViewModel again = viewModel(fake);
        assertThat(again.onServerProperty().get()).isTrue();
        assertThat(again.urlProperty().get()).isEqualTo(URL);
        assertThat(again.userProperty().get()).isEqualTo("ledger");
        assertThat(again.passwordProperty().get()).isEmpty();

        ui.fx(() -> {
            again.onServerProperty().set(false);
            again.save();
        });
        assertThat(again.statusTextProperty().get()).isEqualTo("已保存：下次启动时打开本机台账。");
        assertThat(new DeskSettings(data).read().store()).isEqualTo(StoreChoice.EMBEDDED);
    }

    @Test
    void aDamagedSettingsFileIsSaidAndTheEmbeddedLedgerShown() throws Exception {
        Files.writeString(data.resolve(DeskSettings.FILE_NAME), "store=server\nserver.url=mysql://x\nserver.user=a\n");
        DatabaseSettingViewModel vm = viewModel(fake);
        assertThat(vm.onServerProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILURE);
        assertThat(vm.statusTextProperty().get()).contains("server.url=mysql://x").contains("本次打开本机台账");
    }

    @Test
    void someoneWhoIsNotAnAdministratorCannotSwitchTheDesk() throws Exception {
        ui.ledger.signIn("李娜", AccountRole.CLERK, null);
        DatabaseSettingViewModel vm = viewModel(fake);
        assertThat(vm.mayChangeProperty().get()).isFalse();
        ui.fx(() -> {
            vm.onServerProperty().set(true);
            vm.urlProperty().set(URL);
            vm.userProperty().set("ledger");
            vm.save();
        });
        assertThat(vm.statusTextProperty().get()).isEqualTo("只有管理员可以更改这台电脑使用的数据库。");
        assertThat(data.resolve(DeskSettings.FILE_NAME)).doesNotExist();
    }
}
