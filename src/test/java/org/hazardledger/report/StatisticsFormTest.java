package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardStatistics.Counts;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 隐患排查治理统计分析表 of the demo enterprise (today 2026-06-15), read back with PDFBox. */
class StatisticsFormTest {

    @TempDir
    Path dir;

    @Test
    void theQuarterTablePrintsTheFiguresTheStoreCounts() {
        LedgerFixture demo = DemoLedger.shared();
        HazardStatistics f = demo.statistics.figures(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        assertThat(f.total().found()).as("the demo has hazards in Q2").isPositive();

        PrintedForm form = demo.reports.print(new FormRequest.Statistics(2026, 2));
        String text = PdfChecks.compactText(form.pdf());

        assertThat(form.kind()).isEqualTo(FormKind.STATISTICS);
        assertThat(form.codes().get(0).format()).startsWith("TJ-2026-Q2/20260615/");
        assertThat(text).contains(DemoLedger.enterprise().name(), "隐患排查治理统计分析表", "（2026年第2季度）",
                "统计期间：2026年4月1日至2026年6月30日", "（期末状态截至2026年6月15日）");
        Counts t = f.total();
        assertThat(text).contains("排查发现隐患（项）" + t.found(), "本期整改（项）" + t.rectified(),
                "本期销号（项）" + t.closed(), "期末未销号（项）" + t.open(), "期末逾期未整改（项）" + t.overdue(),
                "重大隐患发现（项）" + f.major().found(), "重大隐患期末未销号（项）" + f.major().open(),
                "整改率（发现已销号）" + f.rectificationRate().toPlainString() + "%");
        // each of the four breakdowns ends with a total line equal to the table's totals
        String totalLine = "合计" + t.found() + t.rectified() + t.closed() + t.open() + t.overdue();
        assertThat(text.split(totalLine, -1)).hasSize(5);
        assertThat(text).contains("二、按整改层级统计", "三、按单位统计", "四、按隐患类别统计", "五、按隐患等级统计",
                "六、分析", "整改率为" + f.rectificationRate().toPlainString() + "%",
                "隐患最多的类别是“" + f.topCategory().nameZh() + "”");
        assertThat(text).contains("填表人（签字）：", "安全管理部门负责人（签字）：", "主要负责人（签字）：",
                "报送期限：2026年7月15日", "表号HL-08");
        PdfChecks.assertFontsEmbedded(form.pdf());
        PdfChecks.assertPdfA2b(form.pdf());
    }

    @Test
    void theFirstQuarterIsDueInAprilAndTheYearInJanuary() {
        LedgerFixture demo = DemoLedger.shared();
        HazardStatistics q1 = demo.statistics.figures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        String quarter = PdfChecks.compactText(demo.reports.print(new FormRequest.Statistics(2026, 1)).pdf());
        assertThat(quarter).contains("（2026年第1季度）", "报送期限：2026年4月15日",
                "排查发现隐患（项）" + q1.total().found(), "期末逾期未整改（项）" + q1.total().overdue())
                .doesNotContain("期末状态截至");

        PrintedForm year = demo.reports.print(new FormRequest.Statistics(2026, null));
        assertThat(year.codes().get(0).format()).startsWith("TJ-2026/");
        assertThat(PdfChecks.compactText(year.pdf())).contains("（2026年度）", "报送期限：2027年1月31日");
    }

    @Test
    void aQuarterWithoutHazardsPrintsZeros() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            ledger.initialiseSmall();
            PrintedForm form = ledger.reports.print(new FormRequest.Statistics(2026, 2));
            String text = PdfChecks.compactText(form.pdf());

            assertThat(text).contains("排查发现隐患（项）0", "期末未销号（项）0", "整改率（发现已销号）—",
                    "整改资金（本期销号）0.00元", "合计00000", "本期未排查发现隐患", "报送期限：2026年7月15日");
            PdfChecks.assertFontsEmbedded(form.pdf());
            PdfChecks.assertPdfA2b(form.pdf());
        }
    }
}
