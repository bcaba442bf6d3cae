package org.hazardledger.ui.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 数据交换: makes the page's sections (own key, the other side's keys, writing and reading exchange
 * files, the bundle log and conflicts) and what they share: the exchange, the background work with
 * its progress and 取消, whether this ledger is a federation's, and reading everything again after a
 * change. Every call into the exchange runs in the background; passphrases arrive as char arrays and
 * are wiped when the work that needed them has finished.
 */
public final class ExchangeViewModel {

    private final Messages messages;
    private final TaskExecutor tasks;
    private final ExchangeActions actions;
    private final ExchangeWords words;
    private final ExchangeWork work;

    private final ReadOnlyObjectWrapper<InstallationRole> role = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper federation = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");

    private final OwnKeyViewModel ownKey;
    private final OtherKeysViewModel otherKeys;
    private final ExportViewModel export;
    private final ImportViewModel importing;
    private final ExchangeLogViewModel log;

    public ExchangeViewModel(WorkbenchServices services) {
        this(services.messages(), services.tasks(), services.dialogs(), services.clock(),
                ExchangeActions.over(services.exchange()));
    }

    public ExchangeViewModel(Messages messages, TaskExecutor tasks, DialogService dialogs, Clock clock,
            ExchangeActions actions) {
        this.messages = messages;
        this.tasks = tasks;
        this.actions = actions;
        federation.bind(role.isEqualTo(InstallationRole.FEDERATION));
        this.words = new ExchangeWords(messages, clock);
        this.work = new ExchangeWork(messages, tasks, words);
        ExchangeContext ctx = new ExchangeContext(messages, tasks, dialogs, actions, words, work,
                federation.getReadOnlyProperty(), this::loadKeys, this::loadLog);
        Feedback keyFeedback = new Feedback();
        this.ownKey = new OwnKeyViewModel(ctx, keyFeedback);
        this.otherKeys = new OtherKeysViewModel(ctx, keyFeedback);
        this.export = new ExportViewModel(ctx);
        this.importing = new ImportViewModel(ctx);
        this.log = new ExchangeLogViewModel(ctx, otherKeys.rows(), this::loadFailed);
    }

    /** Reads the installation, the keys, the log and the open conflicts, each in the background. */
    public void start() {
        loadError.set("");
        tasks.execute(BackgroundTask.of(actions::installation, installation -> role.set(installation.role()),
                this::loadFailed));
        loadKeys();
        loadLog();
    }

    /** Reads everything again (after a key or a bundle changed it). */
    public void refresh() {
        start();
    }

    private void loadKeys() {
        ownKey.loading();
        tasks.execute(BackgroundTask.of(() -> new Keys(actions.currentKey(), actions.keys()), keys -> {
            ownKey.show(keys.current().orElse(null));
            List<KeyRow> others = new ArrayList<>();
            for (ExchangeKeyEntry e : keys.all()) {
                if (!e.own()) {
                    others.add(words.keyRow(e));
                }
            }
            otherKeys.show(others);
            export.offer(others);
            ownKey.loaded();
        }, ownKey::unreadable));
    }

    private void loadLog() {
        log.load();
    }

    private void loadFailed(Throwable failure) {
        String text = Failures.describe(messages, failure);
        String was = loadError.get();
        if (!was.contains(text)) {
            loadError.set(was.isEmpty() ? text : was + " " + text);
        }
    }

    private record Keys(Optional<ExchangeKeyEntry> current, List<ExchangeKeyEntry> all) {
    }

    // ------------------------------------------------------------------ sections

    public OwnKeyViewModel ownKey() {
        return ownKey;
    }

    public OtherKeysViewModel otherKeys() {
        return otherKeys;
    }

    public ExportViewModel export() {
        return export;
    }

    public ImportViewModel importing() {
        return importing;
    }

    public ExchangeLogViewModel log() {
        return log;
    }

    // ------------------------------------------------------------------ shared

    /** 取消: the running work stops at its next check and changes nothing. */
    public void cancel() {
        work.cancel();
    }

    public ReadOnlyObjectProperty<InstallationRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** This ledger is a federation's: the export writes feedback. */
    public ReadOnlyBooleanProperty federationProperty() {
        return federation.getReadOnlyProperty();
    }

    /** Why the page could not read the exchange's state; the page stays usable. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** Key or bundle work is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** What is running ("正在写出交换文件…"), or that it was cancelled. */
    public ReadOnlyStringProperty statusProperty() {
        return work.statusProperty();
    }
}
