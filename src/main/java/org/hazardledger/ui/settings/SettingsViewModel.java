package org.hazardledger.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.model.AuditBreak;
import org.hazardledger.model.AuditReport;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;

/** The settings page: for now, verifying the audit trail in the background and saying what was found. */
public final class SettingsViewModel {

    /** Where the last verification stands; the view colours the result by it. */
    public enum AuditOutcome { NOT_RUN, RUNNING, INTACT, BROKEN, FAILED, CANCELLED }

    private final AuditService audit;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<AuditOutcome> outcome = new ReadOnlyObjectWrapper<>(AuditOutcome.NOT_RUN);
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private AuditVerifyTask current;

    public SettingsViewModel(AuditService audit, Messages messages, TaskExecutor tasks) {
        this.audit = audit;
        this.messages = messages;
        this.tasks = tasks;
    }

    /** Walks the whole audit trail on the TaskExecutor; a second press while it runs does nothing. */
    public void verifyAudit() {
        if (running.get()) {
            return;
        }
        AuditVerifyTask task = new AuditVerifyTask(audit);
        current = task;
        running.set(true);
        outcome.set(AuditOutcome.RUNNING);
        resultText.set(messages.get("settings.audit.running"));
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            end();
            show(task.getValue());
        });
        task.setOnFailed(e -> {
            end();
            outcome.set(AuditOutcome.FAILED);
            resultText.set(messages.get("settings.audit.failed", Failures.describe(messages, task.getException())));
        });
        task.setOnCancelled(e -> {
            end();
            outcome.set(AuditOutcome.CANCELLED);
            resultText.set(messages.get("settings.audit.cancelled"));
        });
        tasks.execute(task);
    }

    /** Stops the walk; no interrupt, which would close H2's file channel under the reading thread. */
    public void cancelAudit() {
        if (current != null && running.get()) {
            current.cancel(false);
        }
    }

    private void show(AuditReport report) {
        AuditBreak broken = report.firstBreak();
        if (broken == null) {
            outcome.set(AuditOutcome.INTACT);
            resultText.set(messages.get("audit.intact", report.entriesChecked()));
        } else {
            outcome.set(AuditOutcome.BROKEN);
            resultText.set(messages.get(broken.messageKey(), broken.messageArgs()));
        }
    }

    private void end() {
        progress.unbind();
        progress.set(0);
        running.set(false);
        current = null;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Entries checked of the total, 0–1; −1 while the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AuditOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** "审计链完整：N 条记录", or which entry breaks the chain and why. */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }
}
