package org.hazardledger.model;

import java.util.List;

/**
 * What is wrong with one cell (or a whole row when {@code field} is null) of an imported sheet:
 * the row as the spreadsheet numbers it, the column's field, the value found, and the reason as a
 * bundle key with arguments ({@code sheet.problem.*}).
 */
public record ImportProblem(int row, LedgerField field, String value, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int row, LedgerField field, String value, String messageKey, Object... args) {
        return new ImportProblem(row, field, value, messageKey, List.of(args));
    }
}
