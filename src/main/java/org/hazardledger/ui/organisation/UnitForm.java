package org.hazardledger.ui.organisation;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FieldErrors;

/** The inline editor for a unit: add a plant or a child, rename, or choose a new parent. */
public final class UnitForm {

    /** What the form is doing; NONE hides it. */
    public enum Mode { NONE, ADD_PLANT, ADD_CHILD, RENAME, MOVE }

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UnitRow> parent = new SimpleObjectProperty<>();
    private final ObservableList<UnitRow> parentChoices = FXCollections.observableArrayList();
    private final FieldErrors errors;
    private UnitRow target;
    private Tier tier;

    UnitForm(Messages messages) {
        this.errors = new FieldErrors(messages, List.of("code", "name", "parent", "tier"));
        code.addListener((o, was, now) -> errors.clear());
        name.addListener((o, was, now) -> errors.clear());
        parent.addListener((o, was, now) -> errors.clear());
    }

    void open(Mode m, UnitRow unit, Tier newTier, List<UnitRow> choices) {
        target = unit;
        tier = newTier;
        code.set("");
        name.set(m == Mode.RENAME ? unit.unit().name() : "");
        parentChoices.setAll(choices);
        parent.set(null);
        mode.set(m);
        errors.clear();
    }

    void close() {
        mode.set(Mode.NONE);
        errors.clear();
    }

    UnitRow target() {
        return target;
    }

    Tier tier() {
        return tier;
    }

    /** Shows a refused save: reasons at their fields, anything else (stale, not allowed) above the buttons. */
    void refuse(Throwable failure) {
        errors.clear();
        errors.showAtFields(failure);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UnitRow> parentProperty() {
        return parent;
    }

    /** For a move: the active units one tier above, outside the unit's own subtree. */
    public ObservableList<UnitRow> parentChoices() {
        return parentChoices;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    /** A refusal no field owns (stale, not allowed), shown above the buttons. */
    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }
}
