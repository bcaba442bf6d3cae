package org.hazardledger.ui.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Lec;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskColourTable;
import org.hazardledger.model.RiskPointRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The risk register page (风险分级管控): the risk points of a unit's subtree, most severe first,
 * the hazards linked to the selected point, and the enterprise's colour table.
 */
public final class RiskViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<RiskPointRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HazardRow> hazards = FXCollections.observableArrayList();
    private final ObservableList<UnitOption> units = FXCollections.observableArrayList();
    private final ObjectProperty<UnitOption> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<RiskPointRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<Choice<RiskColour>> colourChoices = FXCollections.observableArrayList();
    private final Map<Lec.Level, ObjectProperty<Choice<RiskColour>>> colours = new EnumMap<>(Lec.Level.class);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canEditColours = new ReadOnlyBooleanWrapper();
    private final BooleanProperty colourTableDirty = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean filling;

    public RiskViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        for (RiskColour c : RiskColour.values()) {
            colourChoices.add(new Choice<>(c, messages.label(c)));
        }
        for (Lec.Level level : Lec.Level.values()) {
            ObjectProperty<Choice<RiskColour>> p = new SimpleObjectProperty<>();
            p.addListener((o, was, now) -> {
                if (!filling) {
                    colourTableDirty.set(true);
                }
            });
            colours.put(level, p);
        }
        unit.addListener((o, was, now) -> {
            if (!filling) {
                load();
            }
        });
        selected.addListener((o, was, now) -> loadHazards());
    }

    /** Reads the points (of the chosen unit's subtree), the units and the colour table. */
    public void load() {
        busy.set(true);
        java.util.UUID unitId = unit.get() == null ? null : unit.get().id();
        java.util.UUID keep = selected.get() == null ? null : selected.get().point().id();
        services.tasks().execute(BackgroundTask.of(() -> new Page(services.risks().list(unitId),
                services.organisation().units(), services.risks().colourTable(), services.risks().canEdit(),
                services.risks().canEditColours()), page -> {
                    filling = true;
                    UnitOption chosen = unit.get();
                    units.setAll(UnitOption.fromUnits(page.units()));
                    unit.set(chosen == null ? null
                            : units.stream().filter(u -> u.id().equals(chosen.id())).findFirst().orElse(null));
                    for (Lec.Level level : Lec.Level.values()) {
                        RiskColour c = page.colours().colourOf(level);
                        colours.get(level).set(colourChoices.stream().filter(x -> x.value() == c).findFirst()
                                .orElse(null));
                    }
                    colourTableDirty.set(false);
                    filling = false;
                    rows.setAll(page.rows());
                    selected.set(rows.stream().filter(r -> r.point().id().equals(keep)).findFirst().orElse(null));
                    canEdit.set(page.canEdit());
                    canEditColours.set(page.canEditColours());
                    status.set(messages.get("risk.status", rows.size()));
                    busy.set(false);
                }, this::failed));
    }

    private void loadHazards() {
        RiskPointRow row = selected.get();
        if (row == null) {
            hazards.clear();
            return;
        }
        services.tasks().execute(BackgroundTask.of(() -> services.risks().hazards(row.point().id()),
                hazards::setAll, this::failed));
    }

    /** Saves the colour table; every level must have a colour (refused otherwise). */
    public void saveColours() {
        Map<Lec.Level, RiskColour> map = new EnumMap<>(Lec.Level.class);
        List<String> missing = new ArrayList<>();
        for (Lec.Level level : Lec.Level.values()) {
            Choice<RiskColour> c = colours.get(level).get();
            if (c == null) {
                missing.add(messages.label(level));
            } else {
                map.put(level, c.value());
            }
        }
        if (!missing.isEmpty()) {
            status.set(messages.get("risk.colours.missing", String.join("、", missing)));
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(() -> services.risks().saveColourTable(new RiskColourTable(map)),
                saved -> {
                    busy.set(false);
                    status.set(messages.get("risk.colours.saved"));
                    load();
                }, this::failed));
    }

    /** Retires the selected point. */
    public void retireSelected() {
        RiskPointRow row = selected.get();
        if (row == null) {
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.risks().retire(row.point().id(), row.point().revision()), p -> {
                    busy.set(false);
                    selected.set(null);
                    load();
                }, this::failed));
    }

    /** A form for a new point (in the chosen unit) or for the selected one. */
    public RiskPointFormViewModel newForm(boolean edit) {
        RiskPointRow row = selected.get();
        return new RiskPointFormViewModel(services, edit && row != null ? row.point() : null,
                unit.get() == null ? null : unit.get().id());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set(Failures.describe(messages, failure));
    }

    public String levelText(RiskPointRow r) {
        return messages.label(r.point().level());
    }

    public String colourText(RiskPointRow r) {
        return messages.label(r.point().colour());
    }

    public String hazardCountText(RiskPointRow r) {
        return messages.get("risk.hazardCount", r.hazardCount(), r.openHazardCount());
    }

    public ObservableList<RiskPointRow> rows() {
        return rows;
    }

    public ObservableList<HazardRow> hazards() {
        return hazards;
    }

    public ObservableList<UnitOption> units() {
        return units;
    }

    public ObjectProperty<UnitOption> unitProperty() {
        return unit;
    }

    public ObjectProperty<RiskPointRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Choice<RiskColour>> colourChoices() {
        return colourChoices;
    }

    public ObjectProperty<Choice<RiskColour>> colourProperty(Lec.Level level) {
        return colours.get(level);
    }

    public BooleanProperty colourTableDirtyProperty() {
        return colourTableDirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditColoursProperty() {
        return canEditColours.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private record Page(List<RiskPointRow> rows, List<OrgUnit> units, RiskColourTable colours, boolean canEdit,
                        boolean canEditColours) {
    }
}
