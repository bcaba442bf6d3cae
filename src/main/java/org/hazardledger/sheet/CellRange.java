package org.hazardledger.sheet;

/** A merged block of cells, 0-based and inclusive. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
