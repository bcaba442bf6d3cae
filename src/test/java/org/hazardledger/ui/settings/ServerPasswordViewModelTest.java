package org.hazardledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import org.hazardledger.service.StoreChoice;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The password asked at start: a refusal is said and the password typed again; the embedded ledger is the way out. */
class ServerPasswordViewModelTest {

    private static final StoreChoice STORE = StoreChoice.server("jdbc:postgresql://db.example.cn:5432/ledger", "ledger");
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    private String openServer(DatabaseServer server) {
        if (server.password().equals("down")) {
            throw new DomainException("error.server.unreachable", server.describe());
        }
        if (!server.password().equals("right")) {
            throw new DomainException("error.server.password", server.describe(), server.user());
        }
        opened.add("server " + server.describe());
        return "ledger on the server";
    }

    private ServerPasswordViewModel<String> viewModel(Messages m) throws Exception {
        return OnFx.call(() -> new ServerPasswordViewModel<>(STORE, m, tasks, this::openServer, () -> {
            opened.add("embedded");
            return "embedded ledger";
        }));
    }

    private void fx(OnFx.Block block) throws Exception {
        OnFx.run(block);
        tasks.awaitDelivered();
    }

    @Test
    void aWrongPasswordIsSaidAtTheFieldAndTheNextTryOpensTheLedger() throws Exception {
        ServerPasswordViewModel<String> vm = viewModel(Messages.forLanguage("zh"));
        assertThat(vm.prompt()).isEqualTo(
                "这台电脑的台账保存在数据库服务器 postgresql://db.example.cn:5432/ledger (ledger) 上。请输入数据库用户 ledger 的密码。");
        fx(() -> {
            vm.passwordProperty().set("wrong");
            vm.connect();
        });
        assertThat(vm.passwordErrorProperty().get())
                .isEqualTo("数据库服务器 postgresql://db.example.cn:5432/ledger (ledger) 拒绝了用户 ledger 的登录：用户名或密码不对。");
        assertThat(vm.openedProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();

        fx(() -> vm.passwordProperty().set("down"));
        assertThat(vm.passwordErrorProperty().get()).as("typing again clears it").isEmpty();
        fx(vm::connect);
        assertThat(vm.errorProperty().get()).startsWith("连接不上数据库服务器 postgresql://db.example.cn:5432/ledger (ledger)");
        assertThat(vm.passwordErrorProperty().get()).isEmpty();

        fx(() -> {
            vm.passwordProperty().set("right");
            vm.connect();
        });
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.openedProperty().get()).isEqualTo("ledger on the server");
        assertThat(opened).containsExactly("server postgresql://db.example.cn:5432/ledger (ledger)");
    }

    @Test
    void theUserMayOpenTheEmbeddedLedgerInstead() throws Exception {
        ServerPasswordViewModel<String> vm = viewModel(Messages.forLanguage("en"));
        assertThat(vm.prompt()).startsWith("This computer’s ledger is kept on the database server");
        fx(vm::openEmbedded);
        assertThat(vm.openedProperty().get()).isEqualTo("embedded ledger");
        assertThat(opened).containsExactly("embedded");
    }
}
