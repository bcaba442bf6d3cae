package org.hazardledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.StatisticsPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stats}: every figure of a quarter or a year (found, rectified, rate, overdue, major; by tier,
 * category, form, unit and source; participation; round compliance) with Chinese and English labels,
 * as a table or as CSV.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Quarterly or annual hazard figures / 季度、年度隐患统计数据")
final class StatsCommand implements Callable<Integer> {

    /** How the figures are printed. */
    enum Format { TABLE, CSV }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Option(names = "--quarter", paramLabel = "YYYYQn", description = "A quarter, e.g. 2026Q3 / 季度")
    String quarter;

    @Option(names = "--year", paramLabel = "YYYY", description = "A whole year, e.g. 2026 / 年度")
    Integer year;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or csv")
    Format format;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        // checked before the ledger opens, so bad input touches nothing
        StatisticsPeriod period = period(quarter, year);
        PeriodFigures figures;
        try (OpenLedger ledger = ctx.open(data)) {
            figures = ledger.campaign().statistics().period(period);
        }
        List<Line> lines = lines(figures);
        if (format == Format.CSV) {
            printCsv(ctx.out(), lines);
        } else {
            printTable(ctx.out(), figures, lines);
        }
        ctx.out().flush();
        return HazardLedgerCommand.OK;
    }

    /** The period of {@code --quarter 2026Q3} or {@code --year 2026}: exactly one of them. */
    static StatisticsPeriod period(String quarter, Integer year) {
        if ((quarter == null) == (year == null)) {
            throw new DomainException("cli.stats.period");
        }
        if (year != null) {
            if (year < 1900 || year > 9999) {
                throw new DomainException("cli.stats.year", year.toString());
            }
            return StatisticsPeriod.annual(year);
        }
        Matcher m = QUARTER.matcher(quarter.strip());
        if (!m.matches()) {
            throw new DomainException("cli.stats.quarter", quarter);
        }
        return StatisticsPeriod.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** One printed line: a section, an item, and either one value or the five counts. */
    record Line(String section, String item, String value, HazardStatistics.Counts counts) {
    }

    static List<Line> lines(PeriodFigures f) {
        List<Line> out = new ArrayList<>();
        HazardStatistics h = f.hazards();
        String summary = Bilingual.line("cli.stats.section.summary");
        out.add(value(summary, "cli.stats.found", f.found()));
        out.add(value(summary, "cli.stats.rectified", f.rectified()));
        out.add(value(summary, "cli.stats.closed", h.total().closed()));
        out.add(value(summary, "cli.stats.foundClosed", h.foundClosed()));
        out.add(new Line(summary, Bilingual.line("cli.stats.rate"), percent(f.rectificationRate()), null));
        out.add(value(summary, "cli.stats.open", h.total().open()));
        out.add(value(summary, "cli.stats.overdue", f.overdue()));
        out.add(value(summary, "cli.stats.majorFound", f.majorFound()));
        out.add(value(summary, "cli.stats.majorOpen", h.major().open()));
        out.add(value(summary, "cli.stats.majorOverdue", h.major().overdue()));
        out.add(new Line(summary, Bilingual.line("cli.stats.funds"), h.fundsSpent().toPlainString(), null));
        out.add(value(summary, "cli.stats.workers", f.participation().workers()));
        out.add(value(summary, "cli.stats.finders", f.participation().finders()));
        out.add(new Line(summary, Bilingual.line("cli.stats.participation"), percent(f.participation().rate()),
                null));

        String total = Bilingual.line("cli.stats.total");
        String tier = Bilingual.line("cli.stats.section.tier");
        h.byTier().forEach(r -> out.add(counts(tier, Bilingual.line(r.tier().labelKey()), r.counts())));
        out.add(counts(tier, total, h.total()));
        String category = Bilingual.line("cli.stats.section.category");
        h.byCategory().forEach(r -> out.add(counts(category, r.nameZh() + " (" + r.code() + ")", r.counts())));
        out.add(counts(category, total, h.total()));
        String form = Bilingual.line("cli.stats.section.form");
        f.byForm().forEach(r -> out.add(counts(form, Bilingual.line(r.labelKey()), r.counts())));
        out.add(counts(form, total, h.total()));
        String unit = Bilingual.line("cli.stats.section.unit");
        h.byUnit().forEach(r -> out.add(counts(unit, r.workshopName() == null ? r.plantName()
                : r.plantName() + " " + r.workshopName(), r.counts())));
        out.add(counts(unit, total, h.total()));
        String source = Bilingual.line("cli.stats.section.source");
        f.bySource().forEach(r -> out.add(counts(source, Bilingual.line(r.labelKey()), r.counts())));
        out.add(counts(source, total, h.total()));
        String grade = Bilingual.line("cli.stats.section.grade");
        h.byGrade().forEach(r -> out.add(counts(grade, r.subGrade() == null ? Bilingual.line(r.grade().labelKey())
                : Bilingual.line(r.grade().labelKey()) + " " + r.subGrade(), r.counts())));

        String compliance = Bilingual.line("cli.stats.section.compliance");
        f.complianceByTier().forEach(t -> addCompliance(out, compliance, Bilingual.line(t.tier().labelKey()),
                t.summary(), t.rate()));
        addCompliance(out, compliance, total, f.compliance(), f.complianceRate());
        return out;
    }

    private static void addCompliance(List<Line> out, String section, String who, ComplianceSummary c,
                                      BigDecimal rate) {
        out.add(new Line(section, who + " · " + Bilingual.line("cli.stats.roundsDue"),
                Integer.toString(c.required()), null));
        out.add(new Line(section, who + " · " + Bilingual.line("cli.stats.roundsHeld"),
                Integer.toString(c.done()), null));
        out.add(new Line(section, who + " · " + Bilingual.line("cli.stats.roundsMissed"),
                Integer.toString(c.missed()), null));
        out.add(new Line(section, who + " · " + Bilingual.line("cli.stats.complianceRate"), percent(rate), null));
    }

    private static Line value(String section, String key, int n) {
        return new Line(section, Bilingual.line(key), Integer.toString(n), null);
    }

    private static Line counts(String section, String item, HazardStatistics.Counts c) {
        return new Line(section, item, null, c);
    }

    /** "85.3%", or "—" when there is nothing to divide by. */
    static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    private static List<String> countHeadings() {
        return List.of(Bilingual.line("cli.stats.col.found"), Bilingual.line("cli.stats.col.rectified"),
                Bilingual.line("cli.stats.col.closed"), Bilingual.line("cli.stats.col.open"),
                Bilingual.line("cli.stats.col.overdue"));
    }

    private static List<String> countCells(HazardStatistics.Counts c) {
        return List.of(Integer.toString(c.found()), Integer.toString(c.rectified()), Integer.toString(c.closed()),
                Integer.toString(c.open()), Integer.toString(c.overdue()));
    }

    /** One row per line: section, item, value, then the five counts (empty where they do not apply). */
    private static void printCsv(PrintWriter out, List<Line> lines) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>(List.of(Bilingual.line("cli.stats.col.section"),
                    Bilingual.line("cli.stats.col.item"), Bilingual.line("cli.stats.col.value")));
            header.addAll(countHeadings());
            csv.printRecord(header);
            for (Line l : lines) {
                List<String> row = new ArrayList<>(List.of(l.section(), l.item(), l.value() == null ? "" : l.value()));
                row.addAll(l.counts() == null ? List.of("", "", "", "", "") : countCells(l.counts()));
                csv.printRecord(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item column is as wide as its longest label (Chinese characters count two), within limits. */
    private static final int ITEM_MIN = 30;
    private static final int ITEM_MAX = 80;
    private static final int NUMBER = 18;

    /** A heading, then each section: its title, then its lines, counts under bilingual column headings. */
    private static void printTable(PrintWriter out, PeriodFigures f, List<Line> lines) {
        StatisticsPeriod p = f.period();
        int itemWidth = Math.min(ITEM_MAX, Math.max(ITEM_MIN, lines.stream()
                .mapToInt(l -> l.item().codePoints().map(TableLedgerPrinter::columns).sum()).max().orElse(0)));
        out.println(Bilingual.line("cli.stats.header", p.code(), p.from(), p.to(), f.hazards().asOf()));
        String section = null;
        for (Line l : lines) {
            if (!l.section().equals(section)) {
                section = l.section();
                out.println();
                out.println(section);
                if (l.counts() != null) {
                    StringBuilder head = new StringBuilder("  ").append(TableLedgerPrinter.fit("", itemWidth));
                    countHeadings().forEach(h -> head.append(' ').append(TableLedgerPrinter.fit(h, NUMBER)));
                    out.println(head.toString().stripTrailing());
                }
            }
            StringBuilder b = new StringBuilder("  ").append(TableLedgerPrinter.fit(l.item(), itemWidth));
            if (l.counts() == null) {
                b.append(' ').append(l.value());
            } else {
                countCells(l.counts()).forEach(c -> b.append(' ').append(TableLedgerPrinter.fit(c, NUMBER)));
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
