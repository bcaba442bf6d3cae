package org.hazardledger.ui.rounds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.hazard.PersonOption;

/**
 * The quick entry of a round (巡查快速录入), made for a daily post or team round that takes seconds:
 * unit, day and inspector start filled in, each checklist item is answered with one key, and
 * {@link #allOk()} records a round with every item OK at once. A failed item needs a note saying
 * what was wrong; each refusal is shown at its field.
 */
public final class QuickRoundViewModel {

    public static final String UNIT = RoundDraft.UNIT;
    public static final String HELD_ON = RoundDraft.HELD_ON;
    public static final String INSPECTOR = RoundDraft.INSPECTORS;
    /** The checklist's answers (and the checklist itself). */
    public static final String ITEMS = RoundDraft.RESULTS;
    /** The note of the selected item: a failed item needs one. */
    public static final String ITEM_NOTE = "itemNote";
    public static final String NOTE = RoundDraft.NOTE;
    static final List<String> FIELDS = List.of(UNIT, HELD_ON, INSPECTOR, ITEMS, ITEM_NOTE, NOTE);

    private final WorkbenchServices services;
    private final Messages messages;
    private final RoundsContext context;

    private final ObservableList<UnitOption> units = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> inspectors = FXCollections.observableArrayList();
    private final ObservableList<AnswerLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<UnitOption> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonOption> inspector = new SimpleObjectProperty<>();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper checklistName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<InspectionRound> recorded = new ReadOnlyObjectWrapper<>();
    private final FieldErrors errors;
    private Checklist checklist;

    public QuickRoundViewModel(WorkbenchServices services, RoundsContext context) {
        this.services = services;
        this.messages = services.messages();
        this.context = context;
        this.errors = new FieldErrors(messages, FIELDS);
        units.setAll(context.units());
        heldOn.set(LedgerDay.china().today(services.clock()));
        unit.addListener((o, was, now) -> unitChanged(now));
        errors.clearOnEdit(unit, UNIT);
        errors.clearOnEdit(heldOn, HELD_ON);
        errors.clearOnEdit(inspector, INSPECTOR);
        errors.clearOnEdit(note, NOTE);
    }

    /** Starts at the unit last used (or the signed-in person's); reads its checklist in the background. */
    public void start() {
        UnitOption first = context.defaultUnit(services.session().actor());
        if (first == null) {
            errors.showForm(messages.get("rounds.quick.noUnits"));
            return;
        }
        if (Objects.equals(unit.get(), first)) {
            unitChanged(first);
        } else {
            unit.set(first);
        }
    }

