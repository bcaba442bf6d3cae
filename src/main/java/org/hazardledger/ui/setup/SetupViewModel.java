package org.hazardledger.ui.setup;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Industry;
import org.hazardledger.service.Messages;
import org.hazardledger.service.SetupService;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FxThread;
import org.hazardledger.ui.TaskExecutor;

/**
 * The first start: load the demo enterprise (with progress and cancel) or set up an empty ledger
 * for a named enterprise. A cancelled or failed attempt leaves the ledger empty and asks again.
 */
public final class SetupViewModel {

    /** What the user chose to start with. */
    public enum Mode { DEMO, EMPTY, FEDERATION }

    private final SetupService setup;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.DEMO);
    private final StringProperty enterpriseName = new SimpleStringProperty("");
    private final StringProperty federationName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper federationNameError = new ReadOnlyStringWrapper("");
    private final ObservableList<Choice<Industry>> industries;
    private final ObjectProperty<Choice<Industry>> industry = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private DemoSetupTask demo;

    public SetupViewModel(SetupService setup, Messages messages, TaskExecutor tasks) {
        this.setup = setup;
        this.messages = messages;
        this.tasks = tasks;
        List<Choice<Industry>> list = Arrays.stream(Industry.values())
                .map(i -> new Choice<>(i, messages.label(i))).toList();
        industries = FXCollections.observableArrayList(list);
        industry.set(list.get(list.size() - 1));
        enterpriseName.addListener((o, a, b) -> nameError.set(""));
        federationName.addListener((o, a, b) -> federationNameError.set(""));
    }

    /** Starts what the user chose. */
    public void start() {
        if (running.get()) {
            return;
        }
        error.set("");
        nameError.set("");
        federationNameError.set("");
        status.set("");
        if (mode.get() == Mode.EMPTY) {
            startEmpty();
        } else if (mode.get() == Mode.FEDERATION) {
            startFederation();
        } else {
            startDemo();
        }
    }

    /** Stops loading the demo; the service rolls back and the ledger stays empty. */
    public void cancel() {
        if (demo == null || !running.get() || cancelling.get()) {
            return;
        }
        cancelling.set(true);
        status.set(messages.get("setup.cancelling"));
        // No interrupt: an interrupted thread would close H2's file channel under the rollback.
        demo.cancel(false);
    }

    private void startEmpty() {
        String name = enterpriseName.get();
        if (name == null || name.isBlank()) {
            nameError.set(messages.get("error.enterprise.nameRequired"));
            return;
        }
        Industry chosen = industry.get() == null ? Industry.OTHER : industry.get().value();
        running.set(true);
        progress.set(-1);
        status.set(messages.get("setup.creating"));
        tasks.execute(BackgroundTask.of(
                () -> setup.initialiseEmpty(name, chosen),
                enterprise -> {
                    running.set(false);
                    finished.set(true);
                },
                failure -> {
                    running.set(false);
                    status.set("");
                    error.set(Failures.describe(messages, failure));
                }));
    }

    /** A federation's ledger (总工会 / 联合会) holding the enterprises' bundles. */
    private void startFederation() {
        String name = federationName.get();
        if (name == null || name.isBlank()) {
            federationNameError.set(messages.get("setup.federation.nameRequired"));
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set(messages.get("setup.creating"));
        tasks.execute(BackgroundTask.of(
                () -> setup.initialiseFederation(name),
                federation -> {
                    running.set(false);
                    finished.set(true);
                },
                failure -> {
                    running.set(false);
                    status.set("");
                    error.set(Failures.describe(messages, failure));
                }));
    }

    private void startDemo() {
        DemoSetupTask task = new DemoSetupTask(setup, () -> FxThread.runLater(this::demoWorkerDone));
        demo = task;
        running.set(true);
        progress.bind(task.progressProperty());
        status.set(messages.get("setup.demo.loading"));
        task.setOnSucceeded(e -> {
            endDemo();
            finished.set(true);
        });
        task.setOnFailed(e -> {
            endDemo();
            status.set("");
            error.set(Failures.describe(messages, task.getException()));
        });
        tasks.execute(task);
    }

    /** The worker has finished; after a cancel this is when the ledger is free again. */
    private void demoWorkerDone() {
        DemoSetupTask task = demo;
        if (task == null || !task.isCancelled()) {
            return;
        }
        endDemo();
        if (task.completed()) {
            // The cancel came after the demo had been saved: the ledger is set up after all.
            finished.set(true);
        } else {
            status.set(messages.get("setup.cancelled"));
        }
    }

    private void endDemo() {
        progress.unbind();
        progress.set(0);
        running.set(false);
        cancelling.set(false);
        demo = null;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty enterpriseNameProperty() {
        return enterpriseName;
    }

    /** The federation's name, for {@link Mode#FEDERATION}. */
    public StringProperty federationNameProperty() {
        return federationName;
    }

    public ReadOnlyStringProperty federationNameErrorProperty() {
        return federationNameError.getReadOnlyProperty();
    }

    public ObservableList<Choice<Industry>> industries() {
        return industries;
    }

    public ObjectProperty<Choice<Industry>> industryProperty() {
        return industry;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** The ledger has its enterprise: the dialog closes and the ledger opens. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** 0…1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }
}
