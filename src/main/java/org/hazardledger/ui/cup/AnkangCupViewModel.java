package org.hazardledger.ui.cup;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.CupBoard;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.CupHistoryEntry;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.model.CupStanding;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.service.AnkangCupService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 安康杯 tab: the period picker, opening a new period, the criteria and weights editor, the
 * participating units, the score grid with the ranking, and the history across periods.
 */
public final class AnkangCupViewModel {

    /** One editable row of the criteria editor. */
    public static final class CriterionEntry {
        private final StringProperty code = new SimpleStringProperty("");
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty weight = new SimpleStringProperty("");

        public CriterionEntry(String code, String name, String weight) {
            this.code.set(code);
            this.name.set(name);
            this.weight.set(weight);
        }

        public StringProperty codeProperty() {
            return code;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty weightProperty() {
            return weight;
        }
    }

    /** A unit offered as a participant, ticked when it takes part. */
    public static final class UnitEntry {
        private final OrgUnit unit;
        private final BooleanProperty taking = new SimpleBooleanProperty();

        UnitEntry(OrgUnit unit, boolean taking) {
            this.unit = unit;
            this.taking.set(taking);
        }

        public OrgUnit unit() {
            return unit;
        }

        public BooleanProperty takingProperty() {
            return taking;
        }

        @Override
        public String toString() {
            return unit.code() + " " + unit.name();
        }
    }

    private final WorkbenchServices services;
    private final AnkangCupService cup;
    private final Messages messages;
    private final ObservableList<CupCompetition> competitions = FXCollections.observableArrayList();
    private final ObjectProperty<CupCompetition> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CupBoard> board = new SimpleObjectProperty<>();
    private final ObservableList<CupStanding> standings = FXCollections.observableArrayList();
    private final ObservableList<CriterionEntry> criteria = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[] {e.weightProperty()});
    private final ObservableList<UnitEntry> units = FXCollections.observableArrayList();
    private final ObservableList<CupHistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<Choice<CupPeriod.Kind>> kinds = FXCollections.observableArrayList();
    private final StringProperty newYear = new SimpleStringProperty();
    private final ObjectProperty<Choice<CupPeriod.Kind>> newKind = new SimpleObjectProperty<>();
    private final StringProperty newNumber = new SimpleStringProperty("1");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper weightSum = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper criteriaError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayManage = new ReadOnlyBooleanWrapper();

    public AnkangCupViewModel(WorkbenchServices services) {
        this.services = services;
        this.cup = services.campaign().ankangCup();
        this.messages = services.messages();
        for (CupPeriod.Kind k : CupPeriod.Kind.values()) {
            kinds.add(new Choice<>(k, messages.label(k)));
        }
        newKind.set(kinds.get(0));
        newYear.set(Integer.toString(java.time.LocalDate.now(services.clock()).getYear()));
        newName.set(messages.get("cup.defaultName", newYear.get()));
        newYear.addListener((o, was, now) -> {
            if (newName.get() == null || newName.get().isBlank()
                    || newName.get().equals(messages.get("cup.defaultName", was))) {
                newName.set(messages.get("cup.defaultName", now));
            }
        });
        selected.addListener((o, was, now) -> {
            if (now != null && (was == null || !was.id().equals(now.id()))) {
                loadBoard(now.id());
            }
        });
        criteria.addListener((javafx.collections.ListChangeListener<CriterionEntry>) c -> recountWeights());
    }

    /** (Re)reads the competitions, the units and the history in the background. */
    public void load() {
        mayManage.set(cup.canManage());
        UUID keep = selected.get() == null ? null : selected.get().id();
        run(() -> new Loaded(cup.competitions(), services.organisation().units(), cup.history()), loaded -> {
            competitions.setAll(loaded.competitions());
            history.setAll(loaded.history());
            allUnits = loaded.units();
            CupCompetition pick = loaded.competitions().stream().filter(c -> c.id().equals(keep)).findFirst()
                    .orElse(loaded.competitions().isEmpty() ? null
                            : loaded.competitions().get(loaded.competitions().size() - 1));
            if (pick != null && keep != null && pick.id().equals(keep)) {
                loadBoard(pick.id());
            }
            selected.set(pick);
            if (pick == null) {
                show(null);
            }
        });
    }

    private List<OrgUnit> allUnits = List.of();

    private record Loaded(List<CupCompetition> competitions, List<OrgUnit> units, List<CupHistoryEntry> history) {
    }

    private void loadBoard(UUID id) {
        run(() -> cup.board(id), this::show);
    }

