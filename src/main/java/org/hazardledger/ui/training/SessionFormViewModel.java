package org.hazardledger.ui.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.TrainingAttendance;
import org.hazardledger.model.TrainingDraft;
import org.hazardledger.model.TrainingKind;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormSave;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;

/** The form recording a training session: kind, topic, day, hours, trainer, unit, attendees, evaluation. */
public final class SessionFormViewModel {

    public static final List<String> FIELDS = List.of(TrainingDraft.KIND, TrainingDraft.TOPIC, TrainingDraft.HELD_ON,
            TrainingDraft.HOURS, TrainingDraft.TRAINER, TrainingDraft.UNIT, TrainingDraft.ATTENDEES,
            TrainingDraft.EVALUATION);

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<Choice<TrainingKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<TrainingKind>> kind = new SimpleObjectProperty<>();
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty trainer = new SimpleStringProperty("");
    private final ObjectProperty<Choice<OrgUnit>> unit = new SimpleObjectProperty<>();
    private final StringProperty evaluation = new SimpleStringProperty("");
    private final ObservableList<Choice<OrgUnit>> units;
    private final PeoplePicker attendees;
    private final FieldErrors errors;
    private final FormSave<TrainingSession> save;

    SessionFormViewModel(WorkbenchServices services, ObservableList<Choice<OrgUnit>> units, PeoplePicker attendees) {
        this.services = services;
        this.messages = services.messages();
        this.units = units;
        this.attendees = attendees;
        this.errors = new FieldErrors(messages, FIELDS);
        this.save = new FormSave<>(services.tasks(), errors);
        for (TrainingKind k : TrainingKind.values()) {
            kinds.add(new Choice<>(k, messages.label(k)));
        }
        kind.set(kinds.get(0));
        heldOn.set(LedgerDay.china().today(services.clock()));
        errors.clearOnEdit(kind, TrainingDraft.KIND);
        errors.clearOnEdit(topic, TrainingDraft.TOPIC);
        errors.clearOnEdit(heldOn, TrainingDraft.HELD_ON);
        errors.clearOnEdit(hours, TrainingDraft.HOURS);
        errors.clearOnEdit(trainer, TrainingDraft.TRAINER);
        errors.clearOnEdit(unit, TrainingDraft.UNIT);
        errors.clearOnEdit(evaluation, TrainingDraft.EVALUATION);
        errors.clearOnEdit(attendees.selectedCountProperty(), TrainingDraft.ATTENDEES);
    }

    /** Checks the form and records the session in the background; {@link #savedProperty()} then carries it. */
    public void submit() {
        if (save.isBusy()) {
            return;
        }
        BigDecimal h;
        try {
            h = hours.get() == null || hours.get().isBlank() ? null : new BigDecimal(hours.get().strip());
        } catch (NumberFormatException e) {
            errors.clear();
            errors.show(List.of(FieldError.of(TrainingDraft.HOURS, "validation.training.hoursNumber")));
            return;
        }
        TrainingDraft draft = new TrainingDraft(kind.get() == null ? null : kind.get().value(), topic.get(),
                heldOn.get(), h, trainer.get(), unit.get() == null ? null : unit.get().value().id(), evaluation.get(),
                attendees.selectedIds().stream().map(TrainingAttendance::of).toList());
        List<FieldError> problems = draft.validate(LedgerDay.china().today(services.clock()));
        save.submit(problems, () -> services.campaign().training().record(draft));
    }

    public ObservableList<Choice<TrainingKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<TrainingKind>> kindProperty() {
        return kind;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ObjectProperty<LocalDate> heldOnProperty() {
        return heldOn;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty trainerProperty() {
        return trainer;
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

    public PeoplePicker attendees() {
        return attendees;
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

    public ReadOnlyObjectProperty<TrainingSession> savedProperty() {
        return save.savedProperty();
    }
}
