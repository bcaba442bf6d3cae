package org.hazardledger.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.Grade;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.service.Progress;

/**
 * The data rows of a sheet (below its header) into {@link ImportLine}s. Merged cells are read
 * from their top-left (a unit merged down over five rows belongs to each of them). Passed over,
 * and listed as skipped:
 * <ul>
 * <li>blank rows, and rows with nothing in any mapped column (a row with only a 序号);</li>
 * <li>junk: a row whose first own text (unless it is the description) starts with a word of the
 * JUNK list in {@code sheet/value-synonyms.csv} (合计, 小计, 制表人, 审核, 注：, 填表说明 ...);</li>
 * <li>a row with at most two cells of its own in mapped columns, none of them a description
 * or a date column (a note or a signature line).</li>
 * </ul>
 * Any other row becomes a line, with a problem for each cell that could not be read (the row as
 * the sheet numbers it, the field, the value and the reason): the ledger decides, nothing is
 * dropped. A grade written with its sub-grade (一般A) fills {@code SUB_GRADE} when that column is
 * not mapped or blank.
 */
final class RowParser {

    private final ValueParser values = new ValueParser();
    private final List<String> junk = ValueParser.junkWords();

    ParsedSheet parse(SheetGrid grid, SheetHeader header, ColumnMapping mapping, List<String> headers,
            Progress progress) {
        Merges merges = new Merges(grid);
        List<ImportLine> lines = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        int total = grid.rowCount();
        Map<Integer, LedgerField> columns = new java.util.TreeMap<>(mapping.columns());
        for (int r = header.dataStart(); r < total; r++) {
            if (r % 500 == 0) {
                progress.checkCancelled();
                progress.update(r, total);
            }
            if (passOver(grid, merges, r, columns)) {
                skipped.add(r + 1);
                continue;
            }
            lines.add(line(merges, r, columns, headers));
        }
        progress.update(total, total);
        return new ParsedSheet(lines, skipped);
    }

    private boolean passOver(SheetGrid grid, Merges merges, int r, Map<Integer, LedgerField> columns) {
        String first = null;
        int firstColumn = -1;
        int width = grid.rows().get(r).size();
        for (int c = 0; c < width; c++) {
            SheetCell own = merges.own(r, c);
            if (!own.isBlank()) {
                first = Words.normalise(own.text().isEmpty() ? String.valueOf(own.value()) : own.text());
                firstColumn = c;
                break;
            }
        }
        if (first == null) {
            return true;
        }
        boolean inDescription = columns.get(firstColumn) == LedgerField.DESCRIPTION;
        for (String word : inDescription ? List.<String>of() : junk) {
            if (first.startsWith(word)) {
                return true;
            }
        }
        int own = 0;
        boolean substantial = false;
        for (Map.Entry<Integer, LedgerField> e : columns.entrySet()) {
            if (!merges.own(r, e.getKey()).isBlank()) {
                own++;
                LedgerField f = e.getValue();
                substantial |= f == LedgerField.DESCRIPTION || f.isDate();
            }
        }
        return own == 0 || (own <= 2 && !substantial);
    }

    private ImportLine line(Merges merges, int r, Map<Integer, LedgerField> columns, List<String> headers) {
        Map<LedgerField, Object> found = new EnumMap<>(LedgerField.class);
        List<ImportProblem> problems = new ArrayList<>();
        String subGrade = null;
        for (Map.Entry<Integer, LedgerField> e : columns.entrySet()) {
            int c = e.getKey();
            LedgerField field = e.getValue();
            SheetCell cell = merges.filled(r, c);
            if (cell.isBlank()) {
                continue;
            }
            String header = c < headers.size() && !headers.get(c).isBlank() ? headers.get(c) : field.labelKey();
            try {
                if (field == LedgerField.GRADE && !(cell.value() instanceof FormulaError)) {
                    ValueParser.Choice choice = values.choice(Grade.class, cell, header);
                    found.put(field, choice.value());
                    subGrade = choice.subGrade();
                } else {
                    found.put(field, values.parse(field, cell, header));
                }
            } catch (ValueParser.Refusal refusal) {
                problems.add(ImportProblem.of(r + 1, field, ValueParser.text(cell), refusal.key, refusal.args));
            }
        }
        if (subGrade != null && !found.containsKey(LedgerField.SUB_GRADE)) {
            found.put(LedgerField.SUB_GRADE, subGrade);
        }
        return new ImportLine(r + 1, LedgerLine.of(found), problems);
    }
}
