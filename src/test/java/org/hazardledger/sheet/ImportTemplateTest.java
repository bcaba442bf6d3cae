package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Grade;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blank import template: the ledger's columns, drop-down lists, one example row and the instructions. */
class ImportTemplateTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    @Test
    void columnsListsExampleAndInstructions() throws IOException {
        List<CatalogEntry> categories;
        try (LedgerFixture ledger = new LedgerFixture(dir.resolve("ledger"))) {
            ledger.initialiseSmall();
            categories = ledger.referenceData.hazardCategories();
        }
        assertThat(categories).isNotEmpty();
        Path out = dir.resolve("template.xlsx");
        ImportTemplate.write(out, categories, ZH);

        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("隐患台账");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
            assertThat(wb.getSheetVisibility(2)).isEqualTo(SheetVisibility.HIDDEN);
            Row header = sheet.getRow(0);
            for (LedgerField f : LedgerField.values()) {
                assertThat(header.getCell(f.ordinal()).getStringCellValue()).isEqualTo(ZH.label(f));
            }
            Row example = sheet.getRow(1);
            assertThat(example.getCell(LedgerField.DESCRIPTION.ordinal()).getStringCellValue()).contains("砂轮机");
            assertThat(example.getCell(LedgerField.GRADE.ordinal()).getStringCellValue())
                    .isEqualTo(ZH.label(Grade.GENERAL));
            assertThat(example.getCell(LedgerField.CATEGORY.ordinal()).getStringCellValue())
                    .isEqualTo(categories.get(0).nameZh());
            assertThat(DateUtil.isCellDateFormatted(example.getCell(LedgerField.FOUND_ON.ordinal()))).isTrue();
            assertThat(example.getCell(LedgerField.FOUND_ON.ordinal()).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 6, 12));
            assertThat(example.getCell(LedgerField.FUNDS.ordinal()).getNumericCellValue()).isEqualTo(850.0);
            assertThat(sheet.getColumnStyle(LedgerField.DEADLINE.ordinal()).getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");

            Map<Integer, DataValidation> byColumn = sheet.getDataValidations().stream().collect(Collectors.toMap(
                    v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(), v -> v));
            assertThat(byColumn).containsKeys(LedgerField.CATEGORY.ordinal(), LedgerField.GRADE.ordinal(),
                    LedgerField.SOURCE.ordinal(), LedgerField.FORM.ordinal(), LedgerField.RISK_COLOUR.ordinal(),
                    LedgerField.RECTIFYING_TIER.ordinal(), LedgerField.STATUS.ordinal());
            DataValidation category = byColumn.get(LedgerField.CATEGORY.ordinal());
            CellRangeAddress region = category.getRegions().getCellRangeAddress(0);
            assertThat(region.getFirstRow()).isEqualTo(1);
            assertThat(region.getLastRow()).isGreaterThanOrEqualTo(1_000);
            assertThat(listOf(wb, category)).containsExactlyElementsOf(
                    categories.stream().map(CatalogEntry::nameZh).toList());
            assertThat(listOf(wb, byColumn.get(LedgerField.GRADE.ordinal())))
                    .containsExactly(ZH.label(Grade.GENERAL), ZH.label(Grade.MAJOR));

            XSSFSheet help = wb.getSheetAt(1);
            String text = help.getRow(2).getCell(0).getStringCellValue() + help.getRow(3).getCell(0)
                    .getStringCellValue();
            assertThat(text).contains("必填列", "排查时间", "隐患描述", "2026年6月15日");
        }
    }

    @Test
    void theExampleRowParsesAsTheImporterReadsIt() {
        List<CatalogEntry> categories;
        try (LedgerFixture ledger = new LedgerFixture(dir.resolve("ledger"))) {
            ledger.initialiseSmall();
            categories = ledger.referenceData.hazardCategories();
        }
        Path out = dir.resolve("template.xlsx");
        ImportTemplate.write(out, categories, ZH);

        SheetImport sheet = SheetImport.open(out, Progress.NONE);
        assertThat(sheet.sheetIndex()).isZero();
        assertThat(sheet.header().firstRow()).isZero();
        for (LedgerField f : LedgerField.values()) {
            assertThat(sheet.mapping().fieldAt(f.ordinal())).as(f.name()).isEqualTo(f);
        }
        ParsedSheet parsed = sheet.parse(Progress.NONE);
        assertThat(parsed.lines()).hasSize(1);
        ImportLine line = parsed.lines().get(0);
        assertThat(line.row()).isEqualTo(2);
        assertThat(line.problems()).isEmpty();
        assertThat(line.line().date(LedgerField.FOUND_ON)).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(line.line().choice(LedgerField.GRADE, Grade.class)).isEqualTo(Grade.GENERAL);
        assertThat(line.line().amount(LedgerField.FUNDS)).isEqualByComparingTo("850");
        assertThat(line.line().text(LedgerField.CATEGORY)).isEqualTo(categories.get(0).nameZh());
    }

    /** The values a list validation offers, read through its named range on the hidden sheet. */
    private static List<String> listOf(XSSFWorkbook wb, DataValidation v) {
        String formula = v.getValidationConstraint().getFormula1();
        Name name = wb.getName(formula);
        AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
        XSSFSheet lists = wb.getSheet(area.getFirstCell().getSheetName());
        List<String> out = new java.util.ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            out.add(lists.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return out;
    }
}
