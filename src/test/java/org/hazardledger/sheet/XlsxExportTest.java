package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link XlsxExport} writes, read back with POI: the layout, the kinds of cells, and failures. */
class XlsxExportTest {

    @TempDir
    Path dir;

    static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("隐患编号", ColumnKind.TEXT, 16),
            new SheetColumn("排查时间", ColumnKind.DATE, 12),
            new SheetColumn("整改资金（元）", ColumnKind.AMOUNT, 12),
            new SheetColumn("次数", ColumnKind.INTEGER, 6),
            new SheetColumn("整改率", ColumnKind.PERCENT, 8));

    static SheetTable table(int rows) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(Arrays.asList("YH-2026-06-" + String.format("%04d", i + 1), LocalDate.of(2026, 6, 1).plusDays(i % 20),
                    i == 1 ? null : new BigDecimal("1234.50"), i, new BigDecimal("87.5")));
        }
        return new SheetTable("台账", "测试公司 隐患排查治理台账", "筛选条件：整改中", COLUMNS, data, rows);
    }

    @Test
    void titleFilterHeadersFrozenPaneAutoFilterAndWidths() throws IOException {
        Path out = dir.resolve("ledger.xlsx");
        List<long[]> updates = new ArrayList<>();
        XlsxExport.write(out, List.of(table(3)), progress(updates, Long.MAX_VALUE));

        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet sheet = wb.getSheet("台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("测试公司 隐患排查治理台账");
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 4));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("筛选条件：整改中");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("隐患编号");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("整改率");
            assertThat(header.getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:E6");
            // 16 characters; the header of column C is 14 wide (Chinese counts two) + 2
            assertThat(sheet.getColumnWidth(0)).isEqualTo(16 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(16 * 256);

            Row first = sheet.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("YH-2026-06-0001");
            Cell date = first.getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            Cell amount = first.getCell(2);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(3).getNumericCellValue()).isZero();
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(87.5);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
            Cell blank = sheet.getRow(4).getCell(2);
            assertThat(blank == null || blank.getCellType() == CellType.BLANK).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(3, 3);
        assertThat(leftovers()).containsExactly(out);
    }

    @Test
    void stylesAreMadeOncePerKindNotPerCell() throws IOException {
        Path out = dir.resolve("big.xlsx");
        XlsxExport.write(out, List.of(table(5_000), table(10)), Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            assertThat(wb.getNumCellStyles()).isLessThan(30);
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(5_002);
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("台账 (2)");
        }
    }

    @Test
    void anEmptyTableStillHasItsHeaderAndFilter() throws IOException {
        Path out = dir.resolve("empty.xlsx");
        XlsxExport.write(out, List.of(table(0)), Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("排查时间");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:E3");
        }
    }

    @Test
    void cancellingLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("cancelled.xlsx");
        assertThatThrownBy(() -> XlsxExport.write(out, List.of(table(2_000)), progress(new ArrayList<>(), 500)))
                .isInstanceOf(CancellationException.class);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void cancellingKeepsAnEarlierFileAsItWas() throws IOException {
        Path out = dir.resolve("kept.xlsx");
        Files.writeString(out, "earlier");
        assertThatThrownBy(() -> XlsxExport.write(out, List.of(table(2_000)), progress(new ArrayList<>(), 100)))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(out)).isEqualTo("earlier");
        assertThat(leftovers()).containsExactly(out);
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedWithTheFileName() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path out = notAFolder.resolve("ledger.xlsx");
        assertThatThrownBy(() -> XlsxExport.write(out, List.of(table(3)), Progress.NONE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.sheetExport.write");
                    assertThat(e.args().get(0).toString()).endsWith("ledger.xlsx");
                });
        assertThat(leftovers()).containsExactly(notAFolder);
    }

    @Test
    void aFolderWeMayNotWriteIsRefusedAndLeavesNoPartialFile() throws IOException {
        // Root ignores file permissions (CI runs as root): there, sysfs is a folder nobody may create files in.
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = root ? Path.of("/sys") : Files.createDirectory(dir.resolve("read-only"));
        Assumptions.assumeTrue(Files.isDirectory(folder), "no folder that refuses writes on this system");
        if (!root) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        List<Path> before = list(folder);
        try {
            Path out = folder.resolve("ledger.xlsx");
            assertThatThrownBy(() -> XlsxExport.write(out, List.of(table(3)), Progress.NONE))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.sheetExport.write");
                        assertThat(e.args()).containsExactly(out.toAbsolutePath().toString(),
                                "sheetExport.reason.denied");
                    });
            assertThat(list(folder)).isEqualTo(before);
        } finally {
            if (!root) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void overlongTextIsCutToExcelsLimitAndOddSheetNamesAreMadeSafe() throws IOException {
        Path out = dir.resolve("odd.xlsx");
        String longText = "长".repeat(40_000);
        SheetTable t = new SheetTable("a/b:c*?[d]", "t", "f", List.of(new SheetColumn("x", ColumnKind.TEXT, 10)),
                List.of(List.of(longText)), 1);
        XlsxExport.write(out, List.of(t), Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).hasSize(32_767);
            assertThat(wb.getSheetAt(0).getSheetName()).doesNotContain("/", ":", "*", "?", "[", "]");
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** Records updates and cancels once {@code cancelAfter} rows are done. */
    static Progress progress(List<long[]> updates, long cancelAfter) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return !updates.isEmpty() && updates.get(updates.size() - 1)[0] >= cancelAfter;
            }
        };
    }
}
