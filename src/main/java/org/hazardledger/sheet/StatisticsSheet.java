package org.hazardledger.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.service.Messages;

/**
 * The quarterly or annual statistics (季度/年度隐患排查治理统计分析表) as sheets: the key figures,
 * and the breakdowns by tier, category, unit, form, source and grade, and the round compliance by
 * tier. The labels are those of the {@code stats} command. The key figures are one row, a column per
 * figure, so each figure keeps its kind (counts whole numbers, rates percent, funds an amount).
 */
public final class StatisticsSheet {

    private StatisticsSheet() {
    }

    public static List<SheetTable> tables(PeriodFigures figures, String enterprise, Messages messages) {
        StatisticsPeriod p = figures.period();
        String title = SheetText.title(enterprise, messages.get("sheetExport.statistics.title", p.code()));
        String filter = SheetText.filterLine(messages, messages.get("cli.stats.header", p.code(), p.from(), p.to(),
                figures.hazards().asOf()));
        List<SheetTable> out = new ArrayList<>();
        out.add(summary(figures, title, filter, messages));
        HazardStatistics h = figures.hazards();
        List<Object[]> tier = new ArrayList<>();
        h.byTier().forEach(r -> tier.add(new Object[] {messages.label(r.tier()), r.counts()}));
        out.add(breakdown("cli.stats.section.tier", tier, h.total(), title, filter, messages));
        List<Object[]> category = new ArrayList<>();
        h.byCategory().forEach(r -> category.add(new Object[] {r.nameZh() + " (" + r.code() + ")", r.counts()}));
        out.add(breakdown("cli.stats.section.category", category, h.total(), title, filter, messages));
        List<Object[]> unit = new ArrayList<>();
        h.byUnit().forEach(r -> unit.add(new Object[] {r.workshopName() == null ? r.plantName()
                : r.plantName() + " " + r.workshopName(), r.counts()}));
        out.add(breakdown("cli.stats.section.unit", unit, h.total(), title, filter, messages));
        List<Object[]> form = new ArrayList<>();
        figures.byForm().forEach(r -> form.add(new Object[] {messages.get(r.labelKey()), r.counts()}));
        out.add(breakdown("cli.stats.section.form", form, h.total(), title, filter, messages));
        List<Object[]> source = new ArrayList<>();
        figures.bySource().forEach(r -> source.add(new Object[] {messages.get(r.labelKey()), r.counts()}));
        out.add(breakdown("cli.stats.section.source", source, h.total(), title, filter, messages));
        List<Object[]> grade = new ArrayList<>();
        h.byGrade().forEach(r -> grade.add(new Object[] {r.subGrade() == null ? messages.label(r.grade())
                : messages.label(r.grade()) + " " + r.subGrade(), r.counts()}));
        out.add(breakdown("cli.stats.section.grade", grade, null, title, filter, messages));
        out.add(compliance(figures, title, filter, messages));
        return out;
    }

    private static SheetTable summary(PeriodFigures f, String title, String filter, Messages m) {
        HazardStatistics h = f.hazards();
        List<SheetColumn> columns = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        add(columns, row, m, "cli.stats.found", ColumnKind.INTEGER, f.found());
        add(columns, row, m, "cli.stats.rectified", ColumnKind.INTEGER, f.rectified());
        add(columns, row, m, "cli.stats.closed", ColumnKind.INTEGER, h.total().closed());
        add(columns, row, m, "cli.stats.foundClosed", ColumnKind.INTEGER, h.foundClosed());
        add(columns, row, m, "cli.stats.rate", ColumnKind.PERCENT, f.rectificationRate());
        add(columns, row, m, "cli.stats.open", ColumnKind.INTEGER, h.total().open());
        add(columns, row, m, "cli.stats.overdue", ColumnKind.INTEGER, f.overdue());
        add(columns, row, m, "cli.stats.majorFound", ColumnKind.INTEGER, f.majorFound());
        add(columns, row, m, "cli.stats.majorOpen", ColumnKind.INTEGER, h.major().open());
        add(columns, row, m, "cli.stats.majorOverdue", ColumnKind.INTEGER, h.major().overdue());
        add(columns, row, m, "cli.stats.funds", ColumnKind.AMOUNT, h.fundsSpent());
        add(columns, row, m, "cli.stats.workers", ColumnKind.INTEGER, f.participation().workers());
        add(columns, row, m, "cli.stats.finders", ColumnKind.INTEGER, f.participation().finders());
        add(columns, row, m, "cli.stats.participation", ColumnKind.PERCENT, f.participation().rate());
        add(columns, row, m, "cli.stats.complianceRate", ColumnKind.PERCENT, f.complianceRate());
        return new SheetTable(m.get("cli.stats.section.summary"), title, filter, columns, List.of(row), 1);
    }

    private static void add(List<SheetColumn> columns, List<Object> row, Messages m, String key, ColumnKind kind,
                            Object value) {
        columns.add(new SheetColumn(m.get(key), kind, 10));
        row.add(value);
    }

    /** Item, then found, rectified, closed, open and overdue; a total row when {@code total} is given. */
    private static SheetTable breakdown(String sectionKey, List<Object[]> items, HazardStatistics.Counts total,
                                        String title, String filter, Messages m) {
        List<SheetColumn> columns = List.of(new SheetColumn(m.get("cli.stats.col.item"), ColumnKind.TEXT, 24),
                count(m, "cli.stats.col.found"), count(m, "cli.stats.col.rectified"),
                count(m, "cli.stats.col.closed"), count(m, "cli.stats.col.open"),
                count(m, "cli.stats.col.overdue"));
        List<List<Object>> rows = new ArrayList<>();
        items.forEach(i -> rows.add(counts((String) i[0], (HazardStatistics.Counts) i[1])));
        if (total != null) {
            rows.add(counts(m.get("cli.stats.total"), total));
        }
        String section = m.get(sectionKey);
        return new SheetTable(section, title + " " + section, filter, columns, rows, rows.size());
    }

    private static SheetColumn count(Messages m, String key) {
        return new SheetColumn(m.get(key), ColumnKind.INTEGER, 10);
    }

    private static List<Object> counts(String item, HazardStatistics.Counts c) {
        return Arrays.asList(item, c.found(), c.rectified(), c.closed(), c.open(), c.overdue());
    }

    private static SheetTable compliance(PeriodFigures f, String title, String filter, Messages m) {
        List<SheetColumn> columns = List.of(new SheetColumn(m.get("sheetExport.calendar.tier"), ColumnKind.TEXT, 16),
                count(m, "cli.stats.roundsDue"), count(m, "cli.stats.roundsHeld"), count(m, "cli.stats.roundsMissed"),
                new SheetColumn(m.get("cli.stats.complianceRate"), ColumnKind.PERCENT, 10));
        List<List<Object>> rows = new ArrayList<>();
        f.complianceByTier().forEach(t -> rows.add(compliance(m.label(t.tier()), t.summary(), t.rate())));
        rows.add(compliance(m.get("cli.stats.total"), f.compliance(), f.complianceRate()));
        String section = m.get("cli.stats.section.compliance");
        return new SheetTable(section, title + " " + section, filter, columns, rows, rows.size());
    }

    private static List<Object> compliance(String who, ComplianceSummary c, BigDecimal rate) {
        return Arrays.asList(who, c.required(), c.done(), c.missed(), rate);
    }
}
