package org.hazardledger.ui.rounds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TierArchive;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 分级档案: for a tier, a unit (with the units below it, or the whole enterprise) and a period — a
 * month, a quarter, a year or any span — the hazards found and handled there, the rounds held and
 * missed, and the compliance counts.
 */
public final class ArchiveViewModel {

    /** How the period is chosen. */
    public enum PeriodKind { MONTH, QUARTER, YEAR, RANGE }

    static final List<String> FIELDS = List.of(TierArchive.TIER, TierArchive.UNIT, TierArchive.FROM, TierArchive.TO);

    private final WorkbenchServices services;
    private final Messages messages;
    private final RoundsContext context;
    private final ObservableList<Choice<Tier>> tiers = FXCollections.observableArrayList();
    private final ObservableList<Choice<UnitOption>> units = FXCollections.observableArrayList();
    private final ObservableList<Choice<PeriodKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Tier>> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<UnitOption>> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<PeriodKind>> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<HazardRow> found = FXCollections.observableArrayList();
    private final ObservableList<HazardRow> handled = FXCollections.observableArrayList();
    private final ObservableList<RoundRow> held = FXCollections.observableArrayList();
    private final ObservableList<ComplianceEntry> missed = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FieldErrors errors;

    public ArchiveViewModel(WorkbenchServices services, RoundsContext context) {
        this.services = services;
        this.messages = services.messages();
        this.context = context;
        this.errors = new FieldErrors(messages, FIELDS);
        for (Tier t : Tier.values()) {
            tiers.add(new Choice<>(t, messages.label(t)));
        }
        for (PeriodKind k : PeriodKind.values()) {
            kinds.add(new Choice<>(k, kindText(k)));
        }
        kind.set(kinds.get(0));
        month.set(YearMonth.from(LedgerDay.china().today(services.clock())));
        tier.set(tiers.get(Tier.TEAM.ordinal()));
        month.addListener((o, was, now) -> periodChanged());
        kind.addListener((o, was, now) -> periodChanged());
        tier.addListener((o, was, now) -> load());
        unit.addListener((o, was, now) -> load());
        errors.clearOnEdit(from, TierArchive.FROM);
        errors.clearOnEdit(to, TierArchive.TO);
        periodChanged();
    }

    private String kindText(PeriodKind k) {
        return switch (k) {
            case MONTH -> messages.get("rounds.archive.kind.month");
            case QUARTER -> messages.get("rounds.archive.kind.quarter");
            case YEAR -> messages.get("rounds.archive.kind.year");
            case RANGE -> messages.get("rounds.archive.kind.range");
        };
    }

    /** Offers the units; the whole enterprise first. Call when the page is shown. */
    public void start() {
        List<Choice<UnitOption>> made = new ArrayList<>();
        made.add(new Choice<>(null, messages.get("rounds.archive.enterprise")));
        context.units().forEach(u -> made.add(new Choice<>(u, u.path())));
        UUID keep = unit.get() == null || unit.get().value() == null ? null : unit.get().value().id();
        units.setAll(made);
        Choice<UnitOption> again = made.stream().filter(c -> c.value() != null && c.value().id().equals(keep))
                .findFirst().orElse(made.get(0));
        if (Objects.equals(again, unit.get())) {
            load();
        } else {
            unit.set(again);
        }
    }

    /** The period the inputs make: a whole month, quarter or year, or the span typed. */
    private void periodChanged() {
        PeriodKind k = kind.get().value();
        YearMonth ym = month.get();
        switch (k) {
            case MONTH -> {
                from.set(ym.atDay(1));
                to.set(ym.atEndOfMonth());
                periodText.set(messages.get("rounds.month", ym.getYear(), ym.getMonthValue()));
            }
            case QUARTER -> {
                int q = (ym.getMonthValue() - 1) / 3;
                YearMonth first = YearMonth.of(ym.getYear(), q * 3 + 1);
                from.set(first.atDay(1));
                to.set(first.plusMonths(2).atEndOfMonth());
                periodText.set(messages.get("rounds.archive.quarter", ym.getYear(), q + 1));
            }
            case YEAR -> {
                from.set(LocalDate.of(ym.getYear(), 1, 1));
                to.set(LocalDate.of(ym.getYear(), 12, 31));
                periodText.set(messages.get("rounds.year", ym.getYear()));
            }
            case RANGE -> periodText.set("");
        }
        if (k != PeriodKind.RANGE) {
            load();
        }
    }

    /** One month, quarter or year back or on. */
    public void move(int delta) {
        PeriodKind k = kind.get().value();
        int months = k == PeriodKind.QUARTER ? 3 : k == PeriodKind.YEAR ? 12 : 1;
        if (k != PeriodKind.RANGE) {
            month.set(month.get().plusMonths((long) months * delta));
        }
    }

    /** Reads the archive in the background; refusals (a unit below the tier, to before from …) at their fields. */
    public void load() {
        if (tier.get() == null || unit.get() == null) {
            return;
        }
        errors.clear();
        Tier t = tier.get().value();
        UUID u = unit.get().value() == null ? null : unit.get().value().id();
        LocalDate f = from.get();
        LocalDate e = to.get();
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.archives().archive(t, u, f, e),
                this::fill,
                failure -> {
                    busy.set(false);
                    clearLists();
                    errors.showAtFields(failure);
                }));
    }

    private void fill(TierArchive a) {
        busy.set(false);
        found.setAll(a.found());
        handled.setAll(a.handled());
        held.setAll(a.roundsHeld());
        missed.setAll(a.roundsMissed());
        ComplianceSummary c = a.compliance();
        summary.set(messages.get("rounds.archive.summary", messages.label(a.tier()),
                a.unitName() == null ? messages.get("rounds.archive.enterprise") : a.unitName(), a.from(), a.to(),
                a.found().size(), a.handled().size(), a.roundsHeld().size(), a.roundsMissed().size(),
                c.done(), c.missed(), c.due()));
    }

    private void clearLists() {
        found.clear();
        handled.clear();
        held.clear();
        missed.clear();
        summary.set("");
    }

    public String statusText(HazardRow h) {
        return messages.label(h.status()) + (h.overdue() ? messages.get("rounds.archive.overdue") : "");
    }

    public String missedText(ComplianceEntry e) {
        return e.period().from().equals(e.period().to()) ? e.period().from().toString()
                : messages.get("rounds.archive.span", e.period().from(), e.period().to());
    }

    public String tierText(Tier t) {
        return messages.label(t);
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Choice<Tier>> tiers() {
        return tiers;
    }

    public ObservableList<Choice<UnitOption>> units() {
        return units;
    }

    public ObservableList<Choice<PeriodKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<Tier>> tierProperty() {
        return tier;
    }

    public ObjectProperty<Choice<UnitOption>> unitProperty() {
        return unit;
    }

    public ObjectProperty<Choice<PeriodKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<HazardRow> found() {
        return found;
    }

    public ObservableList<HazardRow> handled() {
        return handled;
    }

    public ObservableList<RoundRow> held() {
        return held;
    }

    public ObservableList<ComplianceEntry> missed() {
        return missed;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "2026 年 6 月", "2026 年第 2 季度", "2026 年"; empty for a typed span. */
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }
}
