package org.hazardledger.sheet;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;

/**
 * The import's error report (.xlsx): the sheet's header and data rows as they were read, the cells
 * with a problem filled red with the reason as a comment, a 问题 column at the end of each bad row,
 * and a second sheet listing every problem (row, column, value, problem).
 * <p>Every row stays at its own row number, so the report reads like the user's sheet and the row
 * numbers of the list match both. A sheet of up to {@value #ALL_ROWS_UP_TO} data rows is written
 * whole; a bigger one keeps only its header and the rows with problems (the good rows would only
 * bury the bad ones, and cost time). Written with SXSSF (comments work there: one drawing per sheet,
 * a comment only on a problem cell), atomically like every export.
 */
public final class ErrorReport {

    /** Up to this many data rows the report shows every row; beyond, only the rows with problems. */
    public static final int ALL_ROWS_UP_TO = 50_000;

    private ErrorReport() {
    }

    /**
     * {@code headers} are the sheet's header texts per column ({@link SheetImport#headers()}); a
     * problem's column is found through {@code mapping} from its field (a row problem has none).
     */
    public static void write(Path out, SheetGrid grid, SheetHeader header, List<String> headers,
                             ColumnMapping mapping, List<ImportProblem> problems, Messages messages) {
        SheetFile.write(out, stream -> write(stream, grid, header, headers, mapping, problems, messages));
    }

    private static void write(OutputStream stream, SheetGrid grid, SheetHeader header, List<String> headers,
                              ColumnMapping mapping, List<ImportProblem> problems, Messages messages)
            throws java.io.IOException {
        // row index (0-based) -> column (-1: the row as a whole) -> reasons
        Map<Integer, Map<Integer, List<String>>> byRow = new TreeMap<>();
        List<List<Object>> listed = new ArrayList<>();
        for (ImportProblem p : problems) {
            String reason = messages.get(p.messageKey(), p.args().toArray());
            OptionalInt column = p.field() == null ? OptionalInt.empty() : mapping.columnOf(p.field());
            int col = column.isPresent() ? column.getAsInt() : -1;
            String what = p.field() == null ? reason : messages.label(p.field()) + messages.get("sheetExport.errors.colon")
                    + reason;
            byRow.computeIfAbsent(p.row() - 1, r -> new LinkedHashMap<>())
                    .computeIfAbsent(col, c -> new ArrayList<>()).add(col < 0 ? what : reason);
            String columnName = col < 0 ? (p.field() == null ? "" : messages.label(p.field()))
                    : columnName(headers, col);
            listed.add(Arrays.asList(p.row(), columnName, p.value(), what));
        }
        boolean allRows = grid.rowCount() - header.dataStart() <= ALL_ROWS_UP_TO;
        int problemColumn = Math.max(grid.columnCount(), headers.size());

        SXSSFWorkbook wb = new SXSSFWorkbook(null, XlsxExport.WINDOW, true, false);
        try {
            SheetStyles styles = new SheetStyles(wb);
            HashSet<String> names = new HashSet<>();
            SXSSFSheet sheet = wb.createSheet(XlsxExport.uniqueName(grid.sheetName(), names));
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            CreationHelper factory = wb.getCreationHelper();
            for (int r = 0; r < grid.rowCount(); r++) {
                boolean isHeader = r >= header.firstRow() && r < header.dataStart();
                Map<Integer, List<String>> rowProblems = byRow.get(r);
                if (!allRows && !isHeader && rowProblems == null && r >= header.firstRow()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                List<SheetCell> cells = grid.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    SheetCell cell = cells.get(c);
                    List<String> reasons = rowProblems == null ? null : rowProblems.get(c);
                    if (cell.value() == null && reasons == null && !isHeader) {
                        continue;
                    }
                    write(row.createCell(c), cell, isHeader, reasons != null, styles);
                }
                if (rowProblems != null) {
                    for (Map.Entry<Integer, List<String>> e : rowProblems.entrySet()) {
                        if (e.getKey() < 0) {
                            continue;
                        }
                        Cell cell = row.getCell(e.getKey());
                        if (cell == null) {
                            cell = row.createCell(e.getKey());
                            cell.setCellStyle(styles.problem(ColumnKind.TEXT));
                        }
                        comment(drawing, factory, cell, String.join("\n", e.getValue()));
                    }
                    Cell summary = row.createCell(problemColumn);
                    summary.setCellStyle(styles.problem(ColumnKind.TEXT));
                    summary.setCellValue(summary(rowProblems, headers, messages));
                }
                if (r == header.firstRow()) {
                    Cell title = row.createCell(problemColumn);
                    title.setCellStyle(styles.header);
                    title.setCellValue(messages.get("sheetExport.errors.problemColumn"));
                }
            }
            for (CellRange m : grid.merged()) {
                if (m.lastRow() < header.dataStart() && (m.lastRow() > m.firstRow() || m.lastColumn() > m.firstColumn())) {
                    sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(),
                            m.lastColumn()));
                }
            }
            for (int c = 0; c < problemColumn; c++) {
                String h = c < headers.size() ? headers.get(c) : "";
                sheet.setColumnWidth(c, SheetStyles.columnWidth(Math.max(10, SheetStyles.displayWidth(h) + 2)));
            }
            sheet.setColumnWidth(problemColumn, SheetStyles.columnWidth(60));
            sheet.createFreezePane(0, header.dataStart());

