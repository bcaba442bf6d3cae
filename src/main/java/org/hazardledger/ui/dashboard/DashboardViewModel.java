package org.hazardledger.ui.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
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
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.Dashboard.AgeBand;
import org.hazardledger.model.Dashboard.ComplianceCell;
import org.hazardledger.model.Dashboard.MonthPoint;
import org.hazardledger.model.Dashboard.Share;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Debouncer;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.sheetexport.SheetExportViewModel;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.sheet.StatisticsSheet;
import org.hazardledger.sheet.XlsxExport;

/**
 * The statistics dashboard's state: the filter (period, unit, tier, category), the figures of the
 * last answered request and the tables behind each chart. Every filter change asks again, after a
 * quiet moment (the debouncer), on the TaskExecutor; an answer to an older request than the newest
 * is dropped, so the charts always show the filter as it stands.
 */
public final class DashboardViewModel {

    /** How the period is chosen. */
    public enum PeriodKind implements Labelled {
        THIS_QUARTER, QUARTER, YEAR, CUSTOM;

        @Override
        public String labelKey() {
            return "dashboard.period." + name();
        }
    }

    /** A calendar quarter, 1 to 4. */
    public record Quarter(int year, int number) {

        public static Quarter of(LocalDate day) {
            return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        }

        public LocalDate from() {
            return LocalDate.of(year, (number - 1) * 3 + 1, 1);
        }

        public LocalDate to() {
            return YearMonth.of(year, number * 3).atEndOfMonth();
        }

        public Quarter previous() {
            return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
        }
    }

    private static final int QUARTERS_OFFERED = 8;
    private static final int YEARS_OFFERED = 5;

    private final WorkbenchServices services;
    private final Messages messages;
    private final Debouncer debouncer;
    private final TaskExecutor tasks;
    private final Function<DashboardFilter, Dashboard> source;
    private final LocalDate today;

    private final ObservableList<Choice<PeriodKind>> periodKinds = FXCollections.observableArrayList();
    private final ObservableList<Choice<Quarter>> quarters = FXCollections.observableArrayList();
    private final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();
    private final ObservableList<Choice<UUID>> units = FXCollections.observableArrayList();
    private final ObservableList<Choice<Tier>> tiers = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> categories = FXCollections.observableArrayList();

    private final ObjectProperty<Choice<PeriodKind>> periodKind = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Quarter>> quarter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<UUID>> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Tier>> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> category = new SimpleObjectProperty<>();

    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DashboardFilter> requested = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rectificationRate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper open = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overdue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper participationRate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper participationCaption = new ReadOnlyStringWrapper("");

    private final SheetExportViewModel excel;
    private final javafx.beans.binding.BooleanBinding periodExportable;
    private boolean referenceRead;
    private boolean quiet;
    private long generation;

    public DashboardViewModel(WorkbenchServices services, Debouncer debouncer) {
        this(services, debouncer, services.tasks(), f -> services.campaign().statistics().dashboard(f));
    }

    /** With another executor and source of figures: for tests of what arrives in which order. */
    DashboardViewModel(WorkbenchServices services, Debouncer debouncer, TaskExecutor tasks,
                       Function<DashboardFilter, Dashboard> source) {
        this.services = services;
        this.messages = services.messages();
        this.debouncer = debouncer;
        this.tasks = tasks;
        this.source = source;
        this.today = LocalDate.now(services.clock());
        quiet = true;
        for (PeriodKind k : PeriodKind.values()) {
            periodKinds.add(new Choice<>(k, messages.label(k)));
        }
        Quarter q = Quarter.of(today);
        for (int i = 0; i < QUARTERS_OFFERED; i++, q = q.previous()) {
            quarters.add(new Choice<>(q, messages.get("report.statistics.quarter", String.valueOf(q.year()),
                    String.valueOf(q.number()))));
        }
        for (int i = 0; i < YEARS_OFFERED; i++) {
            int y = today.getYear() - i;
            years.add(new Choice<>(y, messages.get("report.statistics.year", String.valueOf(y))));
        }
        units.add(new Choice<>(null, messages.get("dashboard.filter.allUnits")));
        tiers.add(new Choice<>(null, messages.get("dashboard.filter.allTiers")));
        for (Tier t : Tier.values()) {
            tiers.add(new Choice<>(t, messages.label(t)));
        }
        categories.add(new Choice<>(null, messages.get("dashboard.filter.allCategories")));
        periodKind.set(periodKinds.get(0));
        quarter.set(quarters.get(0));
        year.set(years.get(0));
        customFrom.set(Quarter.of(today).from());
        customTo.set(today);
        unit.set(units.get(0));
        tier.set(tiers.get(0));
        category.set(categories.get(0));
        List.of(periodKind, quarter, year, customFrom, customTo, unit, tier, category)
                .forEach(p -> p.addListener((o, was, now) -> changed()));
        quiet = false;
        updatePeriodText();
        showFigures(null);
        excel = new SheetExportViewModel(services);
        periodExportable = javafx.beans.binding.Bindings.createBooleanBinding(() -> statisticsPeriod().isPresent(),
                periodKind, quarter, year);
    }

