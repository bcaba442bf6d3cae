package org.hazardledger.ui.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;

/** 本机密钥: this installation's key; made, exported as a public key, rotated. */
public final class OwnKeyViewModel {

    private final ExchangeContext ctx;
    private final Messages messages;
    private final Feedback feedback;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper loadStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExchangeKeyEntry> key = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasKey = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper role = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");

    /** {@code feedback} is the keys' message and error, shared with the other side's keys. */
    OwnKeyViewModel(ExchangeContext ctx, Feedback feedback) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.feedback = feedback;
        hasKey.bind(key.isNotNull());
    }

    // ------------------------------------------------------------------ shown by the page's loading

    void loading() {
        if (!loaded.get()) {
            loadStatus.set(messages.get("exchange.loading"));
        }
    }

    void show(ExchangeKeyEntry current) {
        key.set(current);
        name.set(current == null ? "" : current.name());
        role.set(current == null ? "" : messages.label(current.role()));
        fingerprint.set(current == null ? "" : current.fingerprint().grouped());
        created.set(current == null || current.keyCreatedAt() == null ? "" : ctx.words().day(current.keyCreatedAt()));
    }

    void loaded() {
        loaded.set(true);
        loadStatus.set("");
    }

    /** Shown in the key section itself, not as "no key yet". */
    void unreadable(Throwable failure) {
        loadStatus.set(messages.get("exchange.keys.unreadable", Failures.describe(messages, failure)));
    }

    // ------------------------------------------------------------------ actions

    /** 生成密钥: makes the first key with a passphrase the dialog has checked; wipes it afterwards. */
    public void createKey(char[] passphrase) {
        replace("exchange.key.creating", "exchange.key.created", p -> ctx.actions().createKey(passphrase),
                passphrase);
    }

    /** 更换密钥…: asks first (the other side must then trust the new key), true when the user agrees. */
    public boolean confirmRotation() {
        return key.get() != null && ctx.dialogs().confirm(messages.get("exchange.key.rotate.title"),
                messages.get("exchange.key.rotate.confirm"));
    }

    /** Replaces the own key; {@code passphrase} unlocks the current one. Wiped afterwards. */
    public void rotateKey(char[] passphrase) {
        replace("exchange.key.rotating", "exchange.key.rotated", p -> ctx.actions().rotateKey(passphrase),
                passphrase);
    }

    private void replace(String runningKey, String doneKey, Function<Progress, ExchangeKeyEntry> work,
            char[] passphrase) {
        feedback.clear();
        ctx.work().run(messages.get(runningKey), work, passphrase, made -> {
            feedback.say(messages.get(doneKey, made.fingerprint().grouped()));
            ctx.reloadKeys().run();
        }, feedback::fail);
    }

    /** 导出公钥…: asks where, then writes the armored public key there. */
    public void exportPublicKey() {
        ExchangeKeyEntry own = key.get();
        if (own == null || ctx.work().busy()) {
            return;
        }
        feedback.clear();
        Optional<Path> chosen = ctx.dialogs().chooseSaveFile(messages.get("exchange.key.exportPublic.title"),
                "hazardledger-" + own.fingerprint().shortId() + ".asc", messages.get("exchange.key.fileType"),
                "*.asc");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        ctx.tasks().execute(BackgroundTask.of(() -> {
            Files.writeString(target, ctx.actions().exportPublicKey(), StandardCharsets.US_ASCII);
            return target;
        }, written -> feedback.say(messages.get("exchange.key.exported", written.toAbsolutePath())),
                failure -> feedback.fail(ctx.words().failure(failure))));
    }

    // ------------------------------------------------------------------ properties

    /** The keys have been read (until then neither "no key" nor a key is shown). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** "正在读取…" while the keys are read, why they could not be read, or "" once they are shown. */
    public ReadOnlyStringProperty loadStatusProperty() {
        return loadStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExchangeKeyEntry> keyProperty() {
        return key.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasKeyProperty() {
        return hasKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roleProperty() {
        return role.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** What the last key action did (shared with the other side's keys). */
    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    /** Why the last key action failed (shared with the other side's keys). */
    public ReadOnlyStringProperty errorProperty() {
        return feedback.errorProperty();
    }
}
