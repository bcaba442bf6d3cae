package org.hazardledger.model;

import java.util.List;

/**
 * One data row of a sheet being imported: its row number as the spreadsheet shows it (1-based),
 * the line read from it, and what was already wrong with its cells (a date that is not a date, a
 * grade nobody knows). The ledger adds its own checks.
 */
public record ImportLine(int row, LedgerLine line, List<ImportProblem> problems) {

    public ImportLine {
        problems = List.copyOf(problems);
    }

    public ImportLine(int row, LedgerLine line) {
        this(row, line, List.of());
    }
}
