package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.ui.exchange.FakeExchangeActions.FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.OWN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.ApplyResult;
import org.hazardledger.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;

/** 导入 over a fake exchange: what is refused, the summary, the acknowledgement offer. */
class ExchangeImportViewModelTest extends ExchangeViewModelTesting {

    @Test
    void anImportNeedsAFileAndThePassphrase() throws Exception {
        fx(vm::start);
        fx(() -> vm.importing().importBundle(new char[0]));
        assertThat(vm.importing().bundleFileErrorProperty().get()).isEqualTo("请选择交换文件");
        assertThat(vm.importing().passphraseErrorProperty().get()).isEqualTo("请输入密钥口令");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void anAppliedBundleIsSummedUpAndTheAcknowledgementOffered() throws Exception {
        withKeys();
        fx(vm::start);
        BundleLogEntry received = FakeExchangeActions.entry(BundleLogEntry.Direction.RECEIVED, BundleKind.FEEDBACK,
                FEDERATION, OWN, "feedback.hlb");
        fake.importAnswer = new ImportResult(received, new ApplyResult(received, 3, 1, 5, 1), null,
                java.util.Map.of("federation_notice", 10));
        Path file = dir.resolve("feedback.hlb");
        dialogs.answerOpenWith(List.of(file));
        fx(vm.importing()::chooseBundle);
        assertThat(vm.importing().bundleFileTextProperty().get()).isEqualTo(file.toAbsolutePath().toString());
        Path usb = dir.resolve("usb");
        Files.createDirectories(usb);
        dialogs.answerDirectoryWith(usb).answerConfirmWith(true);
        char[] passphrase = "passphrase".toCharArray();
        fx(() -> vm.importing().importBundle(passphrase));

        assertThat(fake.calls).containsExactly("import feedback.hlb", "acknowledge 99990000 usb");
        assertThat(fake.passphraseTexts).containsExactly("passphrase", "passphrase");
        assertThat(fake.passphrases).allMatch(ExchangeViewModelTesting::wiped);
        assertThat(wiped(passphrase)).isTrue();
        assertThat(dialogs.confirmations()).extracting(RecordingDialogService.Shown::message)
                .containsExactly("要现在写出回执文件，告诉对方本机已导入吗？");
        assertThat(vm.importing().messageProperty().get()).isEqualTo(
                "导入完成：新增 3 条，更新 1 条，未变 5 条，冲突 1 条。 回执 hl-acknowledgement.hlb 已写到 "
                        + usb.toAbsolutePath() + "。");
    }

    @Test
    void aBundleImportedBeforeChangesNothingAndTheOfferCanBeDeclined() throws Exception {
        withKeys();
        fx(vm::start);
        BundleLogEntry before = FakeExchangeActions.entry(BundleLogEntry.Direction.RECEIVED, BundleKind.FEEDBACK,
                FEDERATION, OWN, "feedback.hlb");
        fake.importAnswer = new ImportResult(before, null, before, java.util.Map.of());
        dialogs.answerOpenWith(List.of(dir.resolve("feedback.hlb"))).answerConfirmWith(false);
        fx(vm.importing()::chooseBundle);
        fx(() -> vm.importing().importBundle("passphrase".toCharArray()));
        assertThat(vm.importing().messageProperty().get()).isEqualTo("该文件已于 2026-06-15 09:30 导入过，未做任何改动。");
        assertThat(fake.calls).containsExactly("import feedback.hlb");
        assertThat(fake.passphrases).allMatch(ExchangeViewModelTesting::wiped);
    }

    @Test
    void aRefusedBundleIsSaidInTheUsersWordsAndNoAcknowledgementOffered() throws Exception {
        withKeys();
        fx(vm::start);
        fake.failImport = new DomainException("error.bundle.kind", "weird");
        dialogs.answerOpenWith(List.of(dir.resolve("x.hlb")));
        fx(vm.importing()::chooseBundle);
        char[] passphrase = "passphrase".toCharArray();
        fx(() -> vm.importing().importBundle(passphrase));
        assertThat(vm.importing().errorProperty().get()).isEqualTo("交换文件类型“weird”无法识别");
        assertThat(vm.importing().messageProperty().get()).isEmpty();
        assertThat(dialogs.confirmations()).isEmpty();
        assertThat(wiped(passphrase)).isTrue();
    }

    @Test
    void anAcknowledgementReadIsNotAcknowledged() throws Exception {
        withKeys();
        fx(vm::start);
        BundleLogEntry ack = FakeExchangeActions.entry(BundleLogEntry.Direction.RECEIVED, BundleKind.ACKNOWLEDGEMENT,
                FEDERATION, OWN, "ack.hlb");
        fake.importAnswer = new ImportResult(ack, new ApplyResult(ack, 0, 0, 0, 0), null,
                java.util.Map.of("bundle_receipt", 2));
        dialogs.answerOpenWith(List.of(dir.resolve("ack.hlb")));
        fx(vm.importing()::chooseBundle);
        fx(() -> vm.importing().importBundle("passphrase".toCharArray()));
        assertThat(dialogs.confirmations()).isEmpty();
        assertThat(fake.calls).containsExactly("import ack.hlb");
    }
}
