package org.hazardledger.ui.exchange;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;

/** 交换记录 and 冲突: every bundle written and read, and the open conflicts to resolve. */
public final class ExchangeLogViewModel {

    /** A bundle of the log. */
    public record LogRow(BundleLogEntry entry, String when, String direction, String kind, String counterpart,
            String records, String file, String acknowledged) {
    }

    /** An open conflict. */
    public record ConflictRow(RecordConflict conflict, String type, String record, String revision,
            String detected) {
    }

    private final ExchangeContext ctx;
    private final Messages messages;
    private final ObservableList<KeyRow> otherKeys;
    private final Consumer<Throwable> loadFailed;
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper conflictError = new ReadOnlyStringWrapper("");

    /** {@code otherKeys} name the other side in the log; {@code loadFailed} says why reading failed. */
    ExchangeLogViewModel(ExchangeContext ctx, ObservableList<KeyRow> otherKeys, Consumer<Throwable> loadFailed) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.otherKeys = otherKeys;
        this.loadFailed = loadFailed;
    }

    /** Reads the log and the open conflicts in the background. */
    void load() {
        ctx.tasks().execute(BackgroundTask.of(ctx.actions()::log,
                entries -> log.setAll(entries.stream().map(this::logRow).toList()), loadFailed));
        ctx.tasks().execute(BackgroundTask.of(ctx.actions()::openConflicts,
                found -> conflicts.setAll(found.stream().map(this::conflictRow).toList()), loadFailed));
    }

    public ConflictViewModel conflictDialog(ConflictRow row) {
        return new ConflictViewModel(messages, row.conflict());
    }

    /** 保留现有 / 采用新值. */
    public void resolve(RecordConflict conflict, RecordConflict.Resolution resolution) {
        conflictError.set("");
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.actions().resolve(conflict.id(), resolution),
                done -> ctx.reloadLog().run(), failure -> conflictError.set(ctx.words().failure(failure))));
    }

    private LogRow logRow(BundleLogEntry e) {
        ExchangeWords words = ctx.words();
        boolean sent = e.direction() == BundleLogEntry.Direction.SENT;
        Fingerprint other = sent ? e.recipientFingerprint() : e.senderFingerprint();
        return new LogRow(e, e.processedAt() == null ? "" : words.when(e.processedAt()),
                messages.get(sent ? "exchange.log.sent" : "exchange.log.received"), words.kind(e.kind()),
                counterpart(other), String.valueOf(e.recordCount()), e.fileName() == null ? "" : e.fileName(),
                !sent ? "" : e.acknowledgedAt() == null ? messages.get("exchange.log.notAcknowledged")
                        : words.when(e.acknowledgedAt()));
    }

    private String counterpart(Fingerprint fingerprint) {
        if (fingerprint == null) {
            return "";
        }
        return otherKeys.stream().filter(r -> r.entry().fingerprint().equals(fingerprint)).map(KeyRow::name)
                .findFirst().orElse(fingerprint.shortId());
    }

    private ConflictRow conflictRow(RecordConflict c) {
        return new ConflictRow(c, ExchangeWords.recordType(messages, c.type()), String.valueOf(c.recordId()),
                String.valueOf(c.revision()), c.detectedAt() == null ? "" : ctx.words().when(c.detectedAt()));
    }

    public ObservableList<LogRow> log() {
        return log;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public ReadOnlyStringProperty conflictErrorProperty() {
        return conflictError.getReadOnlyProperty();
    }
}
