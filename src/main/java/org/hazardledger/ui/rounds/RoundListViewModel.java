package org.hazardledger.ui.rounds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.hazard.RegisterHazardViewModel;

/**
 * 巡查记录: the rounds of one unit (or all) in one month, and the selected round in detail — its
 * answers and the hazards registered from it. From a failed answer a hazard is registered with
 * the form filled in from the round ({@code RoundService.findingDraft}) and linked to the round.
 */
public final class RoundListViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final RoundsContext context;
    private final ObservableList<Choice<UnitOption>> units = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<UnitOption>> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<RoundRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RoundRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<InspectionRound> round = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RoundItemResult> results = FXCollections.observableArrayList();
    private final ObservableList<String> hazards = FXCollections.observableArrayList();
    private final ObjectProperty<RoundItemResult> selectedResult = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canRegister;
    private UUID reselect;

    public RoundListViewModel(WorkbenchServices services, RoundsContext context) {
        this.services = services;
        this.messages = services.messages();
        this.context = context;
        month.set(YearMonth.from(LedgerDay.china().today(services.clock())));
        canRegister = Bindings.createBooleanBinding(() -> round.get() != null && selectedResult.get() != null
                && selectedResult.get().answer() == RoundAnswer.FAILED && !busy.get(), round, selectedResult, busy);
        unit.addListener((o, was, now) -> load());
        month.addListener((o, was, now) -> load());
        selected.addListener((o, was, now) -> loadDetail(now));
    }

    /** Offers the units (from the shared context) and reads the list; call when the page is shown. */
    public void start() {
        List<Choice<UnitOption>> made = new ArrayList<>();
        made.add(new Choice<>(null, messages.get("rounds.list.allUnits")));
        context.units().forEach(u -> made.add(new Choice<>(u, u.path())));
        Choice<UnitOption> keep = unit.get();
        units.setAll(made);
        Choice<UnitOption> again = keep == null ? made.get(0)
                : made.stream().filter(c -> Objects.equals(c.value(), keep.value())).findFirst().orElse(made.get(0));
        if (again == unit.get()) {
            load();
        } else {
            unit.set(again);
        }
    }

    /** (Re)reads the rounds of the unit and month in the background. */
    public void load() {
        YearMonth ym = month.get();
        UUID unitId = unit.get() == null || unit.get().value() == null ? null : unit.get().value().id();
        UUID keep = reselect != null ? reselect : selected.get() == null ? null : selected.get().id();
        reselect = null;
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.rounds().rounds(unitId, ym.atDay(1), ym.atEndOfMonth()),
                list -> {
                    busy.set(false);
                    rows.setAll(list);
                    countText.set(messages.get("rounds.list.count", list.size()));
                    RoundRow again = list.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null);
                    if (again != null && again.equals(selected.get())) {
                        loadDetail(again); // the same round: its hazards may be new
                    } else {
                        selected.set(again);
                    }
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    private void loadDetail(RoundRow row) {
        if (row == null) {
            round.set(null);
            results.clear();
            hazards.clear();
            detailTitle.set("");
            return;
        }
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    InspectionRound r = services.rounds().round(row.id());
                    List<String> numbers = new ArrayList<>();
                    for (UUID id : r.hazardIds()) {
                        numbers.add(services.hazards().details(id).map(RoundListViewModel::hazardLine)
                                .orElse(id.toString()));
                    }
                    return new Detail(r, numbers);
                },
                d -> {
                    if (selected.get() == null || !selected.get().id().equals(d.round().id())) {
                        return;
                    }
                    round.set(d.round());
                    results.setAll(d.round().results());
                    hazards.setAll(d.hazards());
                    detailTitle.set(messages.get("rounds.detail.title", row.unitName(), row.heldOn(),
                            row.inspectorNames()));
                    selectedResult.set(d.round().results().stream().filter(x -> x.answer() == RoundAnswer.FAILED)
                            .findFirst().orElse(null));
                },
                failure -> message.set(Failures.describe(messages, failure))));
    }

    private static String hazardLine(HazardDetails d) {
        Hazard h = d.hazard();
        return h.number() + " " + h.registration().description();
    }

    /** Moves the month by {@code delta}. */
    public void moveMonth(int delta) {
        month.set(month.get().plusMonths(delta));
    }

    /**
     * 登记隐患 from the selected failed answer: reads the prepared draft in the background and hands
     * {@code open} a register form that starts from it and saves through {@code registerFinding}.
     */
    public void registerFinding(java.util.function.Consumer<RegisterHazardViewModel> open) {
        InspectionRound r = round.get();
        RoundItemResult item = selectedResult.get();
        if (!canRegister.get() || r == null || item == null) {
            return;
        }
        services.tasks().execute(BackgroundTask.of(
                () -> services.rounds().findingDraft(r.id(), item.itemCode()),
                draft -> open.accept(new RegisterHazardViewModel(services, draft,
                        d -> services.rounds().registerFinding(r.id(), item.itemCode(), d))),
                failure -> message.set(Failures.describe(messages, failure))));
    }

    /** After the register dialog saved a finding: say so and show it under the round. */
    public void findingRegistered(Hazard hazard) {
        message.set(messages.get("rounds.detail.registered", hazard.number().toString()));
        reselect = round.get() == null ? null : round.get().id();
        load();
    }

    /** After the quick entry recorded a round: show its month and unit and select it. */
    public void recorded(InspectionRound r) {
        message.set(messages.get("rounds.list.recorded", r.heldOn(), context.unit(r.unitId()) == null ? ""
                : context.unit(r.unitId()).path()));
        reselect = r.id();
        YearMonth ym = YearMonth.from(r.heldOn());
        if (!ym.equals(month.get())) {
            month.set(ym); // reloads
        } else {
            load();
        }
    }

    // the words of the cells, here so that they are tested without a screen

    public String tierText(RoundRow r) {
        return messages.label(r.tier());
    }

    public String answerText(RoundItemResult r) {
        return messages.label(r.answer());
    }

    public String monthText() {
        return messages.get("rounds.month", month.get().getYear(), month.get().getMonthValue());
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Choice<UnitOption>> units() {
        return units;
    }

    public ObjectProperty<Choice<UnitOption>> unitProperty() {
        return unit;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<RoundRow> rows() {
        return rows;
    }

    public ObjectProperty<RoundRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<InspectionRound> roundProperty() {
        return round.getReadOnlyProperty();
    }

    public ObservableList<RoundItemResult> results() {
        return results;
    }

    /** The hazards registered from the selected round: "YH-2026-06-0001 描述". */
    public ObservableList<String> hazards() {
        return hazards;
    }

    public ObjectProperty<RoundItemResult> selectedResultProperty() {
        return selectedResult;
    }

    public BooleanBinding canRegisterProperty() {
        return canRegister;
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "本月共 3 次巡查". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Detail(InspectionRound round, List<String> hazards) {
    }
}