    private void show(CupBoard b) {
        board.set(b);
        standings.setAll(b == null ? List.of() : b.standings());
        criteria.setAll(b == null ? List.of() : b.criteria().stream()
                .map(c -> new CriterionEntry(c.code(), c.name(), Integer.toString(c.weight()))).toList());
        criteriaError.set("");
        Set<UUID> taking = new LinkedHashSet<>();
        if (b != null) {
            b.standings().forEach(st -> taking.add(st.unit().id()));
        }
        List<UnitEntry> offered = new ArrayList<>();
        for (OrgUnit u : allUnits) {
            if (!u.retired() || taking.contains(u.id())) {
                offered.add(new UnitEntry(u, taking.contains(u.id())));
            }
        }
        offered.sort(java.util.Comparator.comparing(e -> e.unit().code()));
        units.setAll(offered);
    }

    /** Opens the competition of the period entered. */
    public void openCompetition() {
        CupPeriod period;
        try {
            int year = Integer.parseInt(newYear.get() == null ? "" : newYear.get().strip());
            CupPeriod.Kind kind = newKind.get() == null ? CupPeriod.Kind.YEAR : newKind.get().value();
            int number = kind == CupPeriod.Kind.YEAR ? 0 : Integer.parseInt(newNumber.get().strip());
            period = new CupPeriod(year, kind, number);
        } catch (NumberFormatException e) {
            message.set(messages.get("error.cup.periodInvalid", String.valueOf(newYear.get())));
            return;
        } catch (org.hazardledger.model.DomainException e) {
            message.set(messages.describe(e));
            return;
        }
        String name = newName.get();
        run(() -> cup.open(period, name), opened -> {
            message.set(messages.get("cup.opened", opened.period().code()));
            selected.set(null);
            reselect(opened.id());
        });
    }

    private void reselect(UUID id) {
        run(() -> new Loaded(cup.competitions(), services.organisation().units(), cup.history()), loaded -> {
            competitions.setAll(loaded.competitions());
            history.setAll(loaded.history());
            allUnits = loaded.units();
            selected.set(loaded.competitions().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
        });
    }

    public void addCriterion() {
        criteria.add(new CriterionEntry("C" + (criteria.size() + 1), "", "0"));
    }

    public void removeCriterion(CriterionEntry entry) {
        criteria.remove(entry);
    }

    /** Re-adds up the weights as the user types: "合计 95 / 100". */
    public void recountWeights() {
        Integer sum = weightTotal();
        weightSum.set(sum == null ? messages.get("cup.weights.sumUnknown")
                : messages.get("cup.weights.sum", sum, CupCriterion.TOTAL_WEIGHT));
    }

    private Integer weightTotal() {
        int sum = 0;
        for (CriterionEntry e : criteria) {
            try {
                sum += Integer.parseInt(e.weightProperty().get().strip());
            } catch (RuntimeException ex) {
                return null;
            }
        }
        return sum;
    }

    /** Saves the criteria, after checking the weights here first (whole numbers, summing to 100). */
    public void saveCriteria() {
        CupCompetition c = selected.get();
        if (c == null) {
            return;
        }
        List<CupCriterion> list = new ArrayList<>();
        int order = 0;
        for (CriterionEntry e : criteria) {
            int weight;
            try {
                weight = Integer.parseInt(e.weightProperty().get().strip());
            } catch (RuntimeException ex) {
                criteriaError.set(messages.get("cup.weights.notWhole", e.nameProperty().get()));
                return;
            }
            list.add(new CupCriterion(e.codeProperty().get(), e.nameProperty().get(), weight, ++order));
        }
        Integer sum = weightTotal();
        if (sum != null && sum != CupCriterion.TOTAL_WEIGHT) {
            criteriaError.set(messages.get("error.cup.weightsNot100", sum));
            return;
        }
        criteriaError.set("");
        run(() -> cup.saveCriteria(c.id(), list), b -> {
            message.set(messages.get("cup.criteriaSaved"));
            show(b);
        }, f -> criteriaError.set(Failures.describe(messages, f)));
    }

    /** Would saving drop scores (a criterion that has scores removed)? The view confirms first. */
    public boolean savingDropsScores() {
        CupBoard b = board.get();
        if (b == null) {
            return false;
        }
        Set<String> kept = new LinkedHashSet<>();
        criteria.forEach(e -> kept.add(e.codeProperty().get()));
        return b.standings().stream().flatMap(st -> st.scores().keySet().stream()).anyMatch(k -> !kept.contains(k));
    }

    /** Saves the ticked units as the participants. */
    public void saveUnits() {
        CupCompetition c = selected.get();
        if (c == null) {
            return;
        }
        Collection<UUID> ids = units.stream().filter(e -> e.takingProperty().get()).map(e -> e.unit().id()).toList();
        run(() -> cup.setParticipants(c.id(), ids), b -> {
            message.set(messages.get("cup.unitsSaved", b.standings().size()));
            show(b);
            refreshHistory();
        });
    }

    /** Would saving the units drop some unit’s scores? */
    public boolean savingUnitsDropsScores() {
        CupBoard b = board.get();
        if (b == null) {
            return false;
        }
        Set<UUID> kept = new LinkedHashSet<>();
        units.stream().filter(e -> e.takingProperty().get()).forEach(e -> kept.add(e.unit().id()));
        return b.standings().stream().anyMatch(st -> !kept.contains(st.unit().id()) && st.scoredCount() > 0);
    }

    /** Sets a score from the grid: empty clears it; otherwise 0–100 with at most one decimal. */
    public void score(CupStanding standing, String criterionCode, String text) {
        CupCompetition c = selected.get();
        if (c == null || standing == null) {
            return;
        }
        BigDecimal value;
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            value = null;
        } else {
            try {
                value = new BigDecimal(t);
            } catch (NumberFormatException e) {
                message.set(messages.get("error.cup.scoreRange", t));
                standings.setAll(board.get() == null ? List.of() : board.get().standings());
                return;
            }
        }
        run(() -> cup.score(c.id(), standing.unit().id(), criterionCode, value), b -> {
            message.set(messages.get("cup.scored", standing.unit().name()));
            board.set(b);
            standings.setAll(b.standings());
            refreshHistory();
        }, f -> {
            message.set(Failures.describe(messages, f));
            standings.setAll(board.get() == null ? List.of() : board.get().standings());
        });
    }

