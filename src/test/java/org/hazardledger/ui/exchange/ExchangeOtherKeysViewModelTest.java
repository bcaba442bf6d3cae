package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.ui.exchange.FakeExchangeActions.FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.key;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.InstallationRole;
import org.junit.jupiter.api.Test;

/** 对方密钥 over a fake exchange: public keys out and in, trusted once read back. */
class ExchangeOtherKeysViewModelTest extends ExchangeViewModelTesting {

    @Test
    void trustNeedsTheWholeFingerprintReadBackIgnoringSpacesAndCase() throws Exception {
        fake.others.add(key(FEDERATION, FakeExchangeActions.FEDERATION_ID, "市总工会", InstallationRole.FEDERATION,
                false, false, false));
        fx(vm::start);
        assertThat(vm.otherKeys().rows()).hasSize(1);
        assertThat(vm.otherKeys().rows().get(0).trust()).isEqualTo("未信任");
        assertThat(vm.export().recipients()).isEmpty();

        TrustViewModel t = vm.otherKeys().trustDialog(vm.otherKeys().rows().get(0));
        assertThat(t.fingerprint()).isEqualTo("1111 2222 3333 4444 5555 6666 7777 8888 9999 0000");
        assertThat(t.owner()).isEqualTo("市总工会（总工会）");
        assertThat(t.check()).isFalse();
        assertThat(t.errorProperty().get()).isEqualTo("请输入电话中听到的指纹");
        t.readBackProperty().set("1111 2222 3333 4444 5555 6666 7777 8888 9999 000");
        assertThat(t.check()).isFalse();
        assertThat(t.errorProperty().get()).startsWith("输入的指纹与该密钥的指纹不一致");
        t.readBackProperty().set("11112222 3333 4444 5555 6666 7777 8888 9999 0000 ".toLowerCase());
        assertThat(t.errorProperty().get()).isEmpty();
        assertThat(t.check()).isTrue();
        assertThat(TrustViewModel.normalise(" dac8 9583\t")).isEqualTo("DAC89583");

        fx(() -> vm.otherKeys().trust(t));
        assertThat(fake.calls).containsExactly("trust 99990000 11112222 3333 4444 5555 6666 7777 8888 9999 0000 ");
        assertThat(vm.otherKeys().messageProperty().get()).startsWith("已信任 市总工会 的密钥");
        assertThat(vm.otherKeys().rows().get(0).trust()).isEqualTo("已信任");
        assertThat(vm.export().recipients()).extracting(r -> r.entry().fingerprint()).containsExactly(FEDERATION);
        assertThat(vm.export().recipientProperty().get().entry().fingerprint()).isEqualTo(FEDERATION);
    }

    @Test
    void thePublicKeysGoOutAndComeInAsAscFiles() throws Exception {
        withKeys();
        fake.others.clear();
        fx(vm::start);
        Path out = dir.resolve("mine.asc");
        dialogs.answerSaveWith(out);
        fx(vm.ownKey()::exportPublicKey);
        assertThat(dialogs.suggestedNames).containsExactly("hazardledger-DAC89583.asc");
        assertThat(Files.readString(out)).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        assertThat(vm.ownKey().messageProperty().get()).isEqualTo("公钥已保存到 " + out.toAbsolutePath());

        Path in = dir.resolve("theirs.asc");
        Files.writeString(in, "-----BEGIN PGP PUBLIC KEY BLOCK-----\nxyz\n", StandardCharsets.US_ASCII);
        dialogs.answerOpenWith(List.of(in));
        fx(vm.otherKeys()::importPublicKey);
        assertThat(fake.importedArmored).isEqualTo("-----BEGIN PGP PUBLIC KEY BLOCK-----\nxyz\n");
        assertThat(vm.otherKeys().messageProperty().get()).startsWith("已导入 市总工会（总工会）的公钥，指纹 1111 2222");
        assertThat(vm.otherKeys().rows()).extracting(KeyRow::trust).containsExactly("未信任");
        assertThat(vm.export().recipients()).isEmpty();
    }

    @Test
    void anUnreadableKeyFileIsReported() throws Exception {
        fx(vm::start);
        dialogs.answerOpenWith(List.of(dir.resolve("missing.asc")));
        fx(vm.otherKeys()::importPublicKey);
        assertThat(vm.otherKeys().errorProperty().get()).startsWith("无法读写文件：");
        assertThat(fake.calls).isEmpty();
    }
}
