package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.LedgerField;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-sheet --what ledger|calendar|statistics|rewards} as a user runs it. */
class ExportSheetCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void ledgerWithTwoHazards() {
        cli = new CliHarness(dir);
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            LedgerFixture.SmallEnterprise e = ledger.initialiseSmall();
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(40));
        }
    }

    @Test
    void theLedgerWithItsFilters() throws IOException {
        Path out = dir.resolve("out").resolve("台账.xlsx");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", out.toString())).as(cli.err.toString())
                .isZero();
        assertThat(cli.out.toString()).contains("已写入", "2 行", "Wrote", "2 rows");
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("隐患排查治理台账");
            assertThat(sheet.getRow(2).getCell(LedgerField.FOUND_ON.ordinal()).getStringCellValue())
                    .isEqualTo("排查时间");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(3).getCell(LedgerField.FOUND_ON.ordinal()))).isTrue();
        }

        Path overdue = dir.resolve("overdue.xlsx");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", overdue.toString(), "--overdue",
                "--tier", "班组", "--lang", "en")).as(cli.err.toString()).isZero();
        try (XSSFWorkbook wb = open(overdue)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Overdue only", "Rectifying tier");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Hazard number");
        }
    }

    @Test
    void calendarStatisticsAndRewards() throws IOException {
        Path calendar = dir.resolve("calendar.xlsx");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", calendar.toString(), "--what", "calendar",
                "--from", "2026-06-01", "--to", "2026-06-14")).as(cli.err.toString()).isZero();
        try (XSSFWorkbook wb = open(calendar)) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("单位");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(2);
        }

        Path statistics = dir.resolve("statistics.xlsx");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", statistics.toString(), "--what",
                "statistics", "--quarter", "2026Q2")).as(cli.err.toString()).isZero();
        try (XSSFWorkbook wb = open(statistics)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
            assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getNumericCellValue()).isEqualTo(2.0);
        }

        Path rewards = dir.resolve("rewards.xlsx");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", rewards.toString(), "--what", "rewards",
                "--year", "2026")).as(cli.err.toString()).isZero();
        try (XSSFWorkbook wb = open(rewards)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("2026 年");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("编号");
        }
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("never.xlsx");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", out.toString(), "--what", "statistics"))
                .isEqualTo(1);
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", out.toString(), "--what", "calendar",
                "--from", "2026-06-14", "--to", "2026-06-01")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("请同时给出 --from 和 --to", "Give both --from and --to");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", out.toString(), "--unit", "没有这个单位"))
                .isEqualTo(1);
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        assertThat(cli.run("export-sheet", "--data", cli.data(), "--out", plain.resolve("x.xlsx").toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("无法写入文件", "Cannot write the file", "x.xlsx");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("never.xlsx");
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
