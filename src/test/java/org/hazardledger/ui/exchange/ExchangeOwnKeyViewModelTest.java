package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.ui.exchange.FakeExchangeActions.key;

import org.hazardledger.model.DomainException;
import org.hazardledger.ui.OnFx;
import org.junit.jupiter.api.Test;

/** 本机密钥 over a fake exchange: made, rotated, refused. */
class ExchangeOwnKeyViewModelTest extends ExchangeViewModelTesting {

    @Test
    void generatingTheKeyRunsInTheBackgroundAndWipesThePassphrase() throws Exception {
        fx(vm::start);
        assertThat(vm.ownKey().loadedProperty().get()).isTrue();
        assertThat(vm.ownKey().hasKeyProperty().get()).isFalse();
        char[] passphrase = "correct horse".toCharArray();
        fx(() -> vm.ownKey().createKey(passphrase));

        assertThat(fake.calls).containsExactly("init");
        assertThat(fake.passphraseTexts).containsExactly("correct horse");
        assertThat(wiped(passphrase)).isTrue();
        assertThat(vm.ownKey().hasKeyProperty().get()).isTrue();
        assertThat(vm.ownKey().messageProperty().get()).isEqualTo(
                "密钥已生成，指纹：730D C2A8 DFF5 291B CAEE 5907 E8F3 4CA4 DAC8 9583");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void rotationIsConfirmedFirst() throws Exception {
        withKeys();
        fx(vm::start);
        dialogs.answerConfirmWith(false);
        assertThat(OnFx.call(vm.ownKey()::confirmRotation)).isFalse();
        assertThat(dialogs.confirmations()).hasSize(1);
        dialogs.answerConfirmWith(true);
        assertThat(OnFx.call(vm.ownKey()::confirmRotation)).isTrue();
        char[] passphrase = "old passphrase".toCharArray();
        fx(() -> vm.ownKey().rotateKey(passphrase));
        assertThat(fake.calls).containsExactly("rotate");
        assertThat(wiped(passphrase)).isTrue();
        assertThat(vm.ownKey().messageProperty().get()).startsWith("密钥已更换，新指纹：730D C2A8");
    }

    @Test
    void theWrongPassphraseIsSaidInTheUsersWords() throws Exception {
        withKeys();
        fx(vm::start);
        FakeExchangeActions failing = new FakeExchangeActions() {
            @Override
            public org.hazardledger.model.ExchangeKeyEntry rotateKey(char[] passphrase) {
                throw new DomainException("error.key.passphrase");
            }
        };
        failing.own = fake.own;
        ExchangeViewModel other = OnFx.call(() -> new ExchangeViewModel(m, tasks, dialogs, CLOCK, failing));
        char[] passphrase = "wrong one".toCharArray();
        fx(() -> other.ownKey().rotateKey(passphrase));
        assertThat(other.ownKey().errorProperty().get()).isEqualTo("密钥口令不正确");
        assertThat(wiped(passphrase)).isTrue();
        assertThat(other.busyProperty().get()).isFalse();
    }
}
