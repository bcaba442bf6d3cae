package org.hazardledger.ui.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.hazardledger.exchange.ExportResult;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Installation;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.RecordType;
import org.hazardledger.service.ApplyResult;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.ProgressTask;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 数据交换: this installation's key, the other side's keys, writing and reading exchange files, the
 * bundle log and the open conflicts. Every call into the exchange runs in the background; the long
 * ones (keys, bundles) show progress and can be cancelled. Passphrases arrive as char arrays and are
 * wiped when the work that needed them has finished.
 */
public final class ExchangeViewModel {

    /** A key as the tables and the recipient picker show it. */
    public record KeyRow(ExchangeKeyEntry entry, String name, String role, String fingerprint, String trust,
            String retired) {
        @Override
        public String toString() {
            return name + " · " + role + " · " + entry.fingerprint().shortId();
        }
    }

    /** A bundle of the log. */
    public record LogRow(BundleLogEntry entry, String when, String direction, String kind, String counterpart,
            String records, String file, String acknowledged) {
    }

    /** An open conflict. */
    public record ConflictRow(RecordConflict conflict, String type, String record, String revision,
            String detected) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Messages messages;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ExchangeActions actions;

    private final ReadOnlyObjectWrapper<InstallationRole> role = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper federation = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keysLoaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper keysStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExchangeKeyEntry> ownKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasOwnKey = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper ownName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ownRole = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ownFingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ownCreated = new ReadOnlyStringWrapper("");
    private final ObservableList<KeyRow> otherKeys = FXCollections.observableArrayList();
    private final ObservableList<KeyRow> recipients = FXCollections.observableArrayList();
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();

    private final ObjectProperty<KeyRow> recipient = new SimpleObjectProperty<>();
    private final BooleanProperty full = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper folderText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Path> bundleFile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper bundleFileText = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper recipientError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportPassphraseError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bundleFileError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importPassphraseError = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflictError = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ProgressTask<?> running;

    public ExchangeViewModel(WorkbenchServices services) {
        this(services.messages(), services.tasks(), services.dialogs(), services.clock(),
                ExchangeActions.over(services.exchange()));
    }