    /**
     * The statistics table's period for the period shown: this or a chosen quarter, or a year; empty for
     * a custom stretch of days, which has no table (季度/年度统计分析表 only).
     */
    public java.util.Optional<StatisticsPeriod> statisticsPeriod() {
        PeriodKind kind = periodKind.get() == null ? PeriodKind.THIS_QUARTER : periodKind.get().value();
        return switch (kind) {
            case THIS_QUARTER -> java.util.Optional.of(StatisticsPeriod.quarter(Quarter.of(today).year(),
                    Quarter.of(today).number()));
            case QUARTER -> java.util.Optional.ofNullable(quarter.get()).map(Choice::value)
                    .map(q -> StatisticsPeriod.quarter(q.year(), q.number()));
            case YEAR -> java.util.Optional.ofNullable(year.get()).map(Choice::value).map(StatisticsPeriod::annual);
            default -> java.util.Optional.empty();
        };
    }

    /** Whether 导出 Excel has a table for the period shown. */
    public javafx.beans.binding.BooleanBinding periodExportableProperty() {
        return periodExportable;
    }

    /**
     * 导出 Excel: the statistics tables (季度/年度隐患排查治理统计分析表) of the period shown, read and written
     * in the background; false for a custom period or when the user cancelled the chooser.
     */
    public boolean exportExcel() {
        java.util.Optional<StatisticsPeriod> period = statisticsPeriod();
        if (period.isEmpty()) {
            error.set(messages.get("sheetExport.statistics.customPeriod"));
            return false;
        }
        StatisticsPeriod p = period.get();
        String stem = messages.get("sheetExport.file.statistics") + "-" + p.code();
        return excel.export(messages.get("sheetExport.fileNamePlain", stem), (out, progress) -> {
            var figures = services.campaign().statistics().period(p);
            String enterprise = services.sheets().enterpriseName();
            XlsxExport.write(out, StatisticsSheet.tables(figures, enterprise, messages), progress);
        });
    }

    public SheetExportViewModel excel() {
        return excel;
    }

    /**
     * Called on every visit: reads the units and categories for the filter the first time, then asks
     * for the figures (the ledger may have changed since the last visit).
     */
    public void start() {
        if (referenceRead) {
            load();
            return;
        }
        loading.set(true);
        tasks.execute(BackgroundTask.of(
                () -> new Reference(UnitOption.fromUnits(services.organisation().units()),
                        services.referenceData().hazardCategories()),
                ref -> {
                    referenceRead = true;
                    quiet = true;
                    units.setAll(units.get(0));
                    for (UnitOption u : ref.units()) {
                        units.add(new Choice<>(u.id(), u.path()));
                    }
                    categories.setAll(categories.get(0));
                    String language = messages.locale().getLanguage();
                    for (CatalogEntry c : ref.categories()) {
                        categories.add(new Choice<>(c.code(), c.name(language)));
                    }
                    unit.set(units.get(0));
                    category.set(categories.get(0));
                    quiet = false;
                    load();
                },
                failure -> {
                    loading.set(false);
                    error.set(messages.get("dashboard.failed", Failures.describe(messages, failure)));
                }));
    }

    private void changed() {
        if (quiet) {
            return;
        }
        updatePeriodText();
        debouncer.submit(this::load);
    }

    /** The filter as it stands; a DomainException when the custom period is incomplete or backwards. */
    public DashboardFilter filter() {
        LocalDate from;
        LocalDate to;
        PeriodKind kind = periodKind.get() == null ? PeriodKind.THIS_QUARTER : periodKind.get().value();
        switch (kind) {
            case QUARTER -> {
                Quarter q = quarter.get() == null ? Quarter.of(today) : quarter.get().value();
                from = q.from();
                to = q.to();
            }
            case YEAR -> {
                int y = year.get() == null ? today.getYear() : year.get().value();
                from = LocalDate.of(y, 1, 1);
                to = LocalDate.of(y, 12, 31);
            }
            case CUSTOM -> {
                from = customFrom.get();
                to = customTo.get();
            }
            default -> {
                from = Quarter.of(today).from();
                to = Quarter.of(today).to();
            }
        }
        return new DashboardFilter(from, to, valueOf(unit), valueOf(tier), valueOf(category));
    }

