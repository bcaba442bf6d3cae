package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error report marks the problem cells (fill and comment), sums them up per row, and lists them. */
class ErrorReportTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    private static SheetCell text(String s) {
        return new SheetCell(s, s);
    }

    /** A title row, a header row, three data rows; columns 排查时间 | 隐患描述 | 资金. */
    private static SheetGrid grid(int extraRows) {
        List<List<SheetCell>> rows = new ArrayList<>();
        rows.add(List.of(text("一厂隐患台账")));
        rows.add(List.of(text("排查时间"), text("隐患描述"), text("资金")));
        rows.add(List.of(new SheetCell(LocalDate.of(2026, 6, 1), "2026-06-01"), text("阀门泄漏"),
                new SheetCell(new BigDecimal("120.5"), "120.5")));
        rows.add(List.of(text("2026-13-01"), text("护栏缺失"), SheetCell.EMPTY));
        rows.add(List.of(new SheetCell(LocalDate.of(2026, 6, 3), "2026-06-03"), SheetCell.EMPTY, text("很多")));
        for (int i = 0; i < extraRows; i++) {
            rows.add(List.of(new SheetCell(LocalDate.of(2026, 6, 3), "2026-06-03"), text("好的行 " + i)));
        }
        return new SheetGrid("台账", rows, List.of(new CellRange(0, 0, 0, 2)));
    }

    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(0, LedgerField.FOUND_ON,
            1, LedgerField.DESCRIPTION, 2, LedgerField.FUNDS));
    private static final List<String> HEADERS = List.of("排查时间", "隐患描述", "资金");

    private static List<ImportProblem> problems() {
        // messages as the bundle has them; a made-up key shows itself, which is enough to check the placing
        return List.of(
                ImportProblem.of(4, LedgerField.FOUND_ON, "2026-13-01", "cli.stats.year", "2026-13-01"),
                ImportProblem.of(5, LedgerField.DESCRIPTION, "", "cli.sheet.clean"),
                ImportProblem.of(5, LedgerField.FUNDS, "很多", "cli.stats.year", "很多"),
                ImportProblem.of(5, null, null, "cli.sheet.notApplied"));
    }

    @Test
    void problemCellsAreRedWithTheReasonAsACommentAndListed() throws IOException {
        Path out = dir.resolve("errors.xlsx");
        ErrorReport.write(out, grid(0), new SheetHeader(1, 1), HEADERS, MAPPING, problems(), ZH);

        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("一厂隐患台账");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("问题");
            // a good row: as read, typed, no fill, no comment
            Cell goodDate = sheet.getRow(2).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(goodDate)).isTrue();
            assertThat(goodDate.getCellComment()).isNull();
            assertThat(goodDate.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(120.5);
            assertThat(sheet.getRow(2).getCell(3)).isNull();

            Cell badDate = sheet.getRow(3).getCell(0);
            assertThat(badDate.getStringCellValue()).isEqualTo("2026-13-01");
            assertThat(badDate.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(badDate.getCellComment().getString().getString()).contains("不是有效的年份：2026-13-01");
            assertThat(sheet.getRow(3).getCell(1).getCellComment()).isNull();
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue())
                    .isEqualTo("排查时间 (A)：不是有效的年份：2026-13-01");

            // an empty cell with a problem is still marked
            Cell emptyDescription = sheet.getRow(4).getCell(1);
            assertThat(emptyDescription.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(emptyDescription.getCellComment()).isNotNull();
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).contains("资金 (C)", "没有导入任何隐患");
            assertThat(sheet.getMergedRegions()).containsExactly(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 2));
            assertThat(sheet.getCellComments()).hasSize(3);

            XSSFSheet list = wb.getSheetAt(1);
            assertThat(list.getSheetName()).isEqualTo("问题清单");
            assertThat(list.getRow(2).getCell(0).getStringCellValue()).isEqualTo("行");
            assertThat(list.getLastRowNum() - 2).isEqualTo(4);
            assertThat(list.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(list.getRow(3).getCell(1).getStringCellValue()).isEqualTo("排查时间 (A)");
            assertThat(list.getRow(3).getCell(2).getStringCellValue()).isEqualTo("2026-13-01");
            assertThat(list.getRow(3).getCell(3).getStringCellValue()).contains("不是有效的年份");
            assertThat(list.getRow(1).getCell(0).getStringCellValue()).contains("共 4 个问题，涉及 2 行");
        }
    }

    @Test
    void aBigSheetKeepsOnlyItsHeaderAndTheBadRowsAtTheirOwnRowNumbers() throws IOException {
        Path out = dir.resolve("big-errors.xlsx");
        ErrorReport.write(out, grid(ErrorReport.ALL_ROWS_UP_TO), new SheetHeader(1, 1), HEADERS, MAPPING, problems(),
                ZH);
        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4); // title, header, rows 4 and 5
            assertThat((Object) sheet.getRow(2)).isNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2026-13-01");
            assertThat(sheet.getRow(4).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).contains("只保留表头和有问题的行");
        }
    }
}
