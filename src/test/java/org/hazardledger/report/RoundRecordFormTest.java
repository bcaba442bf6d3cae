package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundRow;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 隐患排查巡查记录 of one round, read back from the PDF. */
class RoundRecordFormTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    @TempDir
    Path dir;

    @Test
    void aDemoRoundWithFindingsPrintsEveryItemItsInspectorsAndTheHazardsRegistered() {
        LedgerFixture demo = DemoLedger.shared();
        RoundRow row = demo.rounds.rounds(null, LocalDate.of(2024, 1, 1), LedgerFixture.TODAY).stream()
                .filter(r -> r.hazardCount() > 0 && r.failedCount() > 0).findFirst().orElseThrow();
        InspectionRound round = demo.rounds.round(row.id());
        OrgUnit unit = demo.organisation.units().stream().filter(u -> u.id().equals(round.unitId())).findFirst()
                .orElseThrow();

        PrintedForm form = demo.reports.print(new FormRequest.RoundRecord(row.id()));

        assertThat(form.kind()).isEqualTo(FormKind.ROUND_RECORD);
        String subject = "XJ-" + DateTimeFormatter.BASIC_ISO_DATE.format(round.heldOn()) + "-" + unit.code();
        assertThat(form.codes()).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo(subject));
        String text = PdfChecks.compactText(form.pdf());
        assertThat(text).contains("隐患排查巡查记录", DemoLedger.enterprise().name(),
                "编号：" + subject, "检查日期" + CHINESE_DATE.format(round.heldOn()), "被检查单位", unit.name() + "（" + unit.code() + "）",
                "检查层级", "检查人", compact(row.inspectorNames()), "检查表",
                round.checklistCode() + "，第" + round.checklistVersion() + "版",
                "序号", "检查项目", "结果", "说明", "不合格", "登记的隐患",
                "检查人（签字）：", "被检查单位负责人（签字）：", "表号HL-10", "核验码" + subject);
        for (RoundItemResult item : round.results()) {
            assertThat(text).contains(compact(item.itemText()));
            if (item.note() != null) {
                assertThat(text).contains(compact(item.note()));
            }
        }
        for (UUID hazard : round.hazardIds()) {
            assertThat(text).contains(demo.hazards.details(hazard).orElseThrow().hazard().number().toString());
        }
        long failed = round.results().stream().filter(r -> r.answer() == RoundAnswer.FAILED).count();
        assertThat(text).contains("共" + round.results().size() + "项：正常" + (round.results().size() - failed
                - round.results().stream().filter(r -> r.answer() == RoundAnswer.NOT_APPLICABLE).count())
                + "项，不合格" + failed + "项");
        PdfChecks.assertFontsEmbedded(form.pdf());
        PdfChecks.assertPdfA2b(form.pdf());
    }

    @Test
    void itemsNotStoredPrintAsOkAndNotApplicableNotesAndTheRoundNotePrintAsEntered() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            LedgerFixture.SmallEnterprise e = ledger.initialiseSmall();
            Checklist list = ledger.rounds.checklistFor(e.team().id());
            assertThat(list.items()).hasSizeGreaterThan(2);
            List<RoundItemResult> results = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                RoundItemResult ok = RoundItemResult.ok(list.items().get(i));
                results.add(i == 0 ? ok.withAnswer(RoundAnswer.FAILED, "消防通道堆放纸箱")
                        : i == 1 ? ok.withAnswer(RoundAnswer.NOT_APPLICABLE, "本班无此设备") : ok);
            }
            InspectionRound round = ledger.rounds.record(new RoundDraft(e.team().id(), LocalDate.of(2026, 6, 10),
                    List.of(e.leader().id(), e.worker().id()), list.code(), results, "交接班前检查，现场已督促清理"));

            PrintedForm form = ledger.reports.print(new FormRequest.RoundRecord(round.id()));

            String text = PdfChecks.compactText(form.pdf());
            assertThat(text).contains("测试化工有限公司", "一厂/合成车间/甲班（P1-W1-T1）", "班组", "2026年6月10日",
                    "李建国、王小明", compact(list.name()), "不合格消防通道堆放纸箱", "不适用本班无此设备",
                    "交接班前检查，现场已督促清理", "登记的隐患无",
                    "共" + list.items().size() + "项：正常" + (list.items().size() - 2) + "项，不合格1项，不适用1项");
            // only the two answers not OK are stored; every other item prints as OK in its row
            for (int i = 2; i < list.items().size(); i++) {
                assertThat(text).contains((i + 1) + compact(list.items().get(i).text()) + "正常");
            }
            assertThat(text).contains("1" + compact(list.items().get(0).text()) + "不合格消防通道堆放纸箱");
            assertThat(form.codes().get(0).subject()).isEqualTo("XJ-20260610-P1-W1-T1");
        }
    }

    @Test
    void anUnknownRoundIsRefusedClearly() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            ledger.initialiseSmall();
            assertThatThrownBy(() -> ledger.reports.print(new FormRequest.RoundRecord(UUID.randomUUID())))
                    .isInstanceOfSatisfying(DomainException.class,
                            ex -> assertThat(ex.messageKey()).isEqualTo("error.round.notFound"));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
