package org.hazardledger.ui.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;

/** 对方密钥: the other side's keys; imported from a public key file and trusted once read back. */
public final class OtherKeysViewModel {

    private final ExchangeContext ctx;
    private final Messages messages;
    private final Feedback feedback;
    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();

    /** {@code feedback} is the keys' message and error, shared with the own key. */
    OtherKeysViewModel(ExchangeContext ctx, Feedback feedback) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.feedback = feedback;
    }

    void show(List<KeyRow> others) {
        rows.setAll(others);
    }

    /** 导入公钥…: reads an armored key file; the key is kept untrusted until its fingerprint is confirmed. */
    public void importPublicKey() {
        if (ctx.work().busy()) {
            return;
        }
        feedback.clear();
        Optional<Path> chosen = ctx.dialogs().chooseOpenFile(messages.get("exchange.key.importPublic.title"),
                messages.get("exchange.key.fileType"), "*.asc");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        ctx.tasks().execute(BackgroundTask.of(
                () -> ctx.actions().importPublicKey(Files.readString(file, StandardCharsets.UTF_8)), key -> {
                    feedback.say(messages.get("exchange.key.imported", key.name(), messages.label(key.role()),
                            key.fingerprint().grouped()));
                    ctx.reloadKeys().run();
                }, failure -> feedback.fail(ctx.words().failure(failure))));
    }

    /** The 确认信任 dialog's model for a key of the other side. */
    public TrustViewModel trustDialog(KeyRow row) {
        return new TrustViewModel(messages, row.entry());
    }

    /** Trusts the key whose fingerprint the dialog has seen typed back correctly. */
    public void trust(TrustViewModel confirmed) {
        feedback.clear();
        Fingerprint fingerprint = confirmed.key().fingerprint();
        String typed = confirmed.readBackProperty().get();
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.actions().trust(fingerprint, typed), key -> {
            feedback.say(messages.get("exchange.key.trusted", key.name(), key.fingerprint().grouped()));
            ctx.reloadKeys().run();
        }, failure -> feedback.fail(ctx.words().failure(failure))));
    }

    /** Every key of the other side, current or retired, trusted or not. */
    public ObservableList<KeyRow> rows() {
        return rows;
    }

    /** What the last key action did (shared with the own key). */
    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    /** Why the last key action failed (shared with the own key). */
    public ReadOnlyStringProperty errorProperty() {
        return feedback.errorProperty();
    }
}
