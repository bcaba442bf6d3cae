package org.hazardledger.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged blocks of a grid by row, to read a merged cell as its top-left cell says
 * ({@link #filled}) while telling a cell's own value from a filled one ({@link #own}).
 */
final class Merges {

    private final SheetGrid grid;
    private final Map<Integer, List<CellRange>> byRow = new HashMap<>();

    Merges(SheetGrid grid) {
        this.grid = grid;
        for (CellRange range : grid.merged()) {
            int last = Math.min(range.lastRow(), Math.max(grid.rowCount(), range.firstRow()));
            for (int r = range.firstRow(); r <= last; r++) {
                byRow.computeIfAbsent(r, k -> new ArrayList<>(2)).add(range);
            }
        }
    }

    /** The block holding the cell, or null. */
    CellRange at(int row, int column) {
        List<CellRange> ranges = byRow.get(row);
        if (ranges != null) {
            for (CellRange range : ranges) {
                if (range.contains(row, column)) {
                    return range;
                }
            }
        }
        return null;
    }

    /** The cell as the sheet shows it: a merged cell shows its block's top-left cell. */
    SheetCell filled(int row, int column) {
        CellRange range = at(row, column);
        return range == null ? grid.cell(row, column) : grid.cell(range.firstRow(), range.firstColumn());
    }

    /** The cell's own value: blank for the cells of a merged block other than its top-left. */
    SheetCell own(int row, int column) {
        CellRange range = at(row, column);
        if (range != null && (range.firstRow() != row || range.firstColumn() != column)) {
            return SheetCell.EMPTY;
        }
        return grid.cell(row, column);
    }

    /** The widest row, counting merged blocks. */
    int columnCount() {
        int n = grid.columnCount();
        for (CellRange range : grid.merged()) {
            n = Math.max(n, range.lastColumn() + 1);
        }
        return n;
    }
}
