package org.hazardledger.sheet;

/**
 * One cell as read from a sheet: its value ({@code String}, {@code java.math.BigDecimal},
 * {@code java.time.LocalDate} or {@code LocalDateTime} for date-formatted cells, {@code Boolean}, or
 * null when empty; a formula gives its cached result, a {@link FormulaError} when that result is an
 * error such as {@code #REF!}) and its text as the spreadsheet shows it.
 */
public record SheetCell(Object value, String text) {

    public static final SheetCell EMPTY = new SheetCell(null, "");

    public SheetCell {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return value == null || (value instanceof String s && s.isBlank());
    }
}
