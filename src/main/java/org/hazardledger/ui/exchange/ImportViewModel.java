package org.hazardledger.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.service.ApplyResult;
import org.hazardledger.service.Messages;

/** 导入: reads an exchange file, applies it and offers to write the acknowledgement. */
public final class ImportViewModel {

    private final ExchangeContext ctx;
    private final Messages messages;
    private final Feedback feedback = new Feedback();
    private final ChosenPath file = new ChosenPath();
    private final ReadOnlyStringWrapper passphraseError = new ReadOnlyStringWrapper("");

    ImportViewModel(ExchangeContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
    }

    /** 选择文件…: the exchange file (*.hlb) to read. */
    public void chooseBundle() {
        ctx.dialogs().chooseOpenFile(messages.get("exchange.import.file.title"),
                messages.get("exchange.import.fileType"), "*.hlb").ifPresent(file::set);
    }

    /**
     * 导入交换文件…: verifies and applies the chosen file, then offers to write the acknowledgement of a
     * records or feedback bundle. The passphrase is wiped when that offer is answered.
     */
    public void importBundle(char[] passphrase) {
        feedback.clear();
        file.clearError();
        passphraseError.set("");
        if (ctx.work().busy()) {
            ExchangeWork.wipe(passphrase);
            return;
        }
        boolean ok = true;
        if (!file.require(messages.get("exchange.import.fileRequired"))) {
            ok = false;
        }
        if (passphrase == null || passphrase.length == 0) {
            passphraseError.set(messages.get("exchange.passphrase.required"));
            ok = false;
        }
        if (!ok) {
            ExchangeWork.wipe(passphrase);
            return;
        }
        Path bundle = file.get();
        // the passphrase outlives the task when the user then writes the acknowledgement
        char[] kept = passphrase.clone();
        ctx.work().run(messages.get("exchange.import.reading", bundle.getFileName().toString()),
                p -> ctx.actions().importBundle(bundle, passphrase, p), passphrase, result -> {
                    feedback.say(summary(result));
                    ctx.reloadKeys().run();
                    ctx.reloadLog().run();
                    offerAcknowledgement(result, kept);
                }, message -> {
                    ExchangeWork.wipe(kept);
                    feedback.fail(message);
                });
    }

    private void offerAcknowledgement(ImportResult result, char[] passphrase) {
        BundleLogEntry entry = result.entry() != null ? result.entry() : result.previously();
        if (entry == null || entry.kind() == BundleKind.ACKNOWLEDGEMENT || entry.senderFingerprint() == null
                || !ctx.dialogs().confirm(messages.get("exchange.ack.offer.title"),
                        messages.get("exchange.ack.offer"))) {
            ExchangeWork.wipe(passphrase);
            return;
        }
        Optional<Path> where = ctx.dialogs().chooseDirectory(messages.get("exchange.ack.folder.title"));
        if (where.isEmpty()) {
            ExchangeWork.wipe(passphrase);
            return;
        }
        Fingerprint to = entry.senderFingerprint();
        Path target = where.get();
        ctx.work().run(messages.get("exchange.ack.writing"), p -> ctx.actions().acknowledge(to, target, passphrase, p),
                passphrase, written -> feedback.say(feedback.message() + " " + messages.get("exchange.ack.done",
                        written.file().getFileName().toString(), target.toAbsolutePath().toString())),
                feedback::fail);
    }

    private String summary(ImportResult result) {
        if (result.alreadyImported()) {
            BundleLogEntry was = result.previously();
            return messages.get("exchange.import.already",
                    was.processedAt() == null ? "?" : ctx.words().when(was.processedAt()));
        }
        ApplyResult applied = result.applied();
        if (applied == null) {
            return messages.get("exchange.import.doneCounts", ctx.words().counts(result.counts()));
        }
        return messages.get("exchange.import.done", applied.inserted(), applied.updated(), applied.unchanged(),
                applied.conflicts());
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<Path> bundleFileProperty() {
        return file.pathProperty();
    }

    public ReadOnlyStringProperty bundleFileTextProperty() {
        return file.textProperty();
    }

    public ReadOnlyStringProperty bundleFileErrorProperty() {
        return file.errorProperty();
    }

    public ReadOnlyStringProperty passphraseErrorProperty() {
        return passphraseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return feedback.errorProperty();
    }
}
