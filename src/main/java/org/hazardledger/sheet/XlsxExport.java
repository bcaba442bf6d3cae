package org.hazardledger.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hazardledger.service.Progress;

/**
 * Writes tables to an .xlsx file the way a person would hand it over: a title row, the filter
 * line, Chinese headers, real dates, a frozen header row, an auto-filter and column widths. Streams
 * (SXSSF) so the rows in memory stay bounded, and writes to a temporary file that replaces
 * {@code out} only when complete: a cancel or a full disk leaves no half file.
 * <p>Layout of each sheet: row 1 the title (merged across the columns), row 2 the filter line, row 3
 * the headers, data from row 4. Column widths are {@link SheetColumn#width()} characters, at least
 * the header's width (Chinese characters count two). Styles: see {@link SheetStyles}.
 */
public final class XlsxExport {

    /** Rows kept in memory per sheet; the rest are flushed to a compressed temporary file. */
    static final int WINDOW = 100;
    /** Excel's longest cell text. */
    static final int MAX_TEXT = 32_767;
    /** Rows of the title, the filter line and the header above the data. */
    public static final int DATA_START = 3;

    private XlsxExport() {
    }

    public static void write(Path out, List<SheetTable> tables, Progress progress) {
        long total = 0;
        for (SheetTable t : tables) {
            total = t.size() < 0 || total < 0 ? -1 : total + t.size();
        }
        long all = total;
        SheetFile.write(out, stream -> write(stream, tables, all, progress));
    }

    private static void write(OutputStream stream, List<SheetTable> tables, long total, Progress progress)
            throws IOException {
        SXSSFWorkbook wb = new QuickWorkbook(WINDOW);
        try {
            SheetStyles styles = new SheetStyles(wb);
            long[] done = {0};
            Set<String> names = new HashSet<>();
            for (SheetTable table : tables) {
                progress.checkCancelled();
                SXSSFSheet sheet = wb.createSheet(uniqueName(table.name(), names));
                writeTable(sheet, table, styles, done, total, progress);
            }
            progress.checkCancelled();
            wb.write(stream);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    static void writeTable(SXSSFSheet sheet, SheetTable table, SheetStyles styles, long[] done, long total,
                                   Progress progress) {
        List<SheetColumn> columns = table.columns();
        int last = Math.max(0, columns.size() - 1);
        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        put(title.createCell(0), table.title(), styles.title);
        Row filter = sheet.createRow(1);
        put(filter.createCell(0), table.filter(), styles.filter);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        }
        Row header = sheet.createRow(2);
        for (int c = 0; c < columns.size(); c++) {
            SheetColumn column = columns.get(c);
            put(header.createCell(c), column.header(), styles.header);
            sheet.setColumnWidth(c, SheetStyles.columnWidth(Math.max(column.width(),
                    SheetStyles.displayWidth(column.header()) + 2)));
        }
        sheet.createFreezePane(0, DATA_START);
        int r = DATA_START;
        int width = columns.size();
        ColumnKind[] kinds = new ColumnKind[width];
        CellStyle[] cellStyles = new CellStyle[width];
        for (int c = 0; c < width; c++) {
            kinds[c] = columns.get(c).kind();
            cellStyles[c] = styles.data(kinds[c]);
        }
        Iterator<List<Object>> rows = table.rows().iterator();
        try {
            while (rows.hasNext()) {
                List<Object> values = rows.next();
                if ((done[0] & 63) == 0) {
                    progress.checkCancelled();
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < width && c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value != null) {
                        putValue(row.createCell(c), value, kinds[c], cellStyles[c]);
                    }
                }
                done[0]++;
                progress.update(done[0], total < 0 ? -1 : total);
            }
        } finally {
            if (rows instanceof AutoCloseable closeable) {
                close(closeable);
            }
        }
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, last));
        }
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(Cell cell, String text, CellStyle style) {
        cell.setCellStyle(style);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(clip(text));
        }
    }

    /**
     * One value as its kind says: a LocalDate (or LocalDateTime) as a real date, a Number as a number,
     * anything else as text. A value of another type than the kind expects is still written, as text.
     */
    static void putValue(Cell cell, Object value, ColumnKind kind, CellStyle style) {
        cell.setCellStyle(style);
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
        } else if (value instanceof Number n && kind != ColumnKind.TEXT) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof BigDecimal b) {
            cell.setCellValue(b.toPlainString());
        } else {
            cell.setCellValue(clip(value.toString()));
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /** A name Excel accepts (no []:*?/\, at most 31 characters), different from the others. */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }
}
