package org.hazardledger.ui.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Debouncer;
import org.hazardledger.ui.UnitOption;

/**
 * The ledger's filters (status, tier, unit, grade, overdue, search text) and the query they make.
 * Every change asks for a new query; typing in the search box waits for a pause first.
 */
public final class LedgerFilterViewModel {

    private final Messages messages;
    private final ObservableList<Choice<Set<HazardStatus>>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Tier>> tierChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<UUID>> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Grade>> gradeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Set<HazardStatus>>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Tier>> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<UUID>> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Grade>> grade = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty myTasks = new SimpleBooleanProperty();
    private final StringProperty searchText = new SimpleStringProperty("");
    private Runnable onChange = () -> { };
    private boolean quiet;

    public LedgerFilterViewModel(Messages messages, Debouncer debouncer) {
        this.messages = messages;
        statusChoices.add(new Choice<>(null, messages.get("filter.status.all")));
        statusChoices.add(new Choice<>(openStatuses(), messages.get("filter.status.open")));
        for (HazardStatus s : HazardStatus.values()) {
            statusChoices.add(new Choice<>(Set.of(s), messages.label(s)));
        }
        tierChoices.setAll(enumChoices(Tier.values(), "filter.tier.all"));
        gradeChoices.setAll(enumChoices(Grade.values(), "filter.grade.all"));
        unitChoices.add(new Choice<>(null, messages.get("filter.unit.all")));
        setDefaults();

        status.addListener((o, a, b) -> changed());
        tier.addListener((o, a, b) -> changed());
        unit.addListener((o, a, b) -> changed());
        grade.addListener((o, a, b) -> changed());
        overdueOnly.addListener((o, a, b) -> changed());
        myTasks.addListener((o, a, b) -> changed());
        searchText.addListener((o, a, b) -> debouncer.submit(this::changed));
    }

    /** Called with every change of the query (the ledger reloads). */
    void setOnChange(Runnable action) {
        this.onChange = action;
    }

    /** Offers the organisation's units, by their path, after "all units". */
    public void setUnits(List<UnitOption> units) {
        Choice<UUID> current = unit.get();
        List<Choice<UUID>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, messages.get("filter.unit.all")));
        units.forEach(u -> choices.add(new Choice<>(u.id(), u.path())));
        quietly(() -> {
            unitChoices.setAll(choices);
            unit.set(choices.stream().filter(c -> current != null && java.util.Objects.equals(c.value(),
                    current.value())).findFirst().orElse(choices.get(0)));
        });
    }

    /** Back to the whole ledger, with one reload rather than one per filter. */
    public void clear() {
        quietly(this::setDefaults);
        onChange.run();
    }

    public HazardQuery query() {
        Set<HazardStatus> statuses = status.get() == null || status.get().isEmpty() ? Set.of() : status.get().value();
        return new HazardQuery(statuses, valueOf(tier.get()), valueOf(unit.get()), valueOf(grade.get()),
                overdueOnly.get(), searchText.get());
    }

    /**
     * The filters in words, for the line under an exported sheet's title: "状态：未关闭；整改层级：班组；
     * 仅超期", or "全部隐患" when nothing is filtered.
     */
    public String describe() {
        java.util.List<String> parts = new ArrayList<>();
        if (status.get() != null && status.get().value() != null) {
            parts.add(messages.get("sheetExport.filter.status", status.get().label()));
        }
        if (tier.get() != null && tier.get().value() != null) {
            parts.add(messages.get("sheetExport.filter.tier", tier.get().label()));
        }
        if (unit.get() != null && unit.get().value() != null) {
            parts.add(messages.get("sheetExport.filter.unit", unit.get().label()));
        }
        if (grade.get() != null && grade.get().value() != null) {
            parts.add(messages.get("sheetExport.filter.grade", grade.get().label()));
        }
        if (overdueOnly.get()) {
            parts.add(messages.get("sheetExport.filter.overdue"));
        }
        if (myTasks.get()) {
            parts.add(messages.get("sheetExport.filter.myTasks"));
        }
        String text = searchText.get() == null ? "" : searchText.get().strip();
        if (!text.isEmpty()) {
            parts.add(messages.get("sheetExport.filter.text", text));
        }
        return parts.isEmpty() ? messages.get("sheetExport.filter.all")
                : String.join(messages.get("sheetExport.filter.separator"), parts);
    }

    private void setDefaults() {
        status.set(statusChoices.get(0));
        tier.set(tierChoices.get(0));
        unit.set(unitChoices.get(0));
        grade.set(gradeChoices.get(0));
        overdueOnly.set(false);
        myTasks.set(false);
        searchText.set("");
    }

    private void changed() {
        if (!quiet) {
            onChange.run();
        }
    }

    private void quietly(Runnable action) {
        quiet = true;
        try {
            action.run();
        } finally {
            quiet = false;
        }
    }

    private <E extends Enum<E> & Labelled> List<Choice<E>> enumChoices(E[] values, String allKey) {
        List<Choice<E>> out = new ArrayList<>();
        out.add(new Choice<>(null, messages.get(allKey)));
        Arrays.stream(values).forEach(v -> out.add(new Choice<>(v, messages.label(v))));
        return out;
    }

    private static Set<HazardStatus> openStatuses() {
        return Arrays.stream(HazardStatus.values()).filter(HazardStatus::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HazardStatus.class)));
    }

    private static <T> T valueOf(Choice<T> choice) {
        return choice == null ? null : choice.value();
    }

    public ObservableList<Choice<Set<HazardStatus>>> statusChoices() {
        return statusChoices;
    }

    public ObservableList<Choice<Tier>> tierChoices() {
        return tierChoices;
    }

    public ObservableList<Choice<UUID>> unitChoices() {
        return unitChoices;
    }

    public ObservableList<Choice<Grade>> gradeChoices() {
        return gradeChoices;
    }

    public ObjectProperty<Choice<Set<HazardStatus>>> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice<Tier>> tierProperty() {
        return tier;
    }

    public ObjectProperty<Choice<UUID>> unitProperty() {
        return unit;
    }

    public ObjectProperty<Choice<Grade>> gradeProperty() {
        return grade;
    }

    /** Only what waits for the signed-in user (我的待办), within the other filters. */
    public BooleanProperty myTasksProperty() {
        return myTasks;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }
}
