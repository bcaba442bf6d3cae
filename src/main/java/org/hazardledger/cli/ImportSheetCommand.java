package org.hazardledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ImportCheck;
import org.hazardledger.model.ImportMode;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.sheet.ErrorReport;
import org.hazardledger.sheet.ParsedSheet;
import org.hazardledger.sheet.SheetHeader;
import org.hazardledger.sheet.SheetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import-sheet FILE [--mapping FILE] [--sheet N|NAME] [--header-row N] [--mode all|valid]
 * [--no-create] [--dry-run] [--report FILE]}: reads a ledger sheet (.xlsx, .xls, .csv), checks it
 * against the ledger, prints the check, and (unless {@code --dry-run}) imports it in one transaction:
 * every row or none ({@code all}, the default), or the valid rows ({@code valid}).
 * <p>The sheet, the header and the mapping are guessed; {@code --sheet} (1-based or a name) and
 * {@code --header-row} (1-based) correct the guess, then {@code --mapping} applies a saved mapping.
 * Summary lines are bilingual like every command; the problem lines, which are long, are in
 * {@code --lang}. Exit 0 when the sheet is clean (dry run) or was imported, 1 otherwise.
 */
@Command(name = "import-sheet", mixinStandardHelpOptions = true,
        description = "Import a hazard ledger from Excel or CSV / 从 Excel 或 CSV 导入隐患台账")
final class ImportSheetCommand implements Callable<Integer> {

    /** How many problems are printed; the report has them all. */
    static final int SHOWN = 50;
    /** How many unknown names of one kind are listed. */
    static final int NAMES_SHOWN = 20;

    /** All rows or none, or the valid rows. */
    enum Mode { ALL, VALID }

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FILE", description = "The sheet to import (.xlsx, .xls, .csv) / 表格文件")
    Path file;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A saved column mapping (properties) / 列对应文件")
    Path mapping;

    @Option(names = "--sheet", paramLabel = "N|NAME", description = "The sheet: its number from 1 or its name / 工作表")
    String sheet;

    @Option(names = "--header-row", paramLabel = "N", description = "The (first) header row, from 1 / 表头所在行")
    Integer headerRow;

    @Option(names = "--mode", defaultValue = "all", paramLabel = "MODE",
            description = "all (default: every row or none) or valid (only the valid rows) / 导入方式")
    Mode mode;

