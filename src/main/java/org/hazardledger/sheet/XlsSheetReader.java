package org.hazardledger.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.hazardledger.service.Progress;

/**
 * Reads one sheet of an .xls (Excel 97-2003, BIFF8) with POI's HSSF user model. Formulas give
 * their cached result (its type as cached; an error gives a {@link FormulaError}); numbers go
 * through {@link CellValues} with the cell's number format. The file is opened read-only and closed.
 */
final class XlsSheetReader {

    private XlsSheetReader() {
    }

    static List<String> sheetNames(POIFSFileSystem fs) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(fs.getRoot(), true)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                names.add(book.getSheetName(i));
            }
            return names;
        }
    }

    static SheetGrid read(Path file, int index, Progress progress) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook book = new HSSFWorkbook(fs.getRoot(), true)) {
            CellValues values = new CellValues(book.getInternalWorkbook().isUsing1904DateWindowing());
            Sheet sheet = book.getSheetAt(index);
            List<List<SheetCell>> rows = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                if (r % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(r, last + 1L);
                }
                Row row = sheet.getRow(r);
                if (row == null || row.getLastCellNum() < 0) {
                    rows.add(List.of());
                    continue;
                }
                List<SheetCell> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? SheetCell.EMPTY : cell(cell, values));
                }
                rows.add(cells);
            }
            List<CellRange> merged = new ArrayList<>();
            for (CellRangeAddress a : sheet.getMergedRegions()) {
                merged.add(new CellRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
            }
            return new SheetGrid(sheet.getSheetName(), rows, merged);
        }
    }

    private static SheetCell cell(Cell cell, CellValues values) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return CellValues.text(cell.getStringCellValue());
            case NUMERIC:
                CellStyle style = cell.getCellStyle();
                double number = cell.getNumericCellValue();
                return values.number(number, raw(number), style.getDataFormat(), style.getDataFormatString());
            case BOOLEAN:
                return CellValues.bool(cell.getBooleanCellValue());
            case ERROR:
                return CellValues.error(org.apache.poi.ss.usermodel.FormulaError
                        .forInt(cell.getErrorCellValue()).getString());
            default:
                return SheetCell.EMPTY;
        }
    }

    /** The shortest decimal that reads back as the same double (so 0.1 stays 0.1). */
    private static String raw(double number) {
        return Double.toString(number);
    }
}
