package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工会劳动保护监督检查整改建议书 of the demo's proposals, read back from the PDF. */
class UnionProposalFormTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    @TempDir
    Path dir;

    private final LedgerFixture demo = DemoLedger.shared();

    @Test
    void anAnsweredProposalPrintsItsNumberHazardsDeadlineSignaturesAndTheAnswerInTheReceipt() {
        UnionRecordRow row = proposal(true);
        PrintedForm form = demo.reports.print(new FormRequest.UnionForm(row.record().number()));

        assertThat(form.kind()).isEqualTo(FormKind.UNION_PROPOSAL);
        assertThat(form.title()).isEqualTo("工会劳动保护监督检查整改建议书 " + row.record().number());
        assertThat(form.codes()).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo(row.record().number()));
        String text = PdfChecks.compactText(form.pdf());
        assertThat(text).contains("工会劳动保护监督检查整改建议书", DemoLedger.enterprise().name(),
                "编号：" + row.record().number(), DemoLedger.enterprise().name() + "：",
                "检查发现的问题", compact(row.record().findings()), "整改建议", compact(row.record().recommendation()),
                "涉及的事故隐患", "隐患编号", "单位及部位", "等级", "状态",
                "送达日期" + CHINESE_DATE.format(row.record().deliveredOn()),
                "请贵单位于" + CHINESE_DATE.format(row.due()) + "前（送达次日起" + row.record().replyDays() + "个工作日内",
                "工会（盖章）", "劳动保护监督检查员（签字）：", "年　　　月　　　日",
                "回执", "企业签收人（签字）：", "企业答复意见", compact(row.record().answer()),
                CHINESE_DATE.format(row.record().answeredOn()) + "答复",
                "表号HL-03");
        for (String number : row.hazardNumbers()) {
            HazardDetails d = demo.hazards.details(number).orElseThrow();
            assertThat(text).contains(number, compact(d.unitPath()), compact(d.hazard().registration().place()));
        }
        assertThat(text).doesNotContain("null", "停产整改建议书", "撤离建议书", "特急");
    }

    @Test
    void anOpenProposalLeavesTheAnswerBoxEmptyAndNamesItsIssuingUnion() {
        UnionRecordRow row = proposal(false);
        PrintedForm form = demo.reports.print(new FormRequest.UnionForm(row.record().number()));

        String text = PdfChecks.compactText(form.pdf());
        assertThat(text).contains("企业答复意见企业签收人（签字）：").doesNotContain("答复）");
        if (row.issuerUnitName() != null) {
            // a unit's body: 合成车间 + 车间分会 = 合成车间分会
            assertThat(text).contains(row.issuerUnitName());
        }
    }

    @Test
    void theProposalIsPdfA2bWithEveryFontEmbedded() {
        PrintedForm form = demo.reports.print(new FormRequest.UnionForm(proposal(true).record().number()));

        PdfChecks.assertFontsEmbedded(form.pdf());
        PdfChecks.assertPdfA2b(form.pdf());
        assertThat(form.pages()).isEqualTo(PdfChecks.pages(form.pdf()));
    }

    @Test
    void anUnknownNumberIsRefusedClearly() {
        assertThatThrownBy(() -> demo.reports.print(new FormRequest.UnionForm("GH-2019-0999")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.union.numberUnknown");
                    assertThat(e.args()).containsExactly("GH-2019-0999");
                });
    }

    @Test
    void longFindingsFlowOntoASecondPageUnderARunningHeaderAndArePrintedInFull() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            LedgerFixture.SmallEnterprise e = ledger.initialiseSmall();
            Hazard valve = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(5));
            String findings = "进料阀法兰渗漏，积液未及时清理，现场未设置警示标识，操作人员未佩戴防护用品。".repeat(50)
                    + "以上情况到此为止";
            assertThat(findings.length()).isLessThanOrEqualTo(UnionRecordDraft.MAX_TEXT);
            ledger.signIn("赵工会", AccountRole.UNION_MEMBER, e.workshop());
            String number = ledger.union.issue(new UnionRecordDraft(UnionRecordKind.PROPOSAL,
                    List.of(valve.number().toString()), LedgerFixture.TODAY, LedgerFixture.TODAY, findings,
                    "立即更换垫片并清理积液")).number();

            PrintedForm form = ledger.reports.print(new FormRequest.UnionForm(number));

            assertThat(form.pages()).isGreaterThan(1);
            String text = PdfChecks.compactText(form.pdf());
            assertThat(text).contains("合成车间分会", "工会劳动保护监督检查整改建议书（续）编号：" + number,
                    "共" + form.pages() + "页", "回执", valve.number().toString());
            String body = text.replaceAll("核验码GH-[-0-9A-F/]+", "").replaceAll("表号HL-\\d+　第\\d+页，共\\d+页", "")
                    .replace("工会劳动保护监督检查整改建议书（续）编号：" + number, "").replace("检查发现的问题", "");
            assertThat(body).contains(findings);
            // the signature block is never split from itself: its lines stay together on the last page
            assertThat(PdfChecks.pageText(form.pdf(), form.pages() - 1).replaceAll("\\s+", ""))
                    .contains("工会（盖章）", "劳动保护监督检查员（签字）：");
        }
    }

    private UnionRecordRow proposal(boolean answered) {
        return demo.union.list(new UnionQuery(!answered, UnionRecordKind.PROPOSAL, null)).stream()
                .filter(r -> (r.record().answer() != null) == answered).findFirst().orElseThrow();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
