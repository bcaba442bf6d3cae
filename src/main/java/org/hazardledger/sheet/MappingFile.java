package org.hazardledger.sheet;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Progress;

/**
 * A saved mapping for {@code import-sheet --mapping FILE}: a UTF-8 properties file naming the sheet
 * and header row when the guess is wrong, and which header goes to which field, for example
 * <pre>
 * sheet=隐患台账
 * headerRow=3
 * headerRows=2
 * 隐患内容=DESCRIPTION
 * 整改情况/完成时间=RECTIFIED_ON
 * 备注=IGNORE
 * </pre>
 * Field names are {@link org.hazardledger.model.LedgerField} names; {@code IGNORE} drops a column.
 * <ul>
 * <li>{@code sheet}: the sheet's name, or its number counting from 1;</li>
 * <li>{@code headerRow}: the first header row as the spreadsheet numbers it (from 1);
 * {@code headerRows}: 1 or 2 (default 1);</li>
 * <li>any other key is a header as {@link SheetImport#headers()} shows it (compared without spaces
 * and case), or a column letter (A, B, ... AA) when no header has that text. The columns it does not
 * name keep their guessed field. A key naming no column is passed over.</li>
 * </ul>
 * Refusals: {@code error.sheet.mapping.missing} (no such file), {@code error.sheet.mapping.field}
 * (a value that is not a field name), {@code error.sheet.mapping.sheet} (no such sheet),
 * {@code error.sheet.mapping.row} (a header row that is not a number in the sheet).
 */
public final class MappingFile {

    /** The value that drops a column. */
    public static final String IGNORE = "IGNORE";
    private static final Pattern COLUMN = Pattern.compile("[A-Z]{1,3}");

    private final Path source;
    private final String sheet;
    private final String headerRow;
    private final String headerRows;
    private final Map<String, LedgerField> columns;

    private MappingFile(Path source, String sheet, String headerRow, String headerRows,
            Map<String, LedgerField> columns) {
        this.source = source;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.headerRows = headerRows;
        this.columns = Collections.unmodifiableMap(columns);
    }

    /** Reads a mapping file (UTF-8). */
    public static MappingFile read(Path file) {
        String name = String.valueOf(file.getFileName());
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new DomainException(e, "error.sheet.mapping.missing", file.toString());
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException(e, "error.sheet.mapping.unreadable", name);
        }
        Map<String, LedgerField> columns = new LinkedHashMap<>();
        for (String key : new TreeMap<>(Map.copyOf(toMap(p))).keySet()) {
            if (key.equals("sheet") || key.equals("headerRow") || key.equals("headerRows")) {
                continue;
            }
            String value = p.getProperty(key).strip();
            if (value.equalsIgnoreCase(IGNORE)) {
                columns.put(key, null);
                continue;
            }
            try {
                columns.put(key, LedgerField.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DomainException("error.sheet.mapping.field", value, name);
            }
        }
        return new MappingFile(file, blankToNull(p.getProperty("sheet")), blankToNull(p.getProperty("headerRow")),
                blankToNull(p.getProperty("headerRows")), columns);
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, p.getProperty(key));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The sheet named, if any. */
    public String sheet() {
        return sheet;
    }

    /** Header text (or column letter) to field; a null field is {@link #IGNORE}. */
    public Map<String, LedgerField> columns() {
        return columns;
    }

    /** The import with this file's sheet, header and columns applied over its guesses. */
    public SheetImport apply(SheetImport in, Progress progress) {
        String name = String.valueOf(source.getFileName());
        SheetImport out = in;
        if (sheet != null) {
            int index = in.sheetNames().indexOf(sheet);
            if (index < 0 && sheet.matches("\\d{1,3}")) {
                index = Integer.parseInt(sheet) - 1;
            }
            if (index < 0 || index >= in.sheetNames().size()) {
                throw new DomainException("error.sheet.mapping.sheet", sheet, name);
            }
            if (index != in.sheetIndex()) {
                out = out.withSheet(index, progress);
            }
        }
        if (headerRow != null || headerRows != null) {
            int first = out.header().firstRow();
            int rows = out.header().rows();
            try {
                if (headerRow != null) {
                    first = Integer.parseInt(headerRow) - 1;
                }
                if (headerRows != null) {
                    rows = Integer.parseInt(headerRows);
                } else if (headerRow != null) {
                    rows = 1;
                }
                out = out.withHeader(new SheetHeader(first, rows));
            } catch (IllegalArgumentException e) {
                throw new DomainException("error.sheet.mapping.row", headerRow + "+" + headerRows, name);
            }
        }
        ColumnMapping mapping = out.mapping();
        List<String> headers = out.headers();
        for (Map.Entry<String, LedgerField> e : columns.entrySet()) {
            int column = columnOf(headers, e.getKey());
            if (column >= 0) {
                mapping = mapping.with(column, e.getValue());
            }
        }
        return out.withMapping(mapping);
    }

    private static int columnOf(List<String> headers, String key) {
        String wanted = Words.normalise(key);
        for (int c = 0; c < headers.size(); c++) {
            if (Words.normalise(headers.get(c)).equals(wanted)) {
                return c;
            }
        }
        if (COLUMN.matcher(key.strip()).matches()) {
            return org.apache.poi.ss.util.CellReference.convertColStringToIndex(key.strip());
        }
        return -1;
    }
}
