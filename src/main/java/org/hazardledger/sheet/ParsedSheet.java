package org.hazardledger.sheet;

import java.util.List;
import org.hazardledger.model.ImportLine;

/**
 * The data rows of a sheet read into ledger lines (with the problems of their cells), and the rows
 * passed over because they hold no hazard: blank rows and trailing junk such as 合计 or 制表人 lines
 * (1-based row numbers, as the spreadsheet shows them).
 */
public record ParsedSheet(List<ImportLine> lines, List<Integer> skippedRows) {

    public ParsedSheet {
        lines = List.copyOf(lines);
        skippedRows = List.copyOf(skippedRows);
    }
}
