package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardledger.report.HazardFormChecks.date;
import static org.hazardledger.report.HazardFormChecks.find;
import static org.hazardledger.report.HazardFormChecks.print;

import java.nio.file.Path;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 重大隐患报告表: from the demo ledger (read only) and from a small ledger made for the case. */
class MajorReportFormTest {

    @TempDir
    Path dir;

    private LedgerFixture small;

    @AfterEach
    void close() {
        if (small != null) {
            small.close();
        }
    }

    @Test
    void aReportedMajorHazardPrintsItsThreePartsSafeguardsAndTheDepartment() {
        LedgerFixture demo = DemoLedger.shared();
        HazardDetails d = find(demo, HazardFormChecks.majors(), x -> demo.majorHazards.file(x.hazard().id())
                .map(f -> f.report() != null && f.departmentReport() != null).orElse(false));
        MajorHazardFile file = demo.majorHazards.file(d.hazard().id()).orElseThrow();

        byte[] pdf = print(demo, FormKind.MAJOR_REPORT, d.hazard().number().toString());

        String text = HazardFormChecks.text(pdf);
        assertThat(text).contains("重大隐患报告表", d.enterpriseName(), "编号：" + d.hazard().number(),
                date(d.hazard().registration().foundOn()), "重大隐患",
                "一、隐患的现状及其产生原因" + compact(file.report().presentStateAndCause()),
                "二、隐患的危害程度和整改难易程度分析" + compact(file.report().harmAndDifficulty()),
                "三、隐患的治理方案" + compact(file.report().planSummary()),
                date(file.departmentReport().reportedOn()) + "报送" + compact(file.departmentReport().department()),
                "安全防范措施", "设置警示标志", "撤出作业人员", "停止使用", "整改前照片",
                "主要负责人（签字）：", "单位（盖章）", "年月日")
                .doesNotContain("null");
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertPdfA2b(pdf);
    }

    @Test
    void theCitedCriterionAndTickedSafeguardsArePrinted() {
        small = new LedgerFixture(dir);
        LedgerFixture.SmallEnterprise e = small.initialiseSmall();
        Hazard h = HazardFormChecks.registerMajor(small, e, LedgerFixture.TODAY.minusDays(3));
        small.majorHazards.setSafeguards(h.id(), 0, new MajorHazardFile.Safeguards(true, false, true, "塔区拉警戒线"));

        String text = HazardFormChecks.text(print(small, FormKind.MAJOR_REPORT, h.number().toString()));

        assertThat(text).contains("判定依据CHEM-03", "√设置警示标志□撤出作业人员√停止使用；塔区拉警戒线",
                "重大隐患（需全部或局部停产停业并经过一定时间整改治理）");
    }

    @Test
    void aLongReportFlowsOntoTheNextPageAndIsPrintedInFull() {
        small = new LedgerFixture(dir);
        LedgerFixture.SmallEnterprise e = small.initialiseSmall();
        Hazard h = HazardFormChecks.registerMajor(small, e, LedgerFixture.TODAY.minusDays(3));
        String longText = "塔顶安全阀起跳压力设定错误，检定漏项，超压时无法及时泄放。".repeat(50) + "现状到此结束";
        small.majorHazards.recordReport(h.id(), 0, new MajorHazardFile.Report(longText, "可致爆炸", "停车更换"));

        byte[] pdf = print(small, FormKind.MAJOR_REPORT, h.number().toString());

        assertThat(PdfChecks.pages(pdf)).isGreaterThan(1);
        String text = HazardFormChecks.text(pdf);
        assertThat(text).contains("重大隐患报告表（续）", "主要负责人（签字）：", "共" + PdfChecks.pages(pdf) + "页");
        assertThat(HazardFormChecks.body(text, "重大隐患报告表")).contains(longText);
    }

    @Test
    void aGeneralHazardHasNoMajorReport() {
        LedgerFixture demo = DemoLedger.shared();
        HazardDetails general = find(demo, HazardFormChecks.generals(), x -> true);
        String number = general.hazard().number().toString();

        assertThatThrownBy(() -> print(demo, FormKind.MAJOR_REPORT, number))
                .isInstanceOfSatisfying(DomainException.class, x -> {
                    assertThat(x.messageKey()).isEqualTo("error.report.notMajor");
                    assertThat(x.args()).containsExactly(FormKind.MAJOR_REPORT.labelKey(), number);
                });
    }

    @Test
    void anUnknownNumberIsRefused() {
        assertThatThrownBy(() -> print(DemoLedger.shared(), FormKind.MAJOR_REPORT, "YH-2020-01-0001"))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.hazard.notFound"));
    }

    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
