package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.ui.exchange.FakeExchangeActions.FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.OWN;

import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.InstallationRole;
import org.junit.jupiter.api.Test;

/** The 数据交换 page as a whole over a fake exchange: the passphrase dialog, loading, the federation’s export. */
class ExchangeViewModelTest extends ExchangeViewModelTesting {

    @Test
    void aNewPassphraseNeedsEightCharactersTypedTwiceAlike() {
        PassphraseViewModel p = PassphraseViewModel.forNewKey(m);
        assertThat(p.repeat()).isTrue();
        assertThat(p.check(new char[0], new char[0])).isFalse();
        assertThat(p.firstErrorProperty().get()).isEqualTo("请输入密钥口令");
        assertThat(p.check("short".toCharArray(), "short".toCharArray())).isFalse();
        assertThat(p.firstErrorProperty().get()).isEqualTo("口令至少需要 8 个字符");
        assertThat(p.check("long enough".toCharArray(), "long enougH".toCharArray())).isFalse();
        assertThat(p.firstErrorProperty().get()).isEmpty();
        assertThat(p.secondErrorProperty().get()).isEqualTo("两次输入的口令不一致");
        assertThat(p.check("long enough".toCharArray(), "long enough".toCharArray())).isTrue();
        assertThat(p.secondErrorProperty().get()).isEmpty();
    }

    @Test
    void theRotationAsksTheCurrentPassphraseOnce() {
        PassphraseViewModel p = PassphraseViewModel.forRotation(m);
        assertThat(p.repeat()).isFalse();
        assertThat(p.check(new char[0], null)).isFalse();
        assertThat(p.firstErrorProperty().get()).isEqualTo("请输入密钥口令");
        assertThat(p.check("x".toCharArray(), null)).isTrue();
    }

    @Test
    void thePageShowsTheOwnKeyInGroupsAndOnlyTrustedCurrentKeysAsRecipients() throws Exception {
        withKeys();
        fake.logEntries.add(FakeExchangeActions.entry(BundleLogEntry.Direction.SENT, BundleKind.RECORDS, OWN,
                FEDERATION, "a.hlb"));
        fx(vm::start);

        assertThat(vm.ownKey().loadedProperty().get()).isTrue();
        assertThat(vm.ownKey().hasKeyProperty().get()).isTrue();
        assertThat(vm.ownKey().nameProperty().get()).isEqualTo("测试化工有限公司");
        assertThat(vm.ownKey().roleProperty().get()).isEqualTo("企业");
        assertThat(vm.ownKey().fingerprintProperty().get()).isEqualTo("730D C2A8 DFF5 291B CAEE 5907 E8F3 4CA4 DAC8 9583");
        assertThat(vm.ownKey().createdProperty().get()).isEqualTo("2026-06-15");
        assertThat(vm.otherKeys().rows()).hasSize(2);
        assertThat(vm.otherKeys().rows().get(1).retired()).isEqualTo("2026-06-15 停用");
        assertThat(vm.export().recipients()).extracting(r -> r.entry().fingerprint()).containsExactly(FEDERATION);
        assertThat(vm.federationProperty().get()).isFalse();
        assertThat(vm.export().fullProperty().get()).as("incremental is the default").isFalse();
        assertThat(vm.log().log()).hasSize(1);
        ExchangeLogViewModel.LogRow row = vm.log().log().get(0);
        assertThat(row.direction()).isEqualTo("发出");
        assertThat(row.kind()).isEqualTo("台账记录");
        assertThat(row.counterpart()).isEqualTo("市总工会");
        assertThat(row.when()).isEqualTo("2026-06-15 09:30");
        assertThat(row.acknowledged()).isEqualTo("未收到回执");
        assertThat(vm.loadErrorProperty().get()).isEmpty();
    }

    @Test
    void keysThatCannotBeReadAreShownAsAnErrorNotAsNoKey() throws Exception {
        fake.failKeys = new UnsupportedOperationException("not yet");
        fx(vm::start);

        assertThat(vm.ownKey().loadedProperty().get()).isFalse();
        assertThat(vm.ownKey().loadStatusProperty().get()).startsWith("无法读取密钥：");
        assertThat(vm.ownKey().hasKeyProperty().get()).isFalse();
        assertThat(vm.log().log()).isEmpty();
    }

    @Test
    void aFederationLedgerWritesFeedback() throws Exception {
        withKeys();
        fake.role = InstallationRole.FEDERATION;
        fx(vm::start);
        assertThat(vm.federationProperty().get()).isTrue();
        dialogs.answerDirectoryWith(dir);
        fx(vm.export()::chooseFolder);
        fx(() -> vm.export().export("passphrase".toCharArray()));
        assertThat(fake.calls).containsExactly("exportFeedback 99990000");
    }
}
