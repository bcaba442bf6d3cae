package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.ui.exchange.FakeExchangeActions.FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.key;

import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.ui.OnFx;
import org.junit.jupiter.api.Test;

/** 导出 over a fake exchange: what is refused, what is written, cancelling. */
class ExchangeExportViewModelTest extends ExchangeViewModelTesting {

    @Test
    void anExportNeedsATrustedRecipientAFolderAndThePassphrase() throws Exception {
        fx(vm::start);
        char[] passphrase = new char[0];
        fx(() -> vm.export().export(passphrase));
        assertThat(vm.export().recipientErrorProperty().get()).isEqualTo("还没有已信任的对方密钥：请先导入对方公钥并确认信任");
        assertThat(vm.export().folderErrorProperty().get()).isEqualTo("请选择保存的文件夹");
        assertThat(vm.export().passphraseErrorProperty().get()).isEqualTo("请输入密钥口令");
        char[] typed = "passphrase".toCharArray();
        fx(() -> vm.export().acknowledge(typed));
        assertThat(wiped(typed)).as("a refused passphrase is wiped too").isTrue();
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void anUntrustedRecipientIsRefused() throws Exception {
        withKeys();
        fake.others.add(key(new org.hazardledger.model.Fingerprint("2222222222222222222222222222222222222222"),
                UUID.randomUUID(), "区总工会", InstallationRole.FEDERATION, false, false, false));
        fx(vm::start);
        assertThat(vm.export().recipientProperty().get()).as("the only trusted key is chosen").isNotNull();
        OnFx.run(() -> vm.export().recipientProperty().set(vm.otherKeys().rows().get(2)));
        dialogs.answerDirectoryWith(dir);
        fx(vm.export()::chooseFolder);
        fx(() -> vm.export().export("passphrase".toCharArray()));
        assertThat(vm.export().recipientErrorProperty().get()).isEqualTo("请选择接收方");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void anIncrementalExportReportsTheFileItsSizeAndCounts() throws Exception {
        withKeys();
        fx(vm::start);
        dialogs.answerDirectoryWith(dir);
        fx(vm.export()::chooseFolder);
        assertThat(vm.export().folderTextProperty().get()).isEqualTo(dir.toAbsolutePath().toString());
        char[] passphrase = "passphrase".toCharArray();
        fx(() -> vm.export().export(passphrase));

        assertThat(fake.calls).containsExactly("exportRecords 99990000 full=false");
        assertThat(vm.export().messageProperty().get()).isEqualTo("已写出 hl-records.hlb（1.5 KB）：隐患 12");
        assertThat(vm.export().errorProperty().get()).isEmpty();
        assertThat(wiped(passphrase)).isTrue();
        assertThat(vm.log().log()).hasSize(1);
        assertThat(vm.busyProperty().get()).isFalse();

        OnFx.run(() -> vm.export().fullProperty().set(true));
        fx(() -> vm.export().export("passphrase".toCharArray()));
        assertThat(fake.calls).last().isEqualTo("exportRecords 99990000 full=true");

        fx(() -> vm.export().acknowledge("passphrase".toCharArray()));
        assertThat(fake.calls).last().isEqualTo("acknowledge 99990000 " + dir.getFileName());
        assertThat(vm.export().messageProperty().get()).isEqualTo("已写出 hl-acknowledgement.hlb（1.5 KB）：回执 1");
    }

    @Test
    void aFailedExportIsSaidInTheUsersWords() throws Exception {
        withKeys();
        fake.failExport = new DomainException("error.key.passphrase");
        fx(vm::start);
        dialogs.answerDirectoryWith(dir);
        fx(vm.export()::chooseFolder);
        char[] passphrase = "wrong one".toCharArray();
        fx(() -> vm.export().export(passphrase));
        assertThat(vm.export().errorProperty().get()).isEqualTo("密钥口令不正确");
        assertThat(vm.export().messageProperty().get()).isEmpty();
        assertThat(wiped(passphrase)).isTrue();
    }

    @Test
    void cancellingStopsTheExportWithoutAResult() throws Exception {
        withKeys();
        fx(vm::start);
        dialogs.answerDirectoryWith(dir);
        fx(vm.export()::chooseFolder);
        fake.during = p -> {
            vm.cancel();
            return null;
        };
        char[] passphrase = "passphrase".toCharArray();
        fx(() -> vm.export().export(passphrase));
        assertThat(vm.statusProperty().get()).isEqualTo("已取消，没有做任何改动");
        assertThat(vm.export().messageProperty().get()).isEmpty();
        assertThat(vm.export().errorProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(wiped(passphrase)).isTrue();
    }
}
