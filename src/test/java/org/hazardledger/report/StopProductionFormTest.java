package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.Test;

/**
 * The urgent union recommendations of the demo, read back from the PDF: 停产整改建议书 and, from
 * the same template, 撤离建议书; both due the day they are delivered.
 */
class StopProductionFormTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private final LedgerFixture demo = DemoLedger.shared();

    @Test
    void aStopProductionRecommendationAsksToStopAndRectifyAndIsDueTheDayItIsDelivered() {
        UnionRecordRow row = first(UnionRecordKind.STOP_PRODUCTION, true);
        PrintedForm form = demo.reports.print(new FormRequest.UnionForm(row.record().number()));

        assertThat(form.kind()).isEqualTo(FormKind.STOP_PRODUCTION);
        assertThat(form.title()).isEqualTo("停产整改建议书 " + row.record().number());
        String text = PdfChecks.compactText(form.pdf());
        String delivered = CHINESE_DATE.format(row.record().deliveredOn());
        assertThat(row.due()).isEqualTo(row.record().deliveredOn());
        assertThat(text).contains("特急", "停产整改建议书", DemoLedger.enterprise().name(),
                "编号：" + row.record().number(), "危及职工生命安全", "立即停止相关生产作业",
                "立即作出处理，并于送达当日（" + delivered + "）", compact(row.record().findings()),
                compact(row.record().recommendation()), "工会（盖章）", "劳动保护监督检查员（签字）：",
                "回执", "企业签收人（签字）：", "企业答复意见", compact(row.record().answer()), "表号HL-04")
                .contains(row.hazardNumbers())
                .doesNotContain("撤离建议书", "撤离危险场所", "个工作日", "null");
    }

    @Test
    void anEvacuationRecommendationIsTitledAndWordedAsSuchOnTheSameForm() {
        UnionRecordRow row = first(UnionRecordKind.EVACUATION, true);
        PrintedForm form = demo.reports.print(new FormRequest.UnionForm(row.record().number()));

        assertThat(form.kind()).isEqualTo(FormKind.STOP_PRODUCTION);
        assertThat(form.title()).isEqualTo("撤离建议书 " + row.record().number());
        String text = PdfChecks.compactText(form.pdf());
        assertThat(text).contains("撤离建议书", "立即组织从业人员撤离危险场所", "特急",
                "送达当日（" + CHINESE_DATE.format(row.record().deliveredOn()) + "）", "《撤离建议书》（编号：")
                .contains(row.hazardNumbers())
                .doesNotContain("停产整改建议书", "立即停止相关生产作业");
    }

    @Test
    void anUnansweredRecommendationLeavesTheAnswerBoxForTheEnterprise() {
        UnionRecordRow row = first(UnionRecordKind.STOP_PRODUCTION, false);
        String text = PdfChecks.compactText(demo.reports.print(new FormRequest.UnionForm(row.record().number())).pdf());

        assertThat(text).contains("企业答复意见企业签收人（签字）：").doesNotContain("答复）");
    }

    @Test
    void bothKindsArePdfA2bWithEveryFontEmbedded() {
        for (UnionRecordKind kind : new UnionRecordKind[] {UnionRecordKind.STOP_PRODUCTION, UnionRecordKind.EVACUATION}) {
            PrintedForm form = demo.reports.print(new FormRequest.UnionForm(first(kind, true).record().number()));
            PdfChecks.assertFontsEmbedded(form.pdf());
            PdfChecks.assertPdfA2b(form.pdf());
        }
    }

    private UnionRecordRow first(UnionRecordKind kind, boolean answered) {
        return demo.union.list(new UnionQuery(false, kind, null)).stream()
                .filter(r -> (r.record().answer() != null) == answered).findFirst().orElseThrow();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
