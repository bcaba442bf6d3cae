package org.hazardledger.ui.organisation;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.PersonEdit;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.Role;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.UnitOption;

/** The inline editor for a person: name, number, unit, role, union membership, inspector certificate. */
public final class PersonForm {

    /** What the form is doing; NONE hides it. */
    public enum Mode { NONE, ADD, EDIT }

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final ObjectProperty<UnitOption> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.WORKER);
    private final BooleanProperty unionMember = new SimpleBooleanProperty();
    private final StringProperty certificateNo = new SimpleStringProperty("");
    private final StringProperty appointedBy = new SimpleStringProperty("");
    private final ObservableList<UnitOption> unitChoices = FXCollections.observableArrayList();
    private final FieldErrors errors;
    private PersonEntry target;

    PersonForm(Messages messages) {
        this.errors = new FieldErrors(messages,
                List.of("unit", "employeeNo", "name", "role", "certificateNo", "appointedBy"));
        for (ObservableValue<?> input : List.of(name, employeeNo, unit, role, certificateNo, appointedBy)) {
            input.addListener((o, was, now) -> errors.clear());
        }
    }

    void openNew(List<UnitOption> units, UnitOption at) {
        target = null;
        unitChoices.setAll(units);
        fill("", "", at, Role.WORKER, false, "", "");
        mode.set(Mode.ADD);
        errors.clear();
    }

    void openEdit(List<UnitOption> units, PersonEntry p) {
        target = p;
        unitChoices.setAll(units);
        UnitOption at = units.stream().filter(u -> u.id().equals(p.person().unitId())).findFirst().orElse(null);
        fill(p.person().name(), p.person().employeeNo(), at, p.person().role(), p.unionMember(),
                p.certificateNo(), p.appointedBy());
        mode.set(Mode.EDIT);
        errors.clear();
    }

    private void fill(String n, String no, UnitOption at, Role r, boolean member, String cert, String by) {
        name.set(n);
        employeeNo.set(no);
        unit.set(at);
        role.set(r);
        unionMember.set(member);
        certificateNo.set(cert == null ? "" : cert);
        appointedBy.set(by == null ? "" : by);
    }

    void close() {
        mode.set(Mode.NONE);
        errors.clear();
    }

    PersonEntry target() {
        return target;
    }

    PersonEdit edit() {
        return new PersonEdit(unit.get() == null ? null : unit.get().id(), employeeNo.get(), name.get(), role.get(),
                unionMember.get(), certificateNo.get(), appointedBy.get());
    }

    /** Shows a refused save: reasons at their fields, anything else (stale, not allowed) above the buttons. */
    void refuse(Throwable failure) {
        errors.clear();
        errors.showAtFields(failure);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty employeeNoProperty() {
        return employeeNo;
    }

    public ObjectProperty<UnitOption> unitProperty() {
        return unit;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public BooleanProperty unionMemberProperty() {
        return unionMember;
    }

    public StringProperty certificateNoProperty() {
        return certificateNo;
    }

    public StringProperty appointedByProperty() {
        return appointedBy;
    }

    /** Active units a person may work in, as paths. */
    public ObservableList<UnitOption> unitChoices() {
        return unitChoices;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    /** A refusal no field owns (stale, not allowed), shown above the buttons. */
    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }
}
