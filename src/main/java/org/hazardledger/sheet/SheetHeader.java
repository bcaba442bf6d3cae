package org.hazardledger.sheet;

/**
 * Where the column headers of a sheet are: the first header row (0-based) and how many rows the
 * header takes (1, or 2 for a merged two-row header such as 整改情况 over 完成时间 | 验收人).
 */
public record SheetHeader(int firstRow, int rows) {

    public SheetHeader {
        if (firstRow < 0 || rows < 1 || rows > 2) {
            throw new IllegalArgumentException("header " + firstRow + "+" + rows);
        }
    }

    /** The first data row (0-based). */
    public int dataStart() {
        return firstRow + rows;
    }
}
