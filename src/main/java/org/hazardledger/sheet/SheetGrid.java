package org.hazardledger.sheet;

import java.util.List;

/**
 * One sheet read whole: rows of cells (0-based; a row may be shorter than the widest one) and the
 * merged blocks. Merged cells keep their value only in their top-left cell, as in the file.
 */
public record SheetGrid(String sheetName, List<List<SheetCell>> rows, List<CellRange> merged) {

    public SheetGrid {
        rows = List.copyOf(rows);
        merged = List.copyOf(merged);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The cell, or {@link SheetCell#EMPTY} outside the rows read. */
    public SheetCell cell(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return SheetCell.EMPTY;
        }
        List<SheetCell> r = rows.get(row);
        return column < 0 || column >= r.size() ? SheetCell.EMPTY : r.get(column);
    }
}