            String listName = messages.get("sheetExport.errors.listSheet");
            SheetTable list = new SheetTable(listName, messages.get("sheetExport.errors.listTitle", grid.sheetName()),
                    messages.get("sheetExport.errors.listFilter", problems.size(), byRow.size(),
                            allRows ? messages.get("sheetExport.errors.allRows")
                                    : messages.get("sheetExport.errors.badRowsOnly", ALL_ROWS_UP_TO)),
                    List.of(new SheetColumn(messages.get("sheetExport.errors.row"), ColumnKind.INTEGER, 8),
                            new SheetColumn(messages.get("sheetExport.errors.column"), ColumnKind.TEXT, 20),
                            new SheetColumn(messages.get("sheetExport.errors.value"), ColumnKind.TEXT, 24),
                            new SheetColumn(messages.get("sheetExport.errors.problem"), ColumnKind.TEXT, 60)),
                    listed, listed.size());
            XlsxExport.writeTable(wb.createSheet(XlsxExport.uniqueName(listName, names)), list, styles,
                    new long[1], -1, Progress.NONE);
            wb.write(stream);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** "排查时间 (B)": the column's header and letter. */
    private static String columnName(List<String> headers, int col) {
        String letter = CellReference.convertNumToColString(col);
        String h = col < headers.size() ? headers.get(col) : null;
        return h == null || h.isBlank() ? letter : h + " (" + letter + ")";
    }

    private static String summary(Map<Integer, List<String>> rowProblems, List<String> headers, Messages messages) {
        List<String> parts = new ArrayList<>();
        rowProblems.forEach((col, reasons) -> reasons.forEach(reason -> parts.add(col < 0 ? reason
                : columnName(headers, col) + messages.get("sheetExport.errors.colon") + reason)));
        return String.join(messages.get("sheetExport.errors.separator"), parts);
    }

    private static void write(Cell cell, SheetCell value, boolean header, boolean problem, SheetStyles styles) {
        Object v = value.value();
        ColumnKind kind = v instanceof LocalDate || v instanceof LocalDateTime ? ColumnKind.DATE
                : v instanceof BigDecimal ? ColumnKind.DECIMAL : ColumnKind.TEXT;
        if (header) {
            cell.setCellStyle(styles.header);
            cell.setCellValue(value.text().isEmpty() && v != null ? v.toString() : value.text());
        } else if (v == null) {
            cell.setCellStyle(problem ? styles.problem(ColumnKind.TEXT) : styles.data(ColumnKind.TEXT));
        } else {
            XlsxExport.putValue(cell, v, kind, problem ? styles.problem(kind) : styles.data(kind));
        }
    }

    private static void comment(Drawing<?> drawing, CreationHelper factory, Cell cell, String text) {
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        // SXSSF leaves the comment where its box is anchored (the next column): it belongs to this cell
        comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
        cell.setCellComment(comment);
    }
}
