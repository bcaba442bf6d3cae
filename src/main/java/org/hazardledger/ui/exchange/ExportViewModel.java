package org.hazardledger.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.exchange.ExportResult;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;

/**
 * 导出 (federation: 发送反馈): writes the records, the feedback or an acknowledgement for a trusted
 * recipient into a folder, signed with the own key.
 */
public final class ExportViewModel {

    private final ExchangeContext ctx;
    private final Messages messages;
    private final Feedback feedback = new Feedback();
    private final ObservableList<KeyRow> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<KeyRow> recipient = new SimpleObjectProperty<>();
    private final BooleanProperty full = new SimpleBooleanProperty(false);
    private final ChosenPath folder = new ChosenPath();
    private final ReadOnlyStringWrapper recipientError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passphraseError = new ReadOnlyStringWrapper("");

    ExportViewModel(ExchangeContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        recipient.addListener((o, was, now) -> recipientError.set(""));
    }

    /**
     * Offers the trusted, current keys among {@code others}; keeps the chosen recipient if it still is
     * one, or chooses the only one.
     */
    void offer(List<KeyRow> others) {
        KeyRow chosen = recipient.get();
        recipients.setAll(others.stream().filter(r -> r.entry().isTrusted() && !r.entry().isRetired()).toList());
        recipient.set(chosen == null ? (recipients.size() == 1 ? recipients.get(0) : null)
                : recipients.stream().filter(r -> r.entry().fingerprint().equals(chosen.entry().fingerprint()))
                        .findFirst().orElse(null));
    }

    /** 选择文件夹…: where the exchange file goes. */
    public void chooseFolder() {
        ctx.dialogs().chooseDirectory(messages.get("exchange.export.folder.title")).ifPresent(folder::set);
    }

    /**
     * 导出交换文件… (enterprise: the records; federation: 发送反馈…, the feedback) to the chosen trusted
     * recipient and folder. The passphrase unlocks the own key for signing; wiped afterwards.
     */
    public void export(char[] passphrase) {
        boolean everything = full.get();
        if (ctx.federation().get()) {
            write("exchange.export.writingFeedback",
                    (to, where, p) -> ctx.actions().exportFeedback(to, where, passphrase, p), passphrase);
        } else {
            write("exchange.export.writing",
                    (to, where, p) -> ctx.actions().exportRecords(to, where, everything, passphrase, p), passphrase);
        }
    }

    /** 发送回执…: tells the chosen recipient which of its bundles this ledger has applied. */
    public void acknowledge(char[] passphrase) {
        write("exchange.ack.writing", (to, where, p) -> ctx.actions().acknowledge(to, where, passphrase, p),
                passphrase);
    }

    /** One of the three bundles this section writes. */
    private interface Writing {
        ExportResult write(Fingerprint recipient, Path folder, Progress progress);
    }

    private void write(String runningKey, Writing writing, char[] passphrase) {
        if (!check(passphrase)) {
            ExchangeWork.wipe(passphrase);
            return;
        }
        Fingerprint to = recipient.get().entry().fingerprint();
        Path where = folder.get();
        ctx.work().run(messages.get(runningKey), p -> writing.write(to, where, p), passphrase, this::written,
                feedback::fail);
    }

    private boolean check(char[] passphrase) {
        feedback.clear();
        recipientError.set("");
        folder.clearError();
        passphraseError.set("");
        if (ctx.work().busy()) {
            return false;
        }
        boolean ok = true;
        KeyRow to = recipient.get();
        if (to == null || !to.entry().isTrusted() || to.entry().isRetired()) {
            recipientError.set(messages.get(recipients.isEmpty() ? "exchange.export.noTrustedKey"
                    : "exchange.export.recipientRequired"));
            ok = false;
        }
        if (!folder.require(messages.get("exchange.export.folderRequired"))) {
            ok = false;
        }
        if (passphrase == null || passphrase.length == 0) {
            passphraseError.set(messages.get("exchange.passphrase.required"));
            ok = false;
        }
        return ok;
    }

    private void written(ExportResult result) {
        feedback.say(messages.get("exchange.export.done", result.file().getFileName().toString(),
                ctx.words().size(result.bytes()), ctx.words().counts(result.counts())));
        ctx.reloadLog().run();
    }

    // ------------------------------------------------------------------ properties

    /** The trusted, current keys of the other side: who a bundle may go to. */
    public ObservableList<KeyRow> recipients() {
        return recipients;
    }

    public ObjectProperty<KeyRow> recipientProperty() {
        return recipient;
    }

    /** 全量 (true) or 增量 (false, the default). */
    public BooleanProperty fullProperty() {
        return full;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder.pathProperty();
    }

    public ReadOnlyStringProperty folderTextProperty() {
        return folder.textProperty();
    }

    public ReadOnlyStringProperty recipientErrorProperty() {
        return recipientError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderErrorProperty() {
        return folder.errorProperty();
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