    public ExchangeViewModel(Messages messages, TaskExecutor tasks, DialogService dialogs, Clock clock,
            ExchangeActions actions) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.actions = actions;
        federation.bind(role.isEqualTo(InstallationRole.FEDERATION));
        hasOwnKey.bind(ownKey.isNotNull());
        folder.addListener((o, was, now) -> {
            folderText.set(now == null ? "" : now.toAbsolutePath().toString());
            folderError.set("");
        });
        bundleFile.addListener((o, was, now) -> {
            bundleFileText.set(now == null ? "" : now.toAbsolutePath().toString());
            bundleFileError.set("");
        });
        recipient.addListener((o, was, now) -> recipientError.set(""));
    }

    // ------------------------------------------------------------------ loading

    /** Reads the installation, the keys, the log and the open conflicts, each in the background. */
    public void start() {
        loadError.set("");
        tasks.execute(BackgroundTask.of(actions::installation, this::showInstallation, this::loadFailed));
        loadKeys();
        loadLog();
    }

    private void loadKeys() {
        if (!keysLoaded.get()) {
            keysStatus.set(messages.get("exchange.loading"));
        }
        tasks.execute(BackgroundTask.of(() -> new Keys(actions.currentKey(), actions.keys()), keys -> {
            showOwnKey(keys.current().orElse(null));
            List<KeyRow> others = new ArrayList<>();
            for (ExchangeKeyEntry e : keys.all()) {
                if (!e.own()) {
                    others.add(keyRow(e));
                }
            }
            otherKeys.setAll(others);
            KeyRow chosen = recipient.get();
            recipients.setAll(others.stream().filter(r -> r.entry().isTrusted() && !r.entry().isRetired()).toList());
            recipient.set(chosen == null ? (recipients.size() == 1 ? recipients.get(0) : null)
                    : recipients.stream().filter(r -> r.entry().fingerprint().equals(chosen.entry().fingerprint()))
                            .findFirst().orElse(null));
            keysLoaded.set(true);
            keysStatus.set("");
        }, failure -> {
            // shown in the key section itself, not as "no key yet"
            keysStatus.set(messages.get("exchange.keys.unreadable", Failures.describe(messages, failure)));
        }));
    }

    private void loadLog() {
        tasks.execute(BackgroundTask.of(actions::log, entries -> log.setAll(entries.stream().map(this::logRow).toList()),
                this::loadFailed));
        tasks.execute(BackgroundTask.of(actions::openConflicts,
                found -> conflicts.setAll(found.stream().map(this::conflictRow).toList()), this::loadFailed));
    }

    /** Reads everything again (after a key or a bundle changed it). */
    public void refresh() {
        start();
    }

    private void showInstallation(Installation installation) {
        role.set(installation.role());
    }

    private void loadFailed(Throwable failure) {
        String text = Failures.describe(messages, failure);
        String was = loadError.get();
        if (!was.contains(text)) {
            loadError.set(was.isEmpty() ? text : was + " " + text);
        }
    }

    private void showOwnKey(ExchangeKeyEntry key) {
        ownKey.set(key);
        ownName.set(key == null ? "" : key.name());
        ownRole.set(key == null ? "" : messages.label(key.role()));
        ownFingerprint.set(key == null ? "" : key.fingerprint().grouped());
        ownCreated.set(key == null || key.keyCreatedAt() == null ? "" : day(key.keyCreatedAt()));
    }

    // ------------------------------------------------------------------ own key

    /** 生成密钥: makes the first key with a passphrase the dialog has checked; wipes it afterwards. */
    public void createKey(char[] passphrase) {
        keyError.set("");
        keyMessage.set("");
        status.set(messages.get("exchange.key.creating"));
        run(p -> actions.createKey(passphrase), passphrase, key -> {
            keyMessage.set(messages.get("exchange.key.created", key.fingerprint().grouped()));
            loadKeys();
        }, keyError::set);
    }

    /** 更换密钥…: asks first (the other side must then trust the new key), true when the user agrees. */
    public boolean confirmRotation() {
        return ownKey.get() != null && dialogs.confirm(messages.get("exchange.key.rotate.title"),
                messages.get("exchange.key.rotate.confirm"));
    }

    /** Replaces the own key; {@code passphrase} unlocks the current one. Wiped afterwards. */
    public void rotateKey(char[] passphrase) {
        keyError.set("");
        keyMessage.set("");
        status.set(messages.get("exchange.key.rotating"));
        run(p -> actions.rotateKey(passphrase), passphrase, key -> {
            keyMessage.set(messages.get("exchange.key.rotated", key.fingerprint().grouped()));
            loadKeys();
        }, keyError::set);
    }

    /** 导出公钥…: asks where, then writes the armored public key there. */
    public void exportPublicKey() {
        ExchangeKeyEntry key = ownKey.get();
        if (key == null || busy.get()) {
            return;
        }
        keyError.set("");
        keyMessage.set("");
        Optional<Path> chosen = dialogs.chooseSaveFile(messages.get("exchange.key.exportPublic.title"),
                "hazardledger-" + key.fingerprint().shortId() + ".asc", messages.get("exchange.key.fileType"),
                "*.asc");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        tasks.execute(BackgroundTask.of(() -> {
            Files.writeString(target, actions.exportPublicKey(), StandardCharsets.US_ASCII);
            return target;
        }, written -> keyMessage.set(messages.get("exchange.key.exported", written.toAbsolutePath())),
                failure -> keyError.set(describe(failure))));
    }

    // ------------------------------------------------------------------ other keys

    /** 导入公钥…: reads an armored key file; the key is kept untrusted until its fingerprint is confirmed. */
    public void importPublicKey() {
        if (busy.get()) {
            return;
        }
        keyError.set("");
        keyMessage.set("");
        Optional<Path> chosen = dialogs.chooseOpenFile(messages.get("exchange.key.importPublic.title"),
                messages.get("exchange.key.fileType"), "*.asc");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        tasks.execute(BackgroundTask.of(() -> actions.importPublicKey(Files.readString(file, StandardCharsets.UTF_8)),
                key -> {
                    keyMessage.set(messages.get("exchange.key.imported", key.name(), messages.label(key.role()),
                            key.fingerprint().grouped()));
                    loadKeys();
                }, failure -> keyError.set(describe(failure))));
    }

    /** The 确认信任 dialog's model for a key of the other side. */
    public TrustViewModel trustDialog(KeyRow row) {
        return new TrustViewModel(messages, row.entry());
    }

    /** Trusts the key whose fingerprint the dialog has seen typed back correctly. */
    public void trust(TrustViewModel confirmed) {
        keyError.set("");
        keyMessage.set("");
        Fingerprint fingerprint = confirmed.key().fingerprint();
        String typed = confirmed.readBackProperty().get();
        tasks.execute(BackgroundTask.of(() -> actions.trust(fingerprint, typed), key -> {
            keyMessage.set(messages.get("exchange.key.trusted", key.name(), key.fingerprint().grouped()));
            loadKeys();
        }, failure -> keyError.set(describe(failure))));
    }

    // ------------------------------------------------------------------ writing bundles

    /** 选择文件夹…: where the exchange file goes. */
    public void chooseFolder() {
        dialogs.chooseDirectory(messages.get("exchange.export.folder.title")).ifPresent(folder::set);
    }

    /**
     * 导出交换文件… (enterprise: the records; federation: 发送反馈…, the feedback) to the chosen trusted
     * recipient and folder. The passphrase unlocks the own key for signing; wiped afterwards.
     */
    public void export(char[] passphrase) {
        if (!checkExport(passphrase)) {
            wipe(passphrase);
            return;
        }
        Fingerprint to = recipient.get().entry().fingerprint();
        Path where = folder.get();
        boolean everything = full.get();
        if (federation.get()) {
            status.set(messages.get("exchange.export.writingFeedback"));
            run(p -> actions.exportFeedback(to, where, passphrase, p), passphrase, this::exported, exportError::set);
        } else {
            status.set(messages.get("exchange.export.writing"));
            run(p -> actions.exportRecords(to, where, everything, passphrase, p), passphrase, this::exported,
                    exportError::set);
        }
    }

    /** 发送回执…: tells the chosen recipient which of its bundles this ledger has applied. */
    public void acknowledge(char[] passphrase) {
        if (!checkExport(passphrase)) {
            wipe(passphrase);
            return;
        }
        Fingerprint to = recipient.get().entry().fingerprint();
        Path where = folder.get();
        status.set(messages.get("exchange.ack.writing"));
        run(p -> actions.acknowledge(to, where, passphrase, p), passphrase, this::exported, exportError::set);
    }

    private boolean checkExport(char[] passphrase) {
        exportMessage.set("");
        exportError.set("");
        recipientError.set("");
        folderError.set("");
        exportPassphraseError.set("");
        if (busy.get()) {
            return false;
        }
        boolean ok = true;
        KeyRow to = recipient.get();
        if (to == null || !to.entry().isTrusted() || to.entry().isRetired()) {
            recipientError.set(messages.get(recipients.isEmpty() ? "exchange.export.noTrustedKey"
                    : "exchange.export.recipientRequired"));
            ok = false;
        }
        if (folder.get() == null) {
            folderError.set(messages.get("exchange.export.folderRequired"));
            ok = false;
        }
        if (passphrase == null || passphrase.length == 0) {
            exportPassphraseError.set(messages.get("exchange.passphrase.required"));
            ok = false;
        }
        return ok;
    }

    private void exported(ExportResult result) {
        exportMessage.set(messages.get("exchange.export.done", result.file().getFileName().toString(),
                size(result.bytes()), counts(result.counts())));
        loadLog();
    }

    // ------------------------------------------------------------------ reading bundles

    /** 选择文件…: the exchange file (*.hlb) to read. */
    public void chooseBundle() {
        dialogs.chooseOpenFile(messages.get("exchange.import.file.title"), messages.get("exchange.import.fileType"),
                "*.hlb").ifPresent(bundleFile::set);
    }

    /**
     * 导入交换文件…: verifies and applies the chosen file, then offers to write the acknowledgement of a
     * records or feedback bundle. The passphrase is wiped when that offer is answered.
     */
    public void importBundle(char[] passphrase) {
        importMessage.set("");
        importError.set("");
        bundleFileError.set("");
        importPassphraseError.set("");
        if (busy.get()) {
            wipe(passphrase);
            return;
        }
        boolean ok = true;
        if (bundleFile.get() == null) {
            bundleFileError.set(messages.get("exchange.import.fileRequired"));
            ok = false;
        }
        if (passphrase == null || passphrase.length == 0) {
            importPassphraseError.set(messages.get("exchange.passphrase.required"));
            ok = false;
        }
        if (!ok) {
            wipe(passphrase);
            return;
        }
        Path file = bundleFile.get();
        status.set(messages.get("exchange.import.reading", file.getFileName().toString()));
        // the passphrase outlives the task when the user then writes the acknowledgement
        char[] kept = passphrase.clone();
        run(p -> actions.importBundle(file, passphrase, p), passphrase, result -> {
            importMessage.set(summary(result));
            loadKeys();
            loadLog();
            offerAcknowledgement(result, kept);
        }, message -> {
            wipe(kept);
            importError.set(message);
        });
    }

    private void offerAcknowledgement(ImportResult result, char[] passphrase) {
        BundleLogEntry entry = result.entry() != null ? result.entry() : result.previously();
        if (entry == null || entry.kind() == BundleKind.ACKNOWLEDGEMENT || entry.senderFingerprint() == null
                || !dialogs.confirm(messages.get("exchange.ack.offer.title"), messages.get("exchange.ack.offer"))) {
            wipe(passphrase);
            return;
        }
        Optional<Path> where = dialogs.chooseDirectory(messages.get("exchange.ack.folder.title"));
        if (where.isEmpty()) {
            wipe(passphrase);
            return;
        }
        Fingerprint to = entry.senderFingerprint();
        Path target = where.get();
        status.set(messages.get("exchange.ack.writing"));
        run(p -> actions.acknowledge(to, target, passphrase, p), passphrase,
                written -> importMessage.set(importMessage.get() + " " + messages.get("exchange.ack.done",
                        written.file().getFileName().toString(), target.toAbsolutePath().toString())),
                importError::set);
    }

    private String summary(ImportResult result) {
        if (result.alreadyImported()) {
            BundleLogEntry was = result.previously();
            return messages.get("exchange.import.already", was.processedAt() == null ? "?" : when(was.processedAt()));
        }
        ApplyResult applied = result.applied();
        if (applied == null) {
            return messages.get("exchange.import.doneCounts", counts(result.counts()));
        }
        return messages.get("exchange.import.done", applied.inserted(), applied.updated(), applied.unchanged(),
                applied.conflicts());
    }

    // ------------------------------------------------------------------ conflicts

    public ConflictViewModel conflictDialog(ConflictRow row) {
        return new ConflictViewModel(messages, row.conflict());
    }

    /** 保留现有 / 采用新值. */
    public void resolve(RecordConflict conflict, RecordConflict.Resolution resolution) {
        conflictError.set("");
        tasks.execute(BackgroundTask.of(() -> actions.resolve(conflict.id(), resolution), done -> loadLog(),
                failure -> conflictError.set(describe(failure))));
    }

    // ------------------------------------------------------------------ running and cancelling

    /**
     * Runs long exchange work with progress and cancel; wipes {@code passphrase} once it has ended,
     * however it ended.
     */
    private <T> void run(Function<Progress, T> work, char[] passphrase, Consumer<T> onSuccess,
            Consumer<String> onFailure) {
        ProgressTask<T> task = ProgressTask.of(p -> {
            try {
                return work.apply(p);
            } finally {
                wipe(passphrase);
            }
        }, value -> {
            finished();
            onSuccess.accept(value);
        }, failure -> {
            finished();
            if (failure instanceof CancellationException) {
                status.set(messages.get("exchange.cancelled"));
            } else {
                onFailure.accept(describe(failure));
            }
        }, () -> {
            finished();
            status.set(messages.get("exchange.cancelled"));
        });
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        tasks.execute(task);
    }

    private void finished() {
        busy.set(false);
        progress.unbind();
        progress.set(0);
        status.set("");
    }

    /** 取消: the running work stops at its next check and changes nothing. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.stop();
        }
    }

    /** The task currently running, for tests. */
    Task<?> running() {
        return running;
    }

    static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    private String describe(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (e instanceof IOException io) {
            return messages.get("exchange.error.file", String.valueOf(io.getMessage()));
        }
        return Failures.describe(messages, failure);
    }

    // ------------------------------------------------------------------ words

    private KeyRow keyRow(ExchangeKeyEntry e) {
        return new KeyRow(e, e.name(), messages.label(e.role()), e.fingerprint().grouped(),
                messages.get(e.isTrusted() ? "exchange.key.trustedYes" : "exchange.key.trustedNo"),
                e.isRetired() ? messages.get("exchange.key.retiredOn", day(e.retiredAt())) : "");
    }

    private LogRow logRow(BundleLogEntry e) {
        boolean sent = e.direction() == BundleLogEntry.Direction.SENT;
        Fingerprint other = sent ? e.recipientFingerprint() : e.senderFingerprint();
        return new LogRow(e, e.processedAt() == null ? "" : when(e.processedAt()),
                messages.get(sent ? "exchange.log.sent" : "exchange.log.received"), kindLabel(e.kind()),
                counterpart(other), String.valueOf(e.recordCount()), e.fileName() == null ? "" : e.fileName(),
                !sent ? "" : e.acknowledgedAt() == null ? messages.get("exchange.log.notAcknowledged")
                        : when(e.acknowledgedAt()));
    }

    private String counterpart(Fingerprint fingerprint) {
        if (fingerprint == null) {
            return "";
        }
        return otherKeys.stream().filter(r -> r.entry().fingerprint().equals(fingerprint)).map(KeyRow::name)
                .findFirst().orElse(fingerprint.shortId());
    }

    private ConflictRow conflictRow(RecordConflict c) {
        return new ConflictRow(c, recordTypeLabel(messages, c.type()), String.valueOf(c.recordId()),
                String.valueOf(c.revision()), c.detectedAt() == null ? "" : when(c.detectedAt()));
    }

    private String kindLabel(BundleKind kind) {
        switch (kind) {
            case RECORDS:
                return messages.get("exchange.kind.RECORDS");
            case FEEDBACK:
                return messages.get("exchange.kind.FEEDBACK");
            default:
                return messages.get("exchange.kind.ACKNOWLEDGEMENT");
        }
    }

    /** "隐患 12、人员 3": what a bundle holds, by record type. */
    String counts(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return messages.get("exchange.counts.none");
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((wire, n) -> parts.add(messages.get("exchange.counts.one",
                RecordType.fromWire(wire).map(t -> recordTypeLabel(messages, t)).orElse(wire), n)));
        return String.join(messages.get("exchange.counts.separator"), parts);
    }

    String size(long bytes) {
        if (bytes < 1024) {
            return messages.get("exchange.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return messages.get("exchange.size.kb", String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0));
        }
        return messages.get("exchange.size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0));
    }

    private String when(OffsetDateTime t) {
        return t.atZoneSameInstant(clock.getZone()).format(WHEN);
    }

    private String day(OffsetDateTime t) {
        return t.atZoneSameInstant(clock.getZone()).format(DAY);
    }

    static String recordTypeLabel(Messages m, RecordType type) {
        switch (type) {
            case ENTERPRISE:
                return m.get("exchange.recordType.ENTERPRISE");
            case ORG_UNIT:
                return m.get("exchange.recordType.ORG_UNIT");
            case PERSON:
                return m.get("exchange.recordType.PERSON");
            case HAZARD:
                return m.get("exchange.recordType.HAZARD");
            case MAJOR_HAZARD_FILE:
                return m.get("exchange.recordType.MAJOR_HAZARD_FILE");
            case UNION_RECORD:
                return m.get("exchange.recordType.UNION_RECORD");
            case INSPECTION_ROUND:
                return m.get("exchange.recordType.INSPECTION_ROUND");
            case COMPLIANCE:
                return m.get("exchange.recordType.COMPLIANCE");
            case RISK_POINT:
                return m.get("exchange.recordType.RISK_POINT");
            case ATTACHMENT:
                return m.get("exchange.recordType.ATTACHMENT");
            case CAMPAIGN_FIGURE:
                return m.get("exchange.recordType.CAMPAIGN_FIGURE");
            case FEDERATION_NOTICE:
                return m.get("exchange.recordType.FEDERATION_NOTICE");
            default:
                return m.get("exchange.recordType.BUNDLE_RECEIPT");
        }
    }

    private record Keys(Optional<ExchangeKeyEntry> current, List<ExchangeKeyEntry> all) {
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<InstallationRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** This ledger is a federation's: the export writes feedback. */
    public ReadOnlyBooleanProperty federationProperty() {
        return federation.getReadOnlyProperty();
    }

    /** The keys have been read (until then neither "no key" nor a key is shown). */
    public ReadOnlyBooleanProperty keysLoadedProperty() {
        return keysLoaded.getReadOnlyProperty();
    }

    /** "正在读取…" while the keys are read, why they could not be read, or "" once they are shown. */
    public ReadOnlyStringProperty keysStatusProperty() {
        return keysStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExchangeKeyEntry> ownKeyProperty() {
        return ownKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOwnKeyProperty() {
        return hasOwnKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownNameProperty() {
        return ownName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownRoleProperty() {
        return ownRole.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownFingerprintProperty() {
        return ownFingerprint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownCreatedProperty() {
        return ownCreated.getReadOnlyProperty();
    }

    public ObservableList<KeyRow> otherKeys() {
        return otherKeys;
    }

    /** The trusted, current keys of the other side: who a bundle may go to. */
    public ObservableList<KeyRow> recipients() {
        return recipients;
    }

    public ObservableList<LogRow> log() {
        return log;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public ObjectProperty<KeyRow> recipientProperty() {
        return recipient;
    }

    /** 全量 (true) or 增量 (false, the default). */
    public BooleanProperty fullProperty() {
        return full;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty folderTextProperty() {
        return folderText.getReadOnlyProperty();
    }

    public ObjectProperty<Path> bundleFileProperty() {
        return bundleFile;
    }

    public ReadOnlyStringProperty bundleFileTextProperty() {
        return bundleFileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recipientErrorProperty() {
        return recipientError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderErrorProperty() {
        return folderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportPassphraseErrorProperty() {
        return exportPassphraseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bundleFileErrorProperty() {
        return bundleFileError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importPassphraseErrorProperty() {
        return importPassphraseError.getReadOnlyProperty();
    }

    /** Why the page could not read the exchange's state; the page stays usable. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyMessageProperty() {
        return keyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyErrorProperty() {
        return keyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportErrorProperty() {
        return exportError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importErrorProperty() {
        return importError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conflictErrorProperty() {
        return conflictError.getReadOnlyProperty();
    }

    /** Key or bundle work is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is running ("正在写出交换文件…"), or that it was cancelled. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
