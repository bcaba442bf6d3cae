package org.hazardledger.sheet;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an exported workbook, each made ONCE per workbook (Excel allows about 64,000
 * styles; a style per cell would break a big sheet): the title, the filter line, the header, and one
 * per {@link ColumnKind} for data cells, plus the same with a light red fill for problem cells.
 * <ul>
 *   <li>DATE: a real date, format {@code yyyy-mm-dd};</li>
 *   <li>INTEGER {@code 0}; DECIMAL General; AMOUNT {@code #,##0.00};</li>
 *   <li>PERCENT: the value is in percent (87.5 means 87.5%, as {@link ColumnKind} says) with the format
 *       {@code 0.0"%"}, so the cell holds the same number the ledger shows;</li>
 *   <li>TEXT: the text format {@code @}, so a number-like code such as 0012 stays text.</li>
 * </ul>
 */
final class SheetStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String PERCENT_FORMAT = "0.0\"%\"";

    final CellStyle title;
    final CellStyle filter;
    final CellStyle header;
    private final Map<ColumnKind, CellStyle> data = new EnumMap<>(ColumnKind.class);
    private final Map<ColumnKind, CellStyle> problem = new EnumMap<>(ColumnKind.class);

    SheetStyles(Workbook wb) {
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        filter = wb.createCellStyle();
        filter.setAlignment(HorizontalAlignment.LEFT);
        filter.setVerticalAlignment(VerticalAlignment.CENTER);

        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        borders(header);

        DataFormat formats = wb.createDataFormat();
        for (ColumnKind kind : ColumnKind.values()) {
            CellStyle plain = wb.createCellStyle();
            plain.setDataFormat(formats.getFormat(format(kind)));
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            borders(plain);
            data.put(kind, plain);
            CellStyle marked = wb.createCellStyle();
            marked.cloneStyleFrom(plain);
            marked.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            problem.put(kind, marked);
        }
    }

    static String format(ColumnKind kind) {
        switch (kind) {
            case DATE:
                return DATE_FORMAT;
            case INTEGER:
                return "0";
            case DECIMAL:
                return "General";
            case AMOUNT:
                return AMOUNT_FORMAT;
            case PERCENT:
                return PERCENT_FORMAT;
            default:
                return "@";
        }
    }

    CellStyle data(ColumnKind kind) {
        return data.get(kind);
    }

    CellStyle problem(ColumnKind kind) {
        return problem.get(kind);
    }

    private static void borders(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** How many character widths a text takes: Chinese (and other wide) characters count two. */
    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** A column width in Excel's units (1/256 of a character), within Excel's limit of 255 characters. */
    static int columnWidth(int characters) {
        return Math.max(4, Math.min(255, characters)) * 256;
    }
}