    /** Fills the rectification criterion from the ledger’s rectification rates. */
    public void scoreRectificationRates() {
        CupCompetition c = selected.get();
        if (c == null) {
            return;
        }
        run(() -> cup.scoreRectificationRates(c.id()), b -> {
            message.set(messages.get("cup.computed.done"));
            board.set(b);
            standings.setAll(b.standings());
            refreshHistory();
        });
    }

    private void refreshHistory() {
        run(cup::history, history::setAll);
    }

    /** Asks where to save, then writes the table snapshot in the background. */
    public void exportCsv(List<List<String>> lines, String suggestedName) {
        services.dialogs().chooseSaveFile(messages.get("cup.export.title"), suggestedName,
                messages.get("cup.export.files"), "*.csv").ifPresent(path -> run(() -> {
                    TableCsv.write(lines, path);
                    return path;
                }, (Path p) -> message.set(messages.get("cup.exported", p.getFileName()))));
    }

    // the words of the cells, here so that they are tested without a screen

    public String scoreText(CupStanding st, String criterionCode) {
        BigDecimal s = st.scores().get(criterionCode);
        return s == null ? "" : s.toPlainString();
    }

    public String totalText(CupStanding st) {
        int count = board.get() == null ? 0 : board.get().criteria().size();
        return st.complete(count) ? st.total().toPlainString()
                : messages.get("cup.total.partial", st.total().toPlainString(), st.scoredCount(), count);
    }

    public String competitionText(CupCompetition c) {
        return c == null ? "" : c.period().code() + " " + c.name();
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

    public ObservableList<CupCompetition> competitions() {
        return competitions;
    }

    public ObjectProperty<CupCompetition> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CupBoard> boardProperty() {
        return board;
    }

    public ObservableList<CupStanding> standings() {
        return standings;
    }

    public ObservableList<CriterionEntry> criteria() {
        return criteria;
    }

    public ObservableList<UnitEntry> units() {
        return units;
    }

    public ObservableList<CupHistoryEntry> history() {
        return history;
    }

    public ObservableList<Choice<CupPeriod.Kind>> kinds() {
        return kinds;
    }

    public StringProperty newYearProperty() {
        return newYear;
    }

    public ObjectProperty<Choice<CupPeriod.Kind>> newKindProperty() {
        return newKind;
    }

    public StringProperty newNumberProperty() {
        return newNumber;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty weightSumProperty() {
        return weightSum.getReadOnlyProperty();
    }

    /** Why the criteria cannot be saved, shown under the editor. */
    public ReadOnlyStringProperty criteriaErrorProperty() {
        return criteriaError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayManageProperty() {
        return mayManage.getReadOnlyProperty();
    }
}
