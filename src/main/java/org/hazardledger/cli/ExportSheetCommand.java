package org.hazardledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.sheet.CalendarSheet;
import org.hazardledger.sheet.LedgerExport;
import org.hazardledger.sheet.RewardSheet;
import org.hazardledger.sheet.SheetTable;
import org.hazardledger.sheet.StatisticsSheet;
import org.hazardledger.sheet.XlsxExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export-sheet --out FILE [--what ledger|calendar|statistics|rewards] [filters]}: writes an
 * .xlsx a person would hand over: the ledger with the {@code list} command's filters, the compliance
 * calendar of a date range (one unit and the units below it, or all), the statistics of a quarter or
 * a year, or the reward ledger (of a year, or all). Headers in {@code --lang} (zh by default).
 */
@Command(name = "export-sheet", mixinStandardHelpOptions = true,
        description = "Export the ledger, calendar, statistics or rewards to Excel / 导出 Excel 表格")
final class ExportSheetCommand implements Callable<Integer> {

    /** What the sheet holds. */
    enum What { LEDGER, CALENDAR, STATISTICS, REWARDS }

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write / 输出文件")
    Path out;

    @Option(names = "--what", defaultValue = "ledger", paramLabel = "WHAT",
            description = "ledger (default), calendar, statistics or rewards / 导出内容")
    What what;

    @Option(names = "--status", split = ",", paramLabel = "S",
            description = "Ledger: only these statuses: ${COMPLETION-CANDIDATES}")
    Set<HazardStatus> statuses;

    @Option(names = "--tier", paramLabel = "T", converter = TierConverter.class,
            description = "Ledger: only hazards rectified at this tier / 整改层级")
    Tier tier;

    @Option(names = "--unit", paramLabel = "U",
            description = "Ledger, calendar: this unit and the units below it: code, name or id / 单位")
    String unit;

    @Option(names = "--overdue", description = "Ledger: only overdue hazards / 只导出逾期隐患")
    boolean overdue;

    @Option(names = "--text", paramLabel = "WORD", description = "Ledger: only hazards containing this text / 关键词")
    String text;

    @Option(names = "--quarter", paramLabel = "YYYYQn", description = "Statistics: a quarter, e.g. 2026Q3 / 季度")
    String quarter;

    @Option(names = "--year", paramLabel = "YYYY", description = "Statistics: a year; rewards: the fund year / 年度")
    Integer year;

    @Option(names = "--from", paramLabel = "DATE", description = "Calendar: first day, e.g. 2026-06-01 / 开始日期")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Calendar: last day / 结束日期")
    LocalDate to;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
            description = "Language of the sheet: zh (default) or en / 表格语言")
    String language;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        Messages messages = Messages.forLanguage(language);
        // refused before the ledger opens, so bad input touches nothing
        StatisticsPeriod period = what == What.STATISTICS ? StatsCommand.period(quarter, year) : null;
        if (what == What.CALENDAR && (from == null || to == null || to.isBefore(from))) {
            throw new DomainException("cli.sheet.range");
        }
        long rows;
        Path file = out.toAbsolutePath();
        try (OpenLedger ledger = ctx.open(data)) {
            rows = what == What.LEDGER ? ledger(ledger, messages, file) : tables(ledger, messages, period, file);
        }
        ctx.out().println(Bilingual.line("cli.sheet.written", file.toString(), rows));
        ctx.out().flush();
        return HazardLedgerCommand.OK;
    }

    private long ledger(OpenLedger ledger, Messages messages, Path file) {
        HazardQuery query = HazardQuery.ALL.withStatuses(statuses == null ? EnumSet.noneOf(HazardStatus.class)
                : statuses).withRectifyingTier(tier).withOverdueOnly(overdue);
        if (text != null && !text.isBlank()) {
            query = query.withText(text.strip());
        }
        List<String> words = new ArrayList<>();
        if (statuses != null && !statuses.isEmpty()) {
            words.add(messages.get("cli.sheet.filter.status", statuses.stream().map(messages::label)
                    .collect(Collectors.joining(messages.get("sheetExport.listSeparator")))));
        }
        if (tier != null) {
            words.add(messages.get("cli.sheet.filter.tier", messages.label(tier)));
        }
        if (unit != null) {
            OrgUnit u = UnitArgument.resolve(unit, ledger.organisation().units());
            query = query.withUnit(u.id());
            words.add(messages.get("cli.sheet.filter.unit", u.name()));
        }
        if (overdue) {
            words.add(messages.get("cli.sheet.filter.overdue"));
        }
        if (text != null && !text.isBlank()) {
            words.add(messages.get("cli.sheet.filter.text", text.strip()));
        }
        int count = ledger.sheets().count(query);
        new LedgerExport(ledger.sheets(), messages).write(file, query,
                String.join(messages.get("sheetExport.errors.separator"), words), Progress.NONE);
        return count;
    }

    private long tables(OpenLedger ledger, Messages messages, StatisticsPeriod period, Path file) {
        String enterprise = ledger.sheets().enterpriseName();
        List<SheetTable> tables;
        if (what == What.STATISTICS) {
            PeriodFigures figures = ledger.campaign().statistics().period(period);
            tables = StatisticsSheet.tables(figures, enterprise, messages);
        } else if (what == What.REWARDS) {
            String filter = year == null ? "" : messages.get("cli.sheet.filter.year", year.toString());
            tables = List.of(RewardSheet.table(ledger.campaign().rewards().list(year), enterprise, filter, messages));
        } else {
            tables = List.of(calendar(ledger, messages, enterprise));
        }
        XlsxExport.write(file, tables, Progress.NONE);
        return tables.stream().mapToLong(SheetTable::size).sum();
    }

    /** Every period of the units (the one named and those below it, or all active ones) in the range. */
    private SheetTable calendar(OpenLedger ledger, Messages messages, String enterprise) {
        List<OrgUnit> units = ledger.organisation().units();
        List<String> words = new ArrayList<>();
        List<OrgUnit> chosen;
        if (unit == null) {
            chosen = units.stream().filter(u -> !u.retired()).toList();
        } else {
            OrgUnit root = UnitArgument.resolve(unit, units);
            chosen = subtree(root, units);
            words.add(messages.get("cli.sheet.filter.unit", root.name()));
        }
        words.add(messages.get("cli.sheet.filter.range", from.toString(), to.toString()));
        List<ComplianceEntry> entries = new ArrayList<>();
        for (OrgUnit u : chosen) {
            entries.addAll(ledger.rounds().compliance(u.id(), from, to));
        }
        return CalendarSheet.table(entries, enterprise, String.join(messages.get("sheetExport.errors.separator"),
                words), messages);
    }

    /** The unit and the active units below it, parents before children. */
    static List<OrgUnit> subtree(OrgUnit root, List<OrgUnit> units) {
        List<OrgUnit> out = new ArrayList<>(List.of(root));
        Set<UUID> ids = new HashSet<>(Set.of(root.id()));
        for (int i = 0; i < out.size(); i++) {
            UUID parentId = out.get(i).id();
            for (OrgUnit u : units) {
                if (parentId.equals(u.parentId()) && !u.retired() && ids.add(u.id())) {
                    out.add(u);
                }
            }
        }
        return out;
    }
}
