package org.hazardledger.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hazardledger.model.FieldError;

/**
 * Saving one form in the background: what the form itself refuses goes to the fields and nothing is
 * sent; while the save runs the form is busy (a second press does nothing); the saved value, or the
 * service's refusal at the fields, arrives on the FX thread.
 *
 * @param <T> what the save returns (the recorded session, the submitted proposal …)
 */
public final class FormSave<T> {

    private final TaskExecutor tasks;
    private final FieldErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<T> saved = new ReadOnlyObjectWrapper<>();

    public FormSave(TaskExecutor tasks, FieldErrors errors) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Shows {@code problems} at their fields, or, when there are none, runs {@code work} in the background. */
    public void submit(List<FieldError> problems, Callable<T> work) {
        if (busy.get()) {
            return;
        }
        errors.clear();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(work,
                value -> {
                    busy.set(false);
                    saved.set(value);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<T> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