    private void unitChanged(UnitOption now) {
        lines.clear();
        checklist = null;
        checklistName.set("");
        if (now == null) {
            inspectors.clear();
            return;
        }
        List<PersonOption> people = context.inspectorsFor(now.id());
        inspectors.setAll(people);
        inspector.set(context.defaultInspector(now.id(), services.session().actor(), people));
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.rounds().checklistFor(now.id()),
                c -> {
                    busy.set(false);
                    if (!Objects.equals(unit.get(), now)) {
                        return; // the user has moved on to another unit meanwhile
                    }
                    checklist = c;
                    checklistName.set(messages.get("rounds.quick.checklist", c.name(), c.version(), c.items().size()));
                    List<AnswerLine> made = new ArrayList<>();
                    for (int i = 0; i < c.items().size(); i++) {
                        AnswerLine line = new AnswerLine(i + 1, c.items().get(i));
                        line.answerProperty().addListener((ob, a, b) -> errors.set(ITEMS, ""));
                        line.noteProperty().addListener((ob, a, b) -> errors.set(ITEM_NOTE, ""));
                        made.add(line);
                    }
                    lines.setAll(made);
                    selectedIndex.set(made.isEmpty() ? -1 : 0);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    /** Answers the item at {@code index}; OK and not-applicable move on to the next item. */
    public void answer(int index, RoundAnswer answer) {
        if (index < 0 || index >= lines.size()) {
            return;
        }
        lines.get(index).answerProperty().set(answer);
        if (answer != RoundAnswer.FAILED && index + 1 < lines.size()) {
            selectedIndex.set(index + 1);
        }
    }

    /** The space bar: OK → failed → not applicable. */
    public void cycle(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.get(index).cycle();
        }
    }

    /** 全部合格: every item OK, and the round is recorded at once. */
    public void allOk() {
        if (busy.get()) {
            return;
        }
        lines.forEach(l -> l.answerProperty().set(RoundAnswer.OK));
        save();
    }

    /** Checks the input and records the round in the background; {@link #recordedProperty()} carries it. */
    public void save() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        RoundDraft draft = draft();
        List<FieldError> problems = new ArrayList<>(draft.validate(LedgerDay.china().today(services.clock())));
        // a missing checklist and unanswered items are explained below, in the quick entry's words
        problems.removeIf(e -> RoundDraft.CHECKLIST.equals(e.field()) || ITEMS.equals(e.field())
                && (lines.isEmpty() || draft.results().size() < lines.size()));
        if (unit.get() != null && checklist == null) {
            problems.add(FieldError.of(ITEMS, "rounds.quick.noChecklist"));
        }
        int unanswered = (int) lines.stream().filter(l -> l.answerProperty().get() == null).count();
        if (unanswered > 0) {
            problems.add(FieldError.of(ITEMS, "rounds.quick.unanswered", unanswered));
            select(lines.stream().filter(l -> l.answerProperty().get() == null).findFirst().orElse(null));
        }
        AnswerLine noNote = lines.stream().filter(l -> l.failed() && l.noteProperty().get().isBlank())
                .findFirst().orElse(null);
        if (noNote != null) {
            problems.add(FieldError.of(ITEM_NOTE, "rounds.quick.failedNote", noNote.number()));
            if (unanswered == 0) {
                select(noNote);
            }
        }
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.rounds().record(draft),
                round -> {
                    busy.set(false);
                    context.remember(unit.get());
                    recorded.set(round);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    /** The draft the inputs make now (items not yet answered left out). */
    public RoundDraft draft() {
        List<RoundItemResult> results = lines.stream().filter(l -> l.answerProperty().get() != null)
                .map(AnswerLine::result).toList();
        String n = note.get() == null ? "" : note.get().strip();
        return new RoundDraft(unit.get() == null ? null : unit.get().id(), heldOn.get(),
                inspector.get() == null ? List.of() : List.of(inspector.get().id()),
                checklist == null ? null : checklist.code(), results, n.isEmpty() ? null : n);
    }

    private void select(AnswerLine line) {
        if (line != null) {
            selectedIndex.set(lines.indexOf(line));
        }
    }

    /** "OK 12 · 不合格 1 · 不适用 0 · 未答 2": what the user has answered so far. */
    public String tally() {
        long ok = count(RoundAnswer.OK);
        long failed = count(RoundAnswer.FAILED);
        long na = count(RoundAnswer.NOT_APPLICABLE);
        return messages.get("rounds.quick.tally", ok, failed, na, lines.size() - ok - failed - na);
    }

    private long count(RoundAnswer a) {
        return lines.stream().filter(l -> l.answerProperty().get() == a).count();
    }

    public String answerText(RoundAnswer a) {
        return a == null ? messages.get("rounds.answer.none") : messages.label(a);
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ObservableList<UnitOption> units() {
        return units;
    }

    public ObservableList<PersonOption> inspectors() {
        return inspectors;
    }

    public ObservableList<AnswerLine> lines() {
        return lines;
    }

    public ObjectProperty<UnitOption> unitProperty() {
        return unit;
    }

    public ObjectProperty<LocalDate> heldOnProperty() {
        return heldOn;
    }

    public ObjectProperty<PersonOption> inspectorProperty() {
        return inspector;
    }

    /** The item the keys act on. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty checklistNameProperty() {
        return checklistName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The round once recorded; the dialog closes on it. */
    public ReadOnlyObjectProperty<InspectionRound> recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
