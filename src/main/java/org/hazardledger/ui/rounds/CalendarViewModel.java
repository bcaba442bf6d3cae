package org.hazardledger.ui.rounds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.DayCompliance;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.RoundPeriod;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.sheetexport.SheetExportViewModel;
import org.hazardledger.sheet.CalendarSheet;
import org.hazardledger.sheet.XlsxExport;

/**
 * 合规日历: for one unit (its tier fixes the frequency) a month of days, each coloured by its state,
 * with the counts done / missed / due, and the year as a heat-map of 12 × 31 cells. Weekly and
 * half-monthly tiers colour each day with its period's state; the month view marks where periods
 * begin and end.
 */
public final class CalendarViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final RoundsContext context;
    private final ObservableList<UnitOption> units = FXCollections.observableArrayList();
    private final ObjectProperty<UnitOption> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<DayCell> monthCells = FXCollections.observableArrayList();
    private final ObservableList<DayCell> yearCells = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper leadingBlanks = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yearSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tierText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Map<ComplianceState, ReadOnlyIntegerWrapper> counts = new EnumMap<>(ComplianceState.class);
    private final RoundRuleViewModel rule;
    private ComplianceSummary monthSummary = ComplianceSummary.EMPTY;
    private final SheetExportViewModel excel;

    public CalendarViewModel(WorkbenchServices services, RoundsContext context) {
        this.services = services;
        this.messages = services.messages();
        this.context = context;
        for (ComplianceState s : ComplianceState.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper());
        }
        this.rule = new RoundRuleViewModel(services, this::load);
        this.excel = new SheetExportViewModel(services);
        month.set(YearMonth.from(LedgerDay.china().today(services.clock())));
        unit.addListener((o, was, now) -> {
            context.remember(now);
            rule.show(now);
            load();
        });
        month.addListener((o, was, now) -> load());
    }

    /** Offers the units and shows the one last used; call when the page is shown. */
    public void start() {
        units.setAll(context.units());
        UnitOption first = context.defaultUnit(services.session().actor());
        UnitOption keep = unit.get() == null ? null : context.unit(unit.get().id());
        UnitOption show = keep != null ? keep : first;
        if (Objects.equals(show, unit.get())) {
            rule.show(show);
            load();
        } else {
            unit.set(show);
        }
    }

    /** (Re)reads the month and the year of the unit in the background. */
    public void load() {
        UnitOption u = unit.get();
        YearMonth ym = month.get();
        if (u == null) {
            monthCells.clear();
            yearCells.clear();
            return;
        }
        tierText.set(messages.get("rounds.calendar.tier", messages.label(u.tier()),
                messages.label(u.tier().minimumFrequency())));
        LocalDate from = ym.atDay(1);
        LocalDate to = ym.atEndOfMonth();
        LocalDate yearFrom = LocalDate.of(ym.getYear(), 1, 1);
        LocalDate yearTo = LocalDate.of(ym.getYear(), 12, 31);
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Read(services.rounds().days(u.id(), from, to), services.rounds().compliance(u.id(), from, to),
                        services.rounds().days(u.id(), yearFrom, yearTo),
                        services.rounds().compliance(u.id(), yearFrom, yearTo)),
                read -> {
                    busy.set(false);
                    if (!Objects.equals(unit.get(), u) || !Objects.equals(month.get(), ym)) {
                        return; // moved on meanwhile; that read is on its way
                    }
                    fill(ym, read);
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    private void fill(YearMonth ym, Read read) {
        leadingBlanks.set(ym.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        monthCells.setAll(cells(read.monthDays(), read.monthEntries()));
        yearCells.setAll(cells(read.yearDays(), read.yearEntries()));
        counts.values().forEach(c -> c.set(0));
        monthCells.forEach(c -> counts.get(c.state()).set(counts.get(c.state()).get() + 1));
        monthSummary = ComplianceSummary.of(read.monthEntries());
        summary.set(messages.get("rounds.calendar.summary", monthSummary.done(), monthSummary.missed(),
                monthSummary.due()));
        ComplianceSummary y = ComplianceSummary.of(read.yearEntries());
        yearSummary.set(messages.get("rounds.calendar.yearSummary", ym.getYear(), y.done(), y.missed(), y.due()));
        message.set("");
    }

    private List<DayCell> cells(List<DayCompliance> days, List<ComplianceEntry> entries) {
        List<DayCell> out = new ArrayList<>(days.size());
        for (DayCompliance d : days) {
            RoundPeriod p = entries.stream().map(ComplianceEntry::period)
                    .filter(x -> !d.day().isBefore(x.from()) && !d.day().isAfter(x.to()))
                    .findFirst().orElse(null);
            boolean longer = p != null && !p.from().equals(p.to());
            out.add(new DayCell(d.day(), d.state(), d.roundsHeld(), longer && d.day().equals(p.from()),
                    longer && d.day().equals(p.to()), dayText(d, longer ? p : null)));
        }
        return out;
    }

    /** "2026-06-15 已巡查（1 次）" and, for a longer period, "本期 06-15 至 06-21". */
    public String dayText(DayCompliance d, RoundPeriod longerPeriod) {
        String text = messages.get("rounds.calendar.day", d.day(), messages.label(d.state()), d.roundsHeld());
        return longerPeriod == null ? text
                : text + messages.get("rounds.calendar.period", longerPeriod.from(), longerPeriod.to());
    }

    /**
     * 导出 Excel: the compliance of the unit shown over the year shown (every period of its tier), read
     * and written in the background; false when there is no unit or the user cancelled the chooser.
     */
    public boolean exportExcel() {
        UnitOption u = unit.get();
        if (u == null) {
            return false;
        }
        int year = month.get().getYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String filter = messages.get("sheetExport.filter.calendar", u.path(), String.valueOf(year));
        return excel.export(excel.fileName(messages.get("sheetExport.file.calendar")), (out, progress) -> {
            List<ComplianceEntry> entries = services.rounds().compliance(u.id(), from, to);
            String enterprise = services.sheets().enterpriseName();
            XlsxExport.write(out, List.of(CalendarSheet.table(entries, enterprise, filter, messages)), progress);
        });
    }

    public SheetExportViewModel excel() {
        return excel;
    }

    public void moveMonth(int delta) {
        month.set(month.get().plusMonths(delta));
    }

    public void moveYear(int delta) {
        month.set(month.get().plusYears(delta));
    }

    /** Shows today's month again. */
    public void thisMonth() {
        month.set(YearMonth.from(LedgerDay.china().today(services.clock())));
    }

    /** The cell of {@code day}, if the month or year shown has it. */
    public DayCell cellOf(LocalDate day) {
        return monthCells.stream().filter(c -> c.day().equals(day)).findFirst()
                .orElse(yearCells.stream().filter(c -> c.day().equals(day)).findFirst().orElse(null));
    }

    public String monthText() {
        return messages.get("rounds.month", month.get().getYear(), month.get().getMonthValue());
    }

    public String yearText() {
        return messages.get("rounds.year", month.get().getYear());
    }

    public String stateText(ComplianceState s) {
        return messages.label(s);
    }

    public ComplianceSummary monthSummary() {
        return monthSummary;
    }

    public ReadOnlyIntegerProperty countProperty(ComplianceState s) {
        return counts.get(s).getReadOnlyProperty();
    }

    public ObservableList<UnitOption> units() {
        return units;
    }

    public ObjectProperty<UnitOption> unitProperty() {
        return unit;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    /** The days of the month shown, first to last. */
    public ObservableList<DayCell> monthCells() {
        return monthCells;
    }

    /** The days of its year, 1 January to 31 December. */
    public ObservableList<DayCell> yearCells() {
        return yearCells;
    }

    /** Empty cells before the 1st in a Monday-first week. */
    public ReadOnlyIntegerProperty leadingBlanksProperty() {
        return leadingBlanks.getReadOnlyProperty();
    }

    /** "本月：已巡查 12 · 漏检 2 · 待巡查 1". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearSummaryProperty() {
        return yearSummary.getReadOnlyProperty();
    }

    /** "班组 · 每日一次". */
    public ReadOnlyStringProperty tierTextProperty() {
        return tierText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public RoundRuleViewModel rule() {
        return rule;
    }

    public Messages messages() {
        return messages;
    }

    private record Read(List<DayCompliance> monthDays, List<ComplianceEntry> monthEntries,
                        List<DayCompliance> yearDays, List<ComplianceEntry> yearEntries) {
    }
}
