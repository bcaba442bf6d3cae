package org.hazardledger.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header of a sheet: each of the first {@value #ROWS} rows is scored by how many of its
 * cells are known headers ({@link ColumnGuess#score}); the best row wins (the earlier on a tie).
 * A row is read as the top of a two-row header when a merged block in it spans several columns
 * over a row of sub-headers (整改情况 over 完成时间 | 验收人, 五定 over 措施 | 责任人 | 期限 | 资金)
 * or a block reaches down into the next row (序号 merged over both rows); the two rows are then
 * joined per column as "整改情况/完成时间", a merged cell read from its top-left. The upper row
 * must itself hold a known header (so a title merged over the whole width is not a header). When no row has
 * at least two known headers, the first non-blank row is taken and the mapping is left to the user.
 */
final class HeaderGuess {

    static final int ROWS = 30;
    private static final int ENOUGH = 2;

    private HeaderGuess() {
    }

    static SheetHeader guess(SheetGrid grid) {
        Merges merges = new Merges(grid);
        int best = -1;
        int bestScore = 0;
        int bestRows = 1;
        int last = Math.min(grid.rowCount(), ROWS);
        for (int r = 0; r < last; r++) {
            int one = ColumnGuess.score(headers(grid, merges, new SheetHeader(r, 1)));
            int rows = 1;
            int score = one;
            if (one >= 1 && twoRows(grid, merges, r)) {
                int two = ColumnGuess.score(headers(grid, merges, new SheetHeader(r, 2)));
                if (two >= one) {
                    rows = 2;
                    score = two;
                }
            }
            if (score > bestScore) {
                best = r;
                bestScore = score;
                bestRows = rows;
            }
        }
        if (best >= 0 && bestScore >= ENOUGH) {
            return new SheetHeader(best, bestRows);
        }
        for (int r = 0; r < grid.rowCount(); r++) {
            for (int c = 0; c < grid.rows().get(r).size(); c++) {
                if (!grid.cell(r, c).isBlank()) {
                    return new SheetHeader(r, 1);
                }
            }
        }
        return new SheetHeader(0, 1);
    }

    /** A merged block in row {@code r} that is a group over sub-headers, or reaches into the next row. */
    static boolean twoRows(SheetGrid grid, Merges merges, int r) {
        for (CellRange range : grid.merged()) {
            if (range.firstRow() != r) {
                continue;
            }
            if (range.lastRow() == r && range.lastColumn() > range.firstColumn()) {
                for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
                    if (!merges.own(r + 1, c).isBlank()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The header text of each column: one row's text, or two rows joined as "upper/lower". */
    static List<String> headers(SheetGrid grid, Merges merges, SheetHeader header) {
        int columns = merges.columnCount();
        List<String> out = new ArrayList<>(columns);
        int r = header.firstRow();
        for (int c = 0; c < columns; c++) {
            String upper = merges.filled(r, c).text().strip();
            if (header.rows() == 1) {
                out.add(upper);
                continue;
            }
            CellRange block = merges.at(r, c);
            String lower = merges.filled(r + 1, c).text().strip();
            if (block != null && block.lastRow() > r) {
                lower = "";
            }
            if (lower.isEmpty() || lower.equals(upper)) {
                out.add(upper);
            } else if (upper.isEmpty()) {
                out.add(lower);
            } else {
                out.add(upper + "/" + lower);
            }
        }
        return out;
    }
}