    private static <T> T valueOf(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    /** Asks for the figures of the filter as it stands now; an answer to an earlier request is then dropped. */
    public void load() {
        long asked = ++generation;
        DashboardFilter f;
        try {
            f = filter();
        } catch (DomainException e) {
            loading.set(false);
            error.set(messages.describe(e));
            return;
        }
        requested.set(f);
        loading.set(true);
        error.set("");
        tasks.execute(BackgroundTask.of(() -> source.apply(f),
                answer -> {
                    if (asked != generation) {
                        return;
                    }
                    loading.set(false);
                    dashboard.set(answer);
                    showFigures(answer);
                },
                failure -> {
                    if (asked != generation) {
                        return;
                    }
                    loading.set(false);
                    error.set(messages.get("dashboard.failed", Failures.describe(messages, failure)));
                }));
    }

    private void updatePeriodText() {
        try {
            DashboardFilter f = filter();
            periodText.set(messages.get("report.statistics.span", f.from().toString(), f.to().toString()));
        } catch (DomainException e) {
            periodText.set("");
        }
    }

    private void showFigures(Dashboard d) {
        if (d == null) {
            List.of(found, closed, rectificationRate, open, overdue, participationRate).forEach(p -> p.set("—"));
            participationCaption.set(messages.get("dashboard.figure.participation"));
            return;
        }
        found.set(String.valueOf(d.foundInPeriod()));
        closed.set(String.valueOf(d.closedInPeriod()));
        rectificationRate.set(percentText(d.rectificationRate()));
        open.set(String.valueOf(d.openAtEnd()));
        overdue.set(String.valueOf(overdueAtEnd(d)));
        participationRate.set(d.participation() == null ? "—" : percentText(d.participation().rate()));
        participationCaption.set(d.participation() == null ? messages.get("dashboard.figure.participation")
                : messages.get("dashboard.figure.participationOf", String.valueOf(d.participation().finders()),
                        String.valueOf(d.participation().workers())));
    }

    /** Hazards open and overdue on the day the figures are taken: the ageing bands added up. */
    public static int overdueAtEnd(Dashboard d) {
        return d.overdueAgeing().stream().mapToInt(AgeBand::hazards).sum();
    }

    private static String percentText(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    // ---- the tables behind the charts -------------------------------------------------------

    /** Per month: found, rectified, closed, open at its end, overdue at its end. */
    public DataTable trend() {
        Dashboard d = dashboard.get();
        List<DataTable.Row> rows = new ArrayList<>();
        if (d != null) {
            for (MonthPoint p : d.byMonth()) {
                rows.add(new DataTable.Row(List.of(p.month().toString()),
                        List.of(p.found(), p.rectified(), p.closed(), p.openAtEnd(), p.overdueAtEnd())));
            }
        }
        return new DataTable(List.of(messages.get("dashboard.column.month")),
                List.of(messages.get("dashboard.column.found"), messages.get("dashboard.column.rectified"),
                        messages.get("dashboard.column.closed"), messages.get("dashboard.column.openAtEnd"),
                        messages.get("dashboard.column.overdueAtEnd")), rows);
    }

    public DataTable byTier() {
        return shares("dashboard.column.tier", d -> d.byTier());
    }

    public DataTable byCategory() {
        return shares("dashboard.column.category", d -> d.byCategory());
    }

    public DataTable byUnit() {
        return shares("dashboard.column.unit", d -> d.byUnit());
    }

    private DataTable shares(String keyColumn, Function<Dashboard, List<Share>> pick) {
        Dashboard d = dashboard.get();
        List<DataTable.Row> rows = new ArrayList<>();
        if (d != null) {
            for (Share s : pick.apply(d)) {
                rows.add(new DataTable.Row(List.of(shareLabel(s)), List.of(s.found(), s.closed(), s.open(),
                        s.overdue())));
            }
        }
        return new DataTable(List.of(messages.get(keyColumn)),
                List.of(messages.get("dashboard.column.found"), messages.get("dashboard.column.closed"),
                        messages.get("dashboard.column.open"), messages.get("dashboard.column.overdue")), rows);
    }

    /** A slice's name: an enum's label from the bundle, else the name the figures carry. */
    public String shareLabel(Share s) {
        if (s.labelKey() != null) {
            return messages.get(s.labelKey());
        }
        return s.label() != null ? s.label() : s.key();
    }

    /** Open at the end of the period against struck off in it. */
    public DataTable openClosed() {
        Dashboard d = dashboard.get();
        List<DataTable.Row> rows = new ArrayList<>();
        if (d != null) {
            rows.add(new DataTable.Row(List.of(messages.get("dashboard.slice.open")), List.of(d.openAtEnd())));
            rows.add(new DataTable.Row(List.of(messages.get("dashboard.slice.closed")), List.of(d.closedInPeriod())));
        }
        return new DataTable(List.of(messages.get("dashboard.column.state")),
                List.of(messages.get("dashboard.column.hazards")), rows);
    }

    /** Overdue hazards by days past the deadline. */
    public DataTable ageing() {
        Dashboard d = dashboard.get();
        List<DataTable.Row> rows = new ArrayList<>();
        if (d != null) {
            for (AgeBand b : d.overdueAgeing()) {
                rows.add(new DataTable.Row(List.of(bandLabel(b)), List.of(b.hazards())));
            }
        }
        return new DataTable(List.of(messages.get("dashboard.column.overdueDays")),
                List.of(messages.get("dashboard.column.hazards")), rows);
    }

    public String bandLabel(AgeBand b) {
        return b.toDays() == null
                ? messages.get("dashboard.ageing.from", String.valueOf(b.fromDays()))
                : messages.get("dashboard.ageing.band", String.valueOf(b.fromDays()), String.valueOf(b.toDays()));
    }

    /** The compliance cells as a list: unit, month, due, held, rate. */
    public DataTable compliance() {
        Dashboard d = dashboard.get();
        List<DataTable.Row> rows = new ArrayList<>();
        if (d != null) {
            for (ComplianceCell c : d.compliance()) {
                // a month with nothing due has no rate (null): List.of would refuse it
                rows.add(new DataTable.Row(List.of(c.unitName(), c.month().toString()),
                        java.util.Arrays.asList(c.due(), c.held(), c.rate())));
            }
        }
        return new DataTable(List.of(messages.get("dashboard.column.unit"), messages.get("dashboard.column.month")),
                List.of(messages.get("dashboard.column.due"), messages.get("dashboard.column.held"),
                        messages.get("dashboard.column.rate")), rows);
    }

    public HeatMap heatMap() {
        Dashboard d = dashboard.get();
        if (d == null) {
            return HeatMap.empty();
        }
        List<YearMonth> months = d.byMonth().stream().map(MonthPoint::month).toList();
        if (months.isEmpty()) {
            months = d.compliance().stream().map(ComplianceCell::month).distinct().sorted().toList();
        }
        return HeatMap.of(months, d.compliance());
    }

    // ---- properties -------------------------------------------------------------------------

    private record Reference(List<UnitOption> units, List<CatalogEntry> categories) {
    }

    public ObservableList<Choice<PeriodKind>> periodKinds() {
        return periodKinds;
    }

    public ObservableList<Choice<Quarter>> quarters() {
        return quarters;
    }

    public ObservableList<Choice<Integer>> years() {
        return years;
    }

    public ObservableList<Choice<UUID>> units() {
        return units;
    }

    public ObservableList<Choice<Tier>> tiers() {
        return tiers;
    }

    public ObservableList<Choice<String>> categories() {
        return categories;
    }

    public ObjectProperty<Choice<PeriodKind>> periodKindProperty() {
        return periodKind;
    }

    public ObjectProperty<Choice<Quarter>> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<Choice<Integer>> yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ObjectProperty<Choice<UUID>> unitProperty() {
        return unit;
    }

    public ObjectProperty<Choice<Tier>> tierProperty() {
        return tier;
    }

    public ObjectProperty<Choice<String>> categoryProperty() {
        return category;
    }

    /** Picks a unit by id (null = all units); unknown ids leave the filter as it is. */
    public void selectUnit(UUID unitId) {
        units.stream().filter(c -> Objects.equals(c.value(), unitId)).findFirst().ifPresent(unit::set);
    }

    /** Picks a kind of period. */
    public void selectPeriod(PeriodKind kind) {
        periodKinds.stream().filter(c -> c.value() == kind).findFirst().ifPresent(periodKind::set);
    }

    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** The filter of the newest request. */
    public ReadOnlyObjectProperty<DashboardFilter> requestedProperty() {
        return requested.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rectificationRateProperty() {
        return rectificationRate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty participationRateProperty() {
        return participationRate.getReadOnlyProperty();
    }

    /** 职工参与率 with how many of how many workers found a hazard. */
    public ReadOnlyStringProperty participationCaptionProperty() {
        return participationCaption.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
