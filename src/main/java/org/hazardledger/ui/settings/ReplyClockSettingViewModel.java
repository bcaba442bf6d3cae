package org.hazardledger.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import org.hazardledger.service.UnionService;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;

/**
 * The reply period the enterprise gives the union's written proposals (15 working days unless
 * changed): read, edited and saved here; proposals already issued keep theirs.
 */
public final class ReplyClockSettingViewModel {

    private final UnionService union;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final StringProperty days = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReplyClockSettingViewModel(UnionService union, Messages messages, TaskExecutor tasks) {
        this.union = union;
        this.messages = messages;
        this.tasks = tasks;
        days.addListener((o, was, now) -> {
            error.set("");
            saved.set("");
        });
    }

    /** Reads the period in force (in the background). */
    public void load() {
        busy.set(true);
        tasks.execute(BackgroundTask.of(union::replyClock, clock -> {
            busy.set(false);
            days.set(String.valueOf(clock.workingDays()));
            saved.set("");
        }, this::failed));
    }

    /** Saves the period for proposals issued from now on; a bad number or a missing right is said at the field. */
    public void save() {
        int n;
        try {
            n = Integer.parseInt(days.get().strip());
        } catch (NumberFormatException e) {
            error.set(messages.get("settings.reply.number"));
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> union.setReplyClock(n), clock -> {
            busy.set(false);
            saved.set(messages.get("settings.reply.saved", clock.workingDays()));
        }, this::failed));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(failure instanceof DomainException d ? messages.describe(d) : Failures.describe(messages, failure));
    }

    public StringProperty daysProperty() {
        return days;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
