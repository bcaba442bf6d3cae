package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.RewardRow;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compliance calendar, the statistics and the reward ledger of the demo, written and read back. */
class DemoSheetsTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    @Test
    void calendarHasAPeriodPerRowWithRealDates() throws IOException {
        LedgerFixture demo = DemoLedger.shared();
        List<ComplianceEntry> entries = new ArrayList<>();
        for (OrgUnit u : demo.organisation.units()) {
            entries.addAll(demo.rounds.compliance(u.id(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 14)));
        }
        assertThat(entries).isNotEmpty();
        SheetTable table = CalendarSheet.table(entries, demo.sheets.enterpriseName(), "2026-06-01 至 2026-06-14", ZH);
        Path out = dir.resolve("calendar.xlsx");
        XlsxExport.write(out, List.of(table), Progress.NONE);
        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("排查执行日历");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("单位");
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(entries.size());
            ComplianceEntry first = entries.get(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(first.unitName());
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(3).getCell(2))).isTrue();
            assertThat(sheet.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(first.period().from());
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo(ZH.label(first.state()));
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(first.roundsHeld());
        }
    }

    @Test
    void statisticsHaveTheKeyFiguresAndEveryBreakdown() throws IOException {
        LedgerFixture demo = DemoLedger.shared();
        PeriodFigures figures = demo.statistics.period(StatisticsPeriod.quarter(2026, 2));
        List<SheetTable> tables = StatisticsSheet.tables(figures, demo.sheets.enterpriseName(), ZH);
        Path out = dir.resolve("statistics.xlsx");
        XlsxExport.write(out, tables, Progress.NONE);
        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("总体", "按整改层级", "按隐患类别", "按单位", "按隐患形态", "按隐患来源",
                    "按隐患等级", "排查执行情况");
            XSSFSheet summary = wb.getSheet("总体");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("隐患排查治理统计分析表 2026-Q2");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("发现隐患");
            assertThat(summary.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(figures.found());
            assertThat(summary.getRow(2).getCell(4).getStringCellValue()).isEqualTo("整改率");
            if (figures.rectificationRate() != null) {
                assertThat(summary.getRow(3).getCell(4).getNumericCellValue())
                        .isEqualTo(figures.rectificationRate().doubleValue());
                assertThat(summary.getRow(3).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
            }
            XSSFSheet tier = wb.getSheet("按整改层级");
            assertThat(tier.getRow(2).getCell(1).getStringCellValue()).isEqualTo("发现");
            int last = tier.getLastRowNum();
            assertThat(tier.getRow(last).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(tier.getRow(last).getCell(1).getNumericCellValue()).isEqualTo(figures.found());
            XSSFSheet compliance = wb.getSheet("排查执行情况");
            assertThat(compliance.getLastRowNum() - 2).isEqualTo(figures.complianceByTier().size() + 1);
        }
    }

    @Test
    void rewardsShowPayeesAsTheListDoesWithAmountsAndDates() throws IOException {
        LedgerFixture demo = DemoLedger.shared();
        List<RewardRow> rows = demo.campaign.rewards().list(null);
        SheetTable table = RewardSheet.table(rows, demo.sheets.enterpriseName(), "", ZH);
        Path out = dir.resolve("rewards.xlsx");
        XlsxExport.write(out, List.of(table), Progress.NONE);
        try (XSSFWorkbook wb = XlsxExportTest.open(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("奖励台账");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("受奖人");
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(rows.size());
            if (!rows.isEmpty()) {
                RewardRow first = rows.get(0);
                assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(first.proposal().number());
                assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo(first.proposal().payee());
                assertThat(sheet.getRow(3).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(sheet.getRow(3).getCell(8))).isTrue();
            }
        }
    }
}
