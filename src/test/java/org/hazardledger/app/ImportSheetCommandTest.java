package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.LedgerField;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-sheet FILE [--dry-run] [--report FILE]} on sheets the tests make (and export). */
class ImportSheetCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private Path source;

    @BeforeEach
    void aSourceLedgerExportedAndAnEmptyTarget() {
        cli = new CliHarness(dir);
        source = dir.resolve("source");
        try (LedgerFixture ledger = new LedgerFixture(source)) {
            LedgerFixture.SmallEnterprise e = ledger.initialiseSmall();
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(40));
        }
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            ledger.initialiseSmall();
        }
    }

    @Test
    void anExportedLedgerChecksCleanThenImports() {
        Path sheet = dir.resolve("ledger.xlsx");
        assertThat(cli.run("export-sheet", "--data", source.toString(), "--out", sheet.toString()))
                .as(cli.err.toString()).isZero();

        assertThat(cli.run("import-sheet", sheet.toString(), "--data", cli.data(), "--dry-run"))
                .as(cli.out + "\n" + cli.err).isZero();
        assertThat(cli.out.toString()).contains("2 行", "没有发现问题");
        assertThat(count()).isZero();

        assertThat(cli.run("import-sheet", sheet.toString(), "--data", cli.data())).as(cli.out + "\n" + cli.err)
                .isZero();
        assertThat(cli.out.toString()).contains("已导入 2 条隐患", "Imported 2 hazards");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void intoAnEmptyLedgerTheDryRunSaysWhichUnitsAndPeopleWillBeCreated() {
        Path sheet = dir.resolve("ledger.xlsx");
        assertThat(cli.run("export-sheet", "--data", source.toString(), "--out", sheet.toString()))
                .as(cli.err.toString()).isZero();
        Path empty = dir.resolve("empty");
        try (LedgerFixture ledger = new LedgerFixture(empty)) {
            ledger.setup.initialiseEmpty("长江机械厂", org.hazardledger.model.Industry.METALLURGY);
        }

        assertThat(cli.run("import-sheet", sheet.toString(), "--data", empty.toString(), "--dry-run"))
                .as(cli.out + "\n" + cli.err).isZero();
        assertThat(cli.out.toString()).containsPattern("系统中没有的单位（[1-9]\\d* 个，将新建")
                .containsPattern("系统中没有的人员（[1-9]\\d* 人，将新建").contains("没有发现问题");
    }

    @Test
    void aBadDateIsShownWithItsRowAndReportedAndNothingIsImported() throws IOException {
        Path sheet = dir.resolve("ledger.xlsx");
        assertThat(cli.run("export-sheet", "--data", source.toString(), "--out", sheet.toString()))
                .as(cli.err.toString()).isZero();
        // the second data row (Excel row 5) gets a date that is no date
        try (XSSFWorkbook wb = open(sheet)) {
            XSSFSheet s = wb.getSheetAt(0);
            Row row = s.getRow(4);
            row.getCell(LedgerField.FOUND_ON.ordinal()).setBlank();
            row.getCell(LedgerField.FOUND_ON.ordinal()).setCellValue("2026-13-01");
            try (OutputStream out = Files.newOutputStream(sheet)) {
                wb.write(out);
            }
        }
        Path report = dir.resolve("problems.xlsx");
        assertThat(cli.run("import-sheet", sheet.toString(), "--data", cli.data(), "--dry-run", "--report",
                report.toString())).isEqualTo(1);
        assertThat(cli.out.toString()).contains("第 5 行 排查时间 “2026-13-01”");
        assertThat(report).exists();
        try (XSSFWorkbook wb = open(report)) {
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("问题清单");
            assertThat(wb.getSheetAt(0).getRow(4).getCell(LedgerField.FOUND_ON.ordinal()).getCellComment())
                    .isNotNull();
        }

        assertThat(cli.run("import-sheet", sheet.toString(), "--data", cli.data())).isEqualTo(1);
        assertThat(cli.out.toString()).contains("没有导入任何隐患，台账未改动");
        assertThat(count()).isZero();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedClearly() throws IOException {
        Path junk = Files.write(dir.resolve("junk.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        assertThat(cli.run("import-sheet", junk.toString(), "--data", cli.data())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("错误", "junk.xlsx");
        assertThat(count()).isZero();
    }

    private int count() {
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            return ledger.sheets.count(HazardQuery.ALL);
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
