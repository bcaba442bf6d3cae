package org.hazardledger.sheet;

import java.util.List;

/**
 * One exported sheet: the tab's name, a title row (the enterprise and what the table is), a line
 * saying which filter made it, the columns, and the rows, which may be produced while they are
 * written (a ledger of 100,000 hazards is never held whole). Values are String, LocalDate, Number
 * or null, as the column's kind says. {@code size} is the number of rows when known (for progress),
 * else -1.
 */
public record SheetTable(String name, String title, String filter, List<SheetColumn> columns,
                         Iterable<List<Object>> rows, long size) {

    public SheetTable {
        columns = List.copyOf(columns);
    }
}
