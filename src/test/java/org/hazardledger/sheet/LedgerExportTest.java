package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo ledger exported with a filter, read back: every hazard the filter selects, as its lines say. */
class LedgerExportTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    @Test
    void aFilteredViewHasExactlyItsHazardsAndTheFirstRowIsTheFirstLine() throws IOException {
        LedgerFixture demo = DemoLedger.shared();
        HazardQuery query = HazardQuery.ALL.withStatuses(EnumSet.of(HazardStatus.RECTIFYING));
        int count = demo.sheets.count(query);
        assertThat(count).isGreaterThan(0);
        Path out = dir.resolve("rectifying.xlsx");
        long[] last = new long[2];
        new LedgerExport(demo.sheets, ZH).write(out, query, "状态：整改中", new Progress() {
            @Override
            public void update(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(last).containsExactly(count, count);

        LedgerLine first = demo.sheets.lines(query, null, 1).lines().get(0);
        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(demo.sheets.enterpriseName() + " 隐患排查治理台账");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("筛选条件：状态：整改中");
            assertThat(sheet.getLastRowNum() - XlsxExport.DATA_START + 1).isEqualTo(count);
            Row header = sheet.getRow(2);
            LedgerField[] fields = LedgerField.values();
            for (int c = 0; c < fields.length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(ZH.label(fields[c]));
            }
            Row row = sheet.getRow(3);
            for (int c = 0; c < fields.length; c++) {
                assertThat(value(row.getCell(c), fields[c])).as(fields[c].name()).isEqualTo(expected(first, fields[c]));
            }
            Cell found = row.getCell(LedgerField.FOUND_ON.ordinal());
            assertThat(DateUtil.isCellDateFormatted(found)).isTrue();
            assertThat(row.getCell(LedgerField.STATUS.ordinal()).getStringCellValue()).isEqualTo("整改中");
            // every row of the view has the status the filter asked for
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(LedgerField.STATUS.ordinal()).getStringCellValue())
                        .isEqualTo(ZH.label(HazardStatus.RECTIFYING));
            }
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).endsWith(Integer.toString(count + 3));
        }
    }

    @Test
    void theWholeDemoLedgerAcrossSeveralPages() throws IOException {
        LedgerFixture demo = DemoLedger.shared();
        int count = demo.sheets.count(HazardQuery.ALL);
        assertThat(count).isGreaterThan(LedgerExport.PAGE);
        Path out = dir.resolve("all.xlsx");
        new LedgerExport(demo.sheets, Messages.forLanguage("en")).write(out, HazardQuery.ALL, "", Progress.NONE);
        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(count);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Filter: All hazards");
            List<String> numbers = new java.util.ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(numbers).doesNotHaveDuplicates();
        }
    }

    @Test
    void cancellingAfterTheFirstPageLeavesNoFileAndStopsTheReader() throws Exception {
        LedgerFixture demo = DemoLedger.shared();
        assertThat(demo.sheets.count(HazardQuery.ALL)).isGreaterThan(LedgerExport.PAGE);
        Path out = dir.resolve("cancelled.xlsx");
        long[] rows = {0};
        Progress cancelAfterAPage = new Progress() {
            @Override
            public void update(long done, long total) {
                rows[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return rows[0] > LedgerExport.PAGE + 10;
            }
        };
        assertThatThrownBy(() -> new LedgerExport(demo.sheets, ZH).write(out, HazardQuery.ALL, "", cancelAfterAPage))
                .isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
        // the page read ahead ends on its own; no reader is left waiting
        long until = System.nanoTime() + 10_000_000_000L;
        while (readerAlive() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(readerAlive()).isFalse();
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("ledger-export-reader"));
    }

    private static Object expected(LedgerLine line, LedgerField field) {
        Object v = line.get(field);
        if (v instanceof Labelled l) {
            return ZH.label(l);
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        return v;
    }

    private static Object value(Cell cell, LedgerField field) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (field.isDate()) {
            LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
            return d;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }
}
