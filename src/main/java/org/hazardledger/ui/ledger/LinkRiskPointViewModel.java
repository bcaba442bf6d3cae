package org.hazardledger.ui.ledger;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.RiskPointRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/** Picks the risk point a hazard belongs to: those of its unit, the units above it and below it. */
public final class LinkRiskPointViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final Hazard hazard;
    private final ObservableList<RiskPointRow> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<RiskPointRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public LinkRiskPointViewModel(WorkbenchServices services, Hazard hazard) {
        this.services = services;
        this.messages = services.messages();
        this.hazard = hazard;
        selected.addListener((o, was, now) -> error.set(""));
    }

    public void load() {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(() -> services.risks().candidates(hazard.id()), rows -> {
            candidates.setAll(rows);
            busy.set(false);
            if (rows.isEmpty()) {
                error.set(messages.get("risk.link.noCandidates"));
            }
        }, this::failed));
    }

    public void submit() {
        RiskPointRow row = selected.get();
        if (row == null) {
            error.set(messages.get("risk.link.choose"));
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(() -> {
            services.risks().link(hazard.id(), hazard.revision(), row.point().id());
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            done.set(true);
        }, this::failed));
    }

    /** "合成车间 · 反应釜（放热反应） · 红色 · D=720". */
    public String text(RiskPointRow r) {
        return messages.get("risk.link.option", r.unitPath(), r.point().name(), messages.label(r.point().colour()),
                r.point().lec().score().toPlainString());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(Failures.describe(messages, failure));
    }

    public ObservableList<RiskPointRow> candidates() {
        return candidates;
    }

    public ObjectProperty<RiskPointRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
