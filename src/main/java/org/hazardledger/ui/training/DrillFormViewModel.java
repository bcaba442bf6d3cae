package org.hazardledger.ui.training;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.hazardledger.model.DrillDraft;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormSave;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;

/** The form recording an emergency drill; findings are typed one per line. */
public final class DrillFormViewModel {

    public static final List<String> FIELDS = List.of(DrillDraft.SCENARIO, DrillDraft.HELD_ON, DrillDraft.UNIT,
            DrillDraft.PARTICIPANTS, DrillDraft.EVALUATION, DrillDraft.FINDINGS);

    private final WorkbenchServices services;
    private final StringProperty scenario = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<OrgUnit>> unit = new SimpleObjectProperty<>();
    private final StringProperty evaluation = new SimpleStringProperty("");
    private final StringProperty findings = new SimpleStringProperty("");
    private final ObservableList<Choice<OrgUnit>> units;
    private final PeoplePicker participants;
    private final FieldErrors errors;
    private final FormSave<EmergencyDrill> save;

    DrillFormViewModel(WorkbenchServices services, ObservableList<Choice<OrgUnit>> units, PeoplePicker participants) {
        this.services = services;
        Messages messages = services.messages();
        this.units = units;
        this.participants = participants;
        this.errors = new FieldErrors(messages, FIELDS);
        this.save = new FormSave<>(services.tasks(), errors);
        heldOn.set(LedgerDay.china().today(services.clock()));
        errors.clearOnEdit(scenario, DrillDraft.SCENARIO);
        errors.clearOnEdit(heldOn, DrillDraft.HELD_ON);
        errors.clearOnEdit(unit, DrillDraft.UNIT);
        errors.clearOnEdit(evaluation, DrillDraft.EVALUATION);
        errors.clearOnEdit(findings, DrillDraft.FINDINGS);
        errors.clearOnEdit(participants.selectedCountProperty(), DrillDraft.PARTICIPANTS);
    }

    public DrillDraft draft() {
        return new DrillDraft(scenario.get(), heldOn.get(), unit.get() == null ? null : unit.get().value().id(),
                participants.selectedIds(), evaluation.get(),
                Arrays.asList(findings.get() == null ? new String[0] : findings.get().split("\\R")));
    }

    public void submit() {
        if (save.isBusy()) {
            return;
        }
        DrillDraft draft = draft();
        List<FieldError> problems = draft.validate(LedgerDay.china().today(services.clock()));
        save.submit(problems, () -> services.campaign().training().record(draft));
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<LocalDate> heldOnProperty() {
        return heldOn;
    }

    public ObjectProperty<Choice<OrgUnit>> unitProperty() {
        return unit;
    }

    public ObservableList<Choice<OrgUnit>> units() {
        return units;
    }

    public StringProperty evaluationProperty() {
        return evaluation;
    }

    public StringProperty findingsProperty() {
        return findings;
    }

    public PeoplePicker participants() {
        return participants;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return save.busyProperty();
    }

    public ReadOnlyObjectProperty<EmergencyDrill> savedProperty() {
        return save.savedProperty();
    }
}
