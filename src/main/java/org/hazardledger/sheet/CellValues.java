package org.hazardledger.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell into a {@link SheetCell} the same way for .xlsx and .xls: a number in a
 * date format becomes a {@link LocalDate} (or {@link LocalDateTime} when it has a time of day),
 * any other number a {@link BigDecimal}; the text is what Excel shows (so 12 is "12", not "12.0",
 * and 10000000 is "10000000", not "1.0E7").
 */
final class CellValues {

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final boolean date1904;

    CellValues(boolean date1904) {
        this.date1904 = date1904;
    }

    SheetCell number(double value, String raw, int formatIndex, String formatString) {
        String format = formatString == null ? "General" : formatString;
        if (formatIndex != 0 && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
            String text = formatter.formatRawCellContents(value, formatIndex, format, date1904);
            if (at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                return new SheetCell(at.toLocalDate(), text);
            }
            return new SheetCell(at, text);
        }
        if (formatIndex == 0 && value == Math.rint(value) && Math.abs(value) < 1e15) {
            long whole = (long) value;
            return new SheetCell(BigDecimal.valueOf(whole), Long.toString(whole));
        }
        BigDecimal number;
        try {
            number = raw != null ? new BigDecimal(raw.strip()) : BigDecimal.valueOf(value);
        } catch (NumberFormatException e) {
            number = BigDecimal.valueOf(value);
        }
        String text = formatter.formatRawCellContents(value, formatIndex, format, date1904);
        return new SheetCell(number, text.strip());
    }

    static SheetCell text(String value) {
        if (value == null || value.isEmpty()) {
            return SheetCell.EMPTY;
        }
        return new SheetCell(value, value);
    }

    static SheetCell bool(boolean value) {
        return new SheetCell(value, value ? "TRUE" : "FALSE");
    }

    static SheetCell error(String code) {
        return new SheetCell(new FormulaError(code), code);
    }

    static SheetCell isoDate(String raw) {
        try {
            LocalDateTime at = LocalDateTime.parse(raw.strip());
            return new SheetCell(at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate() : at, raw);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return new SheetCell(LocalDate.parse(raw.strip()), raw);
            } catch (java.time.format.DateTimeParseException e2) {
                return text(raw);
            }
        }
    }
}
