package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.ui.exchange.FakeExchangeActions.FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.OLD_FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.OWN;
import static org.hazardledger.ui.exchange.FakeExchangeActions.key;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.service.ApplyResult;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.RecordingDialogService;
import org.hazardledger.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 数据交换 page's models over a fake exchange: what is shown, what is refused, what is called. */
class ExchangeViewModelTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(9, 30).atZone(ZONE).toInstant(),
            ZONE);

    @TempDir
    Path dir;
    private final Messages m = Messages.forLanguage("zh");
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeExchangeActions fake = new FakeExchangeActions();
    private ExchangeViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void model() throws Exception {
        vm = OnFx.call(() -> new ExchangeViewModel(m, tasks, dialogs, CLOCK, fake));
    }

    private void fx(OnFx.Block action) throws Exception {
        OnFx.run(action);
        tasks.awaitDelivered();
    }

    private void withKeys() {
        fake.own = key(OWN, FakeExchangeActions.OWN_ID, "测试化工有限公司", InstallationRole.ENTERPRISE, true, true, false);
        fake.others.add(key(FEDERATION, FakeExchangeActions.FEDERATION_ID, "市总工会", InstallationRole.FEDERATION,
                false, true, false));
        fake.others.add(key(OLD_FEDERATION, FakeExchangeActions.FEDERATION_ID, "市总工会", InstallationRole.FEDERATION,
                false, true, true));
    }

    private static boolean wiped(char[] a) {
        for (char c : a) {
            if (c != '\0') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ passphrase and trust dialogs

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

    // ------------------------------------------------------------------ loading

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

    // ------------------------------------------------------------------ own key

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

    // ------------------------------------------------------------------ export

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

    // ------------------------------------------------------------------ import

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
        assertThat(fake.passphrases).allMatch(ExchangeViewModelTest::wiped);
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
        assertThat(fake.passphrases).allMatch(ExchangeViewModelTest::wiped);
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

    // ------------------------------------------------------------------ conflicts

    @Test
    void aConflictShowsBothContentsAndIsResolved() throws Exception {
        RecordConflict c = FakeExchangeActions.conflict();
        fake.openConflicts.add(c);
        fx(vm::start);
        assertThat(vm.log().conflicts()).hasSize(1);
        ExchangeLogViewModel.ConflictRow row = vm.log().conflicts().get(0);
        assertThat(row.type()).isEqualTo("隐患");
        assertThat(row.revision()).isEqualTo("3");

        ConflictViewModel dialog = vm.log().conflictDialog(row);
        assertThat(dialog.summary()).isEqualTo("隐患 " + c.recordId() + "，版本 3：同一版本收到了不同的内容");
        assertThat(dialog.kept()).contains("\n").contains("\"title\" : \"安全阀\"");
        assertThat(dialog.incoming()).contains("\"title\" : \"安全阀校验\"");

        fx(() -> vm.log().resolve(dialog.conflict(), RecordConflict.Resolution.TAKEN));
        assertThat(fake.calls).containsExactly("resolve TAKEN");
        assertThat(vm.log().conflicts()).isEmpty();
    }
}
