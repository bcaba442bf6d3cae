package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardBriefing;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 职代会隐患通报 of the demo enterprise for 2026 up to today (15 June), read back with PDFBox. */
class CongressBriefingFormTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 15);

    @TempDir
    Path dir;

    @Test
    void theBriefingTellsTheFiguresTheMajorAndTheOverdueHazards() {
        LedgerFixture demo = DemoLedger.shared();
        HazardBriefing b = demo.statistics.briefing(FROM, TO);
        HazardStatistics f = b.figures();
        assertThat(b.majorHazards()).as("the demo has major hazards").isNotEmpty();

        PrintedForm form = demo.reports.print(new FormRequest.Briefing(FROM, TO));
        String text = PdfChecks.compactText(form.pdf());

        assertThat(form.kind()).isEqualTo(FormKind.CONGRESS_BRIEFING);
        assertThat(form.codes().get(0).format()).startsWith("TB-20260101-20260615/20260615/");
        assertThat(text).contains(DemoLedger.enterprise().name(), "关于隐患排查治理情况的通报",
                "（统计期间：2026年1月1日至2026年6月15日）",
                "全企业共排查发现隐患" + f.total().found() + "项，其中重大隐患" + f.major().found() + "项",
                "销号" + f.total().closed() + "项",
                "尚有" + f.total().open() + "项隐患未销号，其中" + f.total().overdue() + "项已超过整改期限");
        HazardRow major = b.majorHazards().get(0);
        assertThat(text).contains("一、重大隐患及治理情况", major.number(), "二、逾期未整改的隐患",
                "三、工会整改建议和停产整改建议", "12350", "企业安全生产管理部门（盖章）", "企业工会（盖章）",
                "2026年6月15日", "表号HL-09");
        if (!b.overdue().isEmpty()) {
            HazardRow overdue = b.overdue().get(0);
            assertThat(text).contains(overdue.number());
        }
        // reporters are protected: the briefing names no finder, not even as "anonymous"
        assertThat(text).doesNotContain("发现人", "匿名", "举报人：");
        PdfChecks.assertFontsEmbedded(form.pdf());
        PdfChecks.assertPdfA2b(form.pdf());
    }

    @Test
    void aQuietPeriodSaysSoInEveryList() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            ledger.initialiseSmall();
            PrintedForm form = ledger.reports.print(new FormRequest.Briefing(LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 6, 30)));
            String text = PdfChecks.compactText(form.pdf());

            assertThat(form.codes().get(0).format()).startsWith("TB-20260401-20260630/");
            assertThat(text).contains("全企业共排查发现隐患0项", "本期没有重大隐患。", "没有逾期未整改的隐患。",
                    "本期工会未提出整改建议或停产整改建议。");
            PdfChecks.assertPdfA2b(form.pdf());
        }
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        LedgerFixture demo = DemoLedger.shared();
        assertThatThrownBy(() -> demo.reports.print(new FormRequest.Briefing(TO, FROM)))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.statistics.period"));
    }
}
