package org.hazardledger.ui.sheetimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;

/**
 * Small ledger sheets made by the tests with POI (never committed binaries): a title row, a header
 * row of the ledger's own column names (one column may carry a header nobody would guess), and the
 * rows. Dates are real date cells.
 */
public final class TestSheets {

    /** The columns of the test sheets, in order. */
    public static final List<LedgerField> FIELDS = List.of(LedgerField.FOUND_ON, LedgerField.UNIT,
            LedgerField.PLACE, LedgerField.FINDER, LedgerField.SOURCE, LedgerField.CATEGORY, LedgerField.FORM,
            LedgerField.DESCRIPTION, LedgerField.GRADE, LedgerField.RECTIFYING_TIER, LedgerField.MEASURES,
            LedgerField.RESPONSIBLE, LedgerField.DEADLINE);
    /** A header no guesser knows, written over the place column when asked. */
    public static final String ODD_HEADER = "甲栏";
    public static final String UNIT_PATH = "一厂/合成车间/甲班/反应釜操作岗";

    private TestSheets() {
    }

    /** One row of the small enterprise: found at the post by 王小明, to be fixed by 李建国 in ten days. */
    public static List<Object> row(Messages m, LocalDate foundOn, String place, String description,
                                   String category) {
        List<Object> r = new ArrayList<>();
        r.add(foundOn);
        r.add(UNIT_PATH);
        r.add(place);
        r.add("王小明");
        r.add(m.label(HazardSource.POST_CHECK));
        r.add(category);
        r.add(m.label(HazardForm.UNSAFE_STATE));
        r.add(description);
        r.add(m.label(Grade.GENERAL));
        r.add(m.label(Tier.TEAM));
        r.add("更换法兰垫片");
        r.add("李建国");
        r.add(foundOn.plusDays(10));
        return r;
    }

    /**
     * Writes an .xlsx: row 1 a title, row 2 the headers (the place column headed {@link #ODD_HEADER}
     * when {@code oddPlaceHeader}), then {@code rows}; a String in a date column stays text.
     */
    public static Path xlsx(Path file, Messages m, boolean oddPlaceHeader, List<List<Object>> rows) {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("隐患台账");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("测试化工有限公司隐患排查治理台账");
            Row header = sheet.createRow(1);
            for (int c = 0; c < FIELDS.size(); c++) {
                LedgerField f = FIELDS.get(c);
                header.createCell(c).setCellValue(oddPlaceHeader && f == LedgerField.PLACE ? ODD_HEADER : m.label(f));
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = sheet.createRow(2 + i);
                List<Object> values = rows.get(i);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = r.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet of an .xlsx as POI reads it: sheets of rows of cells as Excel shows them. */
    public static List<List<List<String>>> read(Path xlsx) {
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter format = new DataFormatter();
            List<List<List<String>>> sheets = new ArrayList<>();
            for (Sheet s : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : format.formatCellValue(cell));
                        }
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
