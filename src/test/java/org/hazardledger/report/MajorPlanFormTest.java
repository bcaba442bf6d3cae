package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardledger.report.HazardFormChecks.date;
import static org.hazardledger.report.HazardFormChecks.find;
import static org.hazardledger.report.HazardFormChecks.print;
import static org.hazardledger.report.MajorReportFormTest.compact;

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

/** The 重大隐患治理方案: from the demo ledger (read only) and from a small ledger made for the case. */
class MajorPlanFormTest {

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
    void anApprovedPlanPrintsItsSixItemsAndThePrincipalsApproval() {
        LedgerFixture demo = DemoLedger.shared();
        HazardDetails d = find(demo, HazardFormChecks.majors(), x -> x.hazard().handling().planApprovedOn() != null
                && demo.majorHazards.file(x.hazard().id()).map(MajorHazardFile::planComplete).orElse(false));
        MajorHazardFile.Plan plan = demo.majorHazards.file(d.hazard().id()).orElseThrow().plan();

        byte[] pdf = print(demo, FormKind.MAJOR_PLAN, d.hazard().number().toString());

        String text = HazardFormChecks.text(pdf);
        assertThat(text).contains("重大隐患治理方案", d.enterpriseName(), "编号：" + d.hazard().number(),
                "一、治理的目标和任务" + compact(plan.goalAndTasks()),
                "二、采取的方法和措施" + compact(plan.methodsAndMeasures()),
                "三、经费和物资的落实" + compact(plan.fundsAndMaterials()),
                "四、负责治理的机构和人员" + compact(plan.organisationAndResponsible()),
                "五、治理的时限和要求" + compact(plan.timeLimitAndRequirements()),
                "六、安全措施和应急预案" + compact(plan.safetyAndEmergency()),
                "批准人" + compact(d.hazard().handling().planApprovedBy()),
                "批准日期" + date(d.hazard().handling().planApprovedOn()), "批准人（签字）：")
                .doesNotContain("null");
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertPdfA2b(pdf);
    }

    @Test
    void aPlanNotWrittenYetPrintsEmptyNumberedBlocks() {
        small = new LedgerFixture(dir);
        Hazard h = HazardFormChecks.registerMajor(small, small.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));

        byte[] pdf = print(small, FormKind.MAJOR_PLAN, h.number().toString());

        assertThat(HazardFormChecks.text(pdf)).contains("一、治理的目标和任务二、采取的方法和措施", "六、安全措施和应急预案批准人",
                "批准日期年月日", "批准人（签字）：").doesNotContain("null");
        assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
    }

    @Test
    void aLongPlanItemFlowsOntoTheNextPageAndIsPrintedInFull() {
        small = new LedgerFixture(dir);
        Hazard h = HazardFormChecks.registerMajor(small, small.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        String longText = "停车期间设警戒区，撤出无关人员，备应急预案，消防车现场待命。".repeat(60) + "预案到此结束";
        small.majorHazards.recordPlan(h.id(), 0, new MajorHazardFile.Plan("消除超压风险", "停车更换安全阀并检定",
                "经费5万元", "设备科牵头", "6月30日前完成", longText));

        byte[] pdf = print(small, FormKind.MAJOR_PLAN, h.number().toString());

        assertThat(PdfChecks.pages(pdf)).isGreaterThan(1);
        String text = HazardFormChecks.text(pdf);
        assertThat(text).contains("重大隐患治理方案（续）", "批准人（签字）：", "共" + PdfChecks.pages(pdf) + "页");
        assertThat(HazardFormChecks.body(text, "重大隐患治理方案")).contains(longText);
    }

    @Test
    void aGeneralHazardHasNoTreatmentPlan() {
        LedgerFixture demo = DemoLedger.shared();
        String number = find(demo, HazardFormChecks.generals(), x -> true).hazard().number().toString();

        assertThatThrownBy(() -> print(demo, FormKind.MAJOR_PLAN, number))
                .isInstanceOfSatisfying(DomainException.class, x -> {
                    assertThat(x.messageKey()).isEqualTo("error.report.notMajor");
                    assertThat(x.args()).containsExactly(FormKind.MAJOR_PLAN.labelKey(), number);
                });
    }

    @Test
    void anUnknownNumberIsRefused() {
        assertThatThrownBy(() -> print(DemoLedger.shared(), FormKind.MAJOR_PLAN, "YH-2020-01-0001"))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.hazard.notFound"));
    }
}
