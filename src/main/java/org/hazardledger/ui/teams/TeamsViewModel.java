package org.hazardledger.ui.teams;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.hazardledger.model.TeamAssessment;
import org.hazardledger.model.TeamAssessmentDraft;
import org.hazardledger.model.TeamCheckItem;
import org.hazardledger.model.TeamResult;
import org.hazardledger.model.TeamRow;
import org.hazardledger.model.TeamSectionScore;
import org.hazardledger.model.TeamShortfall;
import org.hazardledger.service.Messages;
import org.hazardledger.service.TeamStandardService;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 标准化班组 tab: the teams with their latest result, the self-assessment editor (points per
 * item, running section scores and total), the selected team's history and the teams still short.
 */
public final class TeamsViewModel {

    /** One item of the editor with the points typed for it. */
    public static final class ItemEntry {
        private final TeamCheckItem item;
        private final StringProperty points = new SimpleStringProperty("");

        ItemEntry(TeamCheckItem item) {
            this.item = item;
        }

        public TeamCheckItem item() {
            return item;
        }

        public StringProperty pointsProperty() {
            return points;
        }

        /** The points typed if they are a whole number within 0..max, else null. */
        public Integer validPoints() {
            try {
                int p = Integer.parseInt(points.get() == null ? "" : points.get().strip());
                return p >= 0 && p <= item.maxPoints() ? p : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final WorkbenchServices services;
    private final TeamStandardService teams;
    private final Messages messages;
    private final ObservableList<TeamRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TeamRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ItemEntry> items = FXCollections.observableArrayList(
            e -> new Observable[] {e.pointsProperty()});
    private final ObservableList<TeamSectionScore> sections = FXCollections.observableArrayList();
    private final ObservableList<TeamResult> history = FXCollections.observableArrayList();
    private final ObservableList<TeamShortfall> shortfalls = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>();
    private final StringProperty assessor = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper runningTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper editorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayAssess = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper runningPassed = new ReadOnlyBooleanWrapper();

    public TeamsViewModel(WorkbenchServices services) {
        this.services = services;
        this.teams = services.campaign().teams();
        this.messages = services.messages();
        items.addListener((ListChangeListener<ItemEntry>) c -> recount());
        selected.addListener((o, was, now) -> loadHistory());
    }

    /** (Re)reads the checklist, the teams and the teams still short in the background. */
    public void load() {
        mayAssess.set(teams.canAssess());
        UUID keep = selected.get() == null ? null : selected.get().team().id();
        run(() -> new Loaded(teams.checklist(), teams.teams(), teams.stillShort()), loaded -> {
            if (items.isEmpty() || items.size() != loaded.checklist().size()) {
                items.setAll(loaded.checklist().stream().map(ItemEntry::new).toList());
            }
            rows.setAll(loaded.teams());
            shortfalls.setAll(loaded.shortfalls());
            selected.set(loaded.teams().stream().filter(r -> r.team().id().equals(keep)).findFirst().orElse(null));
            if (assessedOn.get() == null) {
                assessedOn.set(LocalDate.now(services.clock()));
            }
        });
    }

    private record Loaded(List<TeamCheckItem> checklist, List<TeamRow> teams, List<TeamShortfall> shortfalls) {
    }

    private void loadHistory() {
        TeamRow row = selected.get();
        if (row == null) {
            history.clear();
            return;
        }
        UUID id = row.team().id();
        run(() -> teams.history(id), history::setAll);
    }

    /** Fills every item with its maximum, as a starting point the assessor lowers. */
    public void fillMaximum() {
        items.forEach(e -> e.pointsProperty().set(Integer.toString(e.item().maxPoints())));
    }

    /** Clears the editor. */
    public void clearEditor() {
        items.forEach(e -> e.pointsProperty().set(""));
        note.set("");
        editorError.set("");
    }

    /** Re-scores the editor as the user types: section scores, total and whether it would pass. */
    public void recount() {
        Map<String, Integer> points = new HashMap<>();
        Map<String, Integer> max = new HashMap<>();
        for (ItemEntry e : items) {
            Integer p = e.validPoints();
            points.put(e.item().code(), p == null ? 0 : p);
            max.put(e.item().code(), e.item().maxPoints());
        }
        TeamResult r = TeamResult.of(new TeamAssessment(null, null, null, "", null, points, max, "", null),
                items.stream().map(ItemEntry::item).toList());
        sections.setAll(r.sections());
        runningPassed.set(r.passed());
        runningTotal.set(messages.get("teams.runningTotal", r.points(), r.maxPoints(), r.total().toPlainString(),
                messages.get(r.passed() ? "teams.result.pass" : "teams.result.fail")));
    }

    /** Records the assessment of the selected team after checking every item’s points here. */
    public void save() {
        TeamRow row = selected.get();
        if (row == null) {
            editorError.set(messages.get("teams.editor.chooseTeam"));
            return;
        }
        Map<String, Integer> points = new HashMap<>();
        for (ItemEntry e : items) {
            Integer p = e.validPoints();
            if (p == null) {
                editorError.set(messages.get("error.teams.pointsRange", e.item().code(),
                        e.pointsProperty().get() == null ? "" : e.pointsProperty().get(), e.item().maxPoints()));
                return;
            }
            points.put(e.item().code(), p);
        }
        editorError.set("");
        TeamAssessmentDraft draft = new TeamAssessmentDraft(row.team().id(), assessedOn.get(), assessor.get(),
                points, note.get());
        run(() -> teams.assess(draft), result -> {
            message.set(messages.get(result.passed() ? "teams.saved.pass" : "teams.saved.fail", row.team().name(),
                    result.total().toPlainString()));
            clearEditor();
            load();
            loadHistory();
        }, f -> editorError.set(Failures.describe(messages, f)));
    }

    /** Asks where to save, then writes the table snapshot in the background. */
    public void exportCsv(List<List<String>> lines, String suggestedName) {
        services.dialogs().chooseSaveFile(messages.get("teams.export.title"), suggestedName,
                messages.get("teams.export.files"), "*.csv").ifPresent(path -> run(() -> {
                    TableCsv.write(lines, path);
                    return path;
                }, (Path p) -> message.set(messages.get("teams.exported", p.getFileName()))));
    }

    // the words of the cells

    public String latestDateText(TeamRow row) {
        return row.latest() == null ? messages.get("teams.never") : row.latest().assessment().assessedOn().toString();
    }

    public String latestTotalText(TeamRow row) {
        return row.latest() == null ? "" : row.latest().total().toPlainString();
    }

    public String resultText(TeamResult r) {
        return r == null ? "" : messages.get(r.passed() ? "teams.result.pass" : "teams.result.fail");
    }

    public String sectionText(TeamSectionScore s) {
        return messages.get("teams.sectionScore", s.points(), s.maxPoints());
    }

    public String failingText(List<TeamSectionScore> failing) {
        return failing.stream().map(s -> s.sectionName() + " " + s.points() + "/" + s.maxPoints())
                .collect(Collectors.joining("；"));
    }

    public String shortfallText(TeamShortfall s) {
        if (s.reason() == TeamShortfall.Reason.FAILED) {
            return s.failingSections().isEmpty()
                    ? messages.get("teams.short.totalLow", s.latest().total().toPlainString())
                    : messages.get("teams.short.sections", failingText(s.failingSections()));
        }
        return s.latest() == null ? messages.get("teams.never")
                : messages.get("teams.short.lastOn", s.latest().assessment().assessedOn().toString());
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        run(work, done, f -> message.set(Failures.describe(messages, f)));
    }

    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(work, v -> {
            busy.set(false);
            done.accept(v);
        }, f -> {
            busy.set(false);
            failed.accept(f);
        }));
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<TeamRow> rows() {
        return rows;
    }

    public ObjectProperty<TeamRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ItemEntry> items() {
        return items;
    }

    public ObservableList<TeamSectionScore> sections() {
        return sections;
    }

    public ObservableList<TeamResult> history() {
        return history;
    }

    public ObservableList<TeamShortfall> shortfalls() {
        return shortfalls;
    }

    public ObjectProperty<LocalDate> assessedOnProperty() {
        return assessedOn;
    }

    public StringProperty assessorProperty() {
        return assessor;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty runningTotalProperty() {
        return runningTotal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningPassedProperty() {
        return runningPassed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty editorErrorProperty() {
        return editorError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayAssessProperty() {
        return mayAssess.getReadOnlyProperty();
    }
}
