package org.hazardledger.ui.training;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.DrillFinding;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.TrainingAttendance;
import org.hazardledger.model.TrainingHistory;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 培训与演练 tab: the sessions and drills, a person’s training history over a period, new
 * sessions and drills, and a drill finding turned into a hazard. Everything is read in the background.
 */
public final class TrainingViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<TrainingSession> sessions = FXCollections.observableArrayList();
    private final ObservableList<EmergencyDrill> drills = FXCollections.observableArrayList();
    private final ObservableList<DrillFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<Choice<OrgUnit>> units = FXCollections.observableArrayList();
    private final ObservableList<Choice<Person>> people = FXCollections.observableArrayList();
    private final ObservableList<TrainingSession> historySessions = FXCollections.observableArrayList();
    private final ObjectProperty<EmergencyDrill> selectedDrill = new SimpleObjectProperty<>();
    private final ObjectProperty<DrillFinding> selectedFinding = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Person>> historyPerson = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> historyFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> historyTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper historySummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayRecord = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canConvertFinding;
    private List<Person> staff = List.of();

    public TrainingViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        LocalDate today = LedgerDay.china().today(services.clock());
        historyFrom.set(today.withDayOfYear(1));
        historyTo.set(today);
        selectedDrill.addListener((o, was, now) -> findings.setAll(now == null ? List.of() : now.findings()));
        canConvertFinding = Bindings.createBooleanBinding(() -> mayRecord.get() && selectedFinding.get() != null
                && !selectedFinding.get().isHazard(), mayRecord, selectedFinding);
    }

    /** (Re)reads sessions, drills, units and people in the background. */
    public void load() {
        mayRecord.set(services.campaign().training().canRecord());
        java.util.UUID keepDrill = selectedDrill.get() == null ? null : selectedDrill.get().id();
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Snapshot(services.campaign().training().sessions(null, null),
                        services.campaign().training().drills(null, null), services.organisation().units(),
                        services.organisation().people()),
                snap -> {
                    busy.set(false);
                    sessions.setAll(snap.sessions());
                    drills.setAll(snap.drills());
                    units.setAll(snap.units().stream().filter(u -> !u.retired())
                            .map(u -> new Choice<>(u, u.name())).toList());
                    staff = snap.people();
                    people.setAll(staff.stream().filter(p -> !p.retired())
                            .map(p -> new Choice<>(p, p.name() + " · " + p.employeeNo())).toList());
                    selectedDrill.set(snap.drills().stream().filter(d -> d.id().equals(keepDrill)).findFirst()
                            .orElse(null));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    public SessionFormViewModel newSessionForm() {
        PeoplePicker picker = new PeoplePicker();
        picker.setPeople(staff);
        return new SessionFormViewModel(services, units, picker);
    }

    public DrillFormViewModel newDrillForm() {
        PeoplePicker picker = new PeoplePicker();
        picker.setPeople(staff);
        return new DrillFormViewModel(services, units, picker);
    }

    /** The 转为隐患 form for the selected finding, if it is not a hazard yet. */
    public Optional<FindingHazardViewModel> newFindingForm() {
        if (!canConvertFinding.get() || selectedDrill.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new FindingHazardViewModel(services, selectedDrill.get(), selectedFinding.get()));
    }

    public void sessionRecorded(TrainingSession s) {
        message.set(messages.get("training.session.recorded", s.topic()));
        load();
    }

    public void drillRecorded(EmergencyDrill d) {
        message.set(messages.get("training.drill.recorded", d.scenario()));
        load();
    }

    public void findingRegistered(Hazard h) {
        message.set(messages.get("training.finding.registered", h.number().toString()));
        load();
    }

    /** Reads the chosen person’s sessions and drills between the two days. */
    public void loadHistory() {
        Choice<Person> who = historyPerson.get();
        if (who == null) {
            historySummary.set(messages.get("training.history.choosePerson"));
            return;
        }
        LocalDate from = historyFrom.get();
        LocalDate to = historyTo.get();
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.campaign().training().history(who.value().id(), from, to),
                history -> {
                    busy.set(false);
                    historySessions.setAll(history.sessions());
                    historySummary.set(summary(history));
                },
                failure -> {
                    busy.set(false);
                    historySessions.clear();
                    historySummary.set(Failures.describe(messages, failure));
                }));
    }

    private String summary(TrainingHistory h) {
        return messages.get("training.history.summary", h.personName(), h.sessions().size(),
                h.totalHours().stripTrailingZeros().toPlainString(), h.drills().size());
    }

    /** Asks where to save and writes the lines (snapshotted on the FX thread) in the background. */
    public void exportCsv(List<List<String>> lines, String suggestedName) {
        Optional<Path> target = services.dialogs().chooseSaveFile(messages.get("training.export.title"),
                suggestedName, messages.get("training.export.csv"), "*.csv");
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    TableCsv.write(lines, target.get());
                    return target.get();
                },
                path -> {
                    busy.set(false);
                    message.set(messages.get("training.export.done", path.getFileName().toString()));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    // cell words, tested without a screen

    public String kindText(TrainingSession s) {
        return messages.label(s.kind());
    }

    public String hoursText(TrainingSession s) {
        return s.hours().stripTrailingZeros().toPlainString();
    }

    public String attendeesText(TrainingSession s) {
        return s.attendees().stream().map(TrainingAttendance::name).collect(Collectors.joining("、"));
    }

    public String resultText(TrainingSession s) {
        long judged = s.attendees().stream().filter(a -> a.passed() != null).count();
        return judged == 0 ? "" : messages.get("training.session.passed", s.passedCount(), judged);
    }

    public String participantsText(EmergencyDrill d) {
        return d.participants().stream().map(a -> a.name()).collect(Collectors.joining("、"));
    }

    public String findingsText(EmergencyDrill d) {
        long hazards = d.findings().stream().filter(DrillFinding::isHazard).count();
        return messages.get("training.drill.findingCount", d.findings().size(), hazards);
    }

    public String findingHazardText(DrillFinding f) {
        return f.isHazard() ? f.hazardNumber() : "";
    }

    public BigDecimal totalHours() {
        return historySessions.stream().map(TrainingSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record Snapshot(List<TrainingSession> sessions, List<EmergencyDrill> drills, List<OrgUnit> units,
                            List<Person> people) {
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<TrainingSession> sessions() {
        return sessions;
    }

    public ObservableList<EmergencyDrill> drills() {
        return drills;
    }

    public ObservableList<DrillFinding> findings() {
        return findings;
    }

    public ObservableList<Choice<Person>> people() {
        return people;
    }

    public ObservableList<TrainingSession> historySessions() {
        return historySessions;
    }

    public ObjectProperty<EmergencyDrill> selectedDrillProperty() {
        return selectedDrill;
    }

    public ObjectProperty<DrillFinding> selectedFindingProperty() {
        return selectedFinding;
    }

    public ObjectProperty<Choice<Person>> historyPersonProperty() {
        return historyPerson;
    }

    public ObjectProperty<LocalDate> historyFromProperty() {
        return historyFrom;
    }

    public ObjectProperty<LocalDate> historyToProperty() {
        return historyTo;
    }

    public ReadOnlyStringProperty historySummaryProperty() {
        return historySummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayRecordProperty() {
        return mayRecord.getReadOnlyProperty();
    }

    public BooleanBinding canConvertFindingProperty() {
        return canConvertFinding;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