    @Option(names = "--no-create", description = "Do not create unknown units and people / 不新建单位和人员")
    boolean noCreate;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "The category of rows that state none: its code or name / 未填类别的行所用的隐患类别")
    String defaultCategory;

    @Option(names = "--dry-run", description = "Check only, write nothing / 只检查，不导入")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Write an error report (.xlsx) when there are problems / 错误报告")
    Path report;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        PrintWriter out = ctx.out();
        Messages messages = Messages.forLanguage(language);
        if (headerRow != null && headerRow < 1) {
            throw new DomainException("cli.sheet.headerRow", headerRow.toString());
        }
        // the file is read and understood before the ledger opens: a bad file touches nothing
        SheetImport sheetImport = SheetImport.open(file, Progress.NONE);
        if (sheet != null) {
            sheetImport = sheetImport.withSheet(sheetIndex(sheetImport.sheetNames()), Progress.NONE);
        }
        if (headerRow != null) {
            sheetImport = sheetImport.withHeader(new SheetHeader(headerRow - 1, sheetImport.header().rows()));
        }
        if (mapping != null) {
            sheetImport = sheetImport.withMappingFile(mapping, Progress.NONE);
        }
        ParsedSheet parsed = sheetImport.parse(Progress.NONE);
        out.println(Bilingual.line("cli.sheet.read", file.getFileName().toString(), sheetImport.grid().sheetName(),
                Integer.toString(sheetImport.header().firstRow() + 1), parsed.lines().size(),
                parsed.skippedRows().size()));
        ImportOptions options = ImportOptions.defaults(file.getFileName().toString())
                .withMode(mode == Mode.VALID ? ImportMode.VALID_ONLY : ImportMode.ALL_OR_NOTHING)
                .withCreate(!noCreate, !noCreate);
        int code;
        try (OpenLedger ledger = ctx.open(data)) {
            if (defaultCategory != null) {
                options = options.withMaps(Map.of(), Map.of(),
                        Map.of(ImportOptions.NO_CATEGORY, categoryCode(ledger, defaultCategory)));
            }
            ImportCheck check = ledger.sheets().check(parsed.lines(), options);
            print(out, check, messages);
            if (dryRun) {
                code = check.clean() ? HazardLedgerCommand.OK : HazardLedgerCommand.DOMAIN_ERROR;
            } else {
                ImportOutcome outcome = ledger.sheets().importLines(parsed.lines(), options, Progress.NONE);
                check = outcome.check();
                if (outcome.applied()) {
                    out.println(Bilingual.line("cli.sheet.imported", outcome.imported(), outcome.unitsCreated(),
                            outcome.peopleCreated()));
                } else {
                    out.println(Bilingual.line("cli.sheet.notApplied"));
                }
                code = outcome.applied() ? HazardLedgerCommand.OK : HazardLedgerCommand.DOMAIN_ERROR;
            }
            if (report != null && !check.clean()) {
                ErrorReport.write(report, sheetImport.grid(), sheetImport.header(), sheetImport.headers(),
                        sheetImport.mapping(), check.problems(), messages);
                out.println(Bilingual.line("cli.sheet.report", report.toAbsolutePath().toString()));
            }
        }
        out.flush();
        return code;
    }

    /** {@code --sheet}: a number from 1, else a name (any case). */
    private int sheetIndex(List<String> names) {
        String wanted = sheet.strip();
        if (wanted.matches("\\d{1,4}")) {
            int n = Integer.parseInt(wanted);
            if (n >= 1 && n <= names.size()) {
                return n - 1;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new DomainException("cli.sheet.noSheet", wanted, String.join(", ", names));
    }

    /** A category of the catalogue by its code, Chinese or English name. */
    private static String categoryCode(OpenLedger ledger, String text) {
        return ledger.referenceData().hazardCategories().stream()
                .filter(c -> c.code().equalsIgnoreCase(text) || c.nameZh().equals(text)
                        || c.nameEn().equalsIgnoreCase(text))
                .map(CatalogEntry::code).findFirst()
                .orElseThrow(() -> new DomainException("cli.sheet.categoryUnknown", text));
    }

    /** The first names of a long list, and an ellipsis for the rest: a sheet may name hundreds. */
    private static String firstNames(List<String> names) {
        int shown = Math.min(names.size(), NAMES_SHOWN);
        return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", …" : "");
    }

    /** The counts, the names the ledger does not know, and the first problems. */
    static void print(PrintWriter out, ImportCheck check, Messages messages) {
        out.println(Bilingual.line("cli.sheet.check", check.rows(), check.validRows(), check.invalidRows().size()));
        if (!check.unknownUnits().isEmpty()) {
            out.println(Bilingual.line("cli.sheet.unknownUnits", String.valueOf(check.unknownUnits().size()), firstNames(check.unknownUnits())));
        }
        if (!check.unknownPeople().isEmpty()) {
            out.println(Bilingual.line("cli.sheet.unknownPeople", String.valueOf(check.unknownPeople().size()), firstNames(check.unknownPeople())));
        }
        if (!check.unknownCategories().isEmpty()) {
            out.println(Bilingual.line("cli.sheet.unknownCategories", String.valueOf(check.unknownCategories().size()), firstNames(check.unknownCategories())));
        }
        if (check.clean()) {
            out.println(Bilingual.line("cli.sheet.clean"));
            return;
        }
        check.problems().stream().limit(SHOWN).forEach(p -> out.println("  " + problem(p, messages)));
        if (check.problems().size() > SHOWN) {
            out.println("  " + messages.get("cli.sheet.moreProblems", check.problems().size() - SHOWN));
        }
    }

    /** "第 12 行 排查时间 “2026-13-01”：……", or "第 12 行：……" for a problem of the whole row. */
    static String problem(ImportProblem p, Messages messages) {
        String reason = messages.get(p.messageKey(), p.args().toArray());
        String row = Integer.toString(p.row());
        if (p.field() == null) {
            return messages.get("cli.sheet.problemRow", row, reason);
        }
        return messages.get("cli.sheet.problem", row, messages.label(p.field()), p.value() == null ? "" : p.value(),
                reason);
    }
}
