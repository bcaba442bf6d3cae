package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardledger.report.HazardFormChecks.date;
import static org.hazardledger.report.HazardFormChecks.find;
import static org.hazardledger.report.HazardFormChecks.imagesOnPage1;
import static org.hazardledger.report.HazardFormChecks.photo;
import static org.hazardledger.report.HazardFormChecks.print;
import static org.hazardledger.report.HazardFormChecks.withStatus;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Handling;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Registration;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 隐患治理销号单: from the demo ledger (read only) and from a small ledger made for the case. */
class ClosureFormTest {

    private static final LocalDate FOUND_ON = LedgerFixture.TODAY.minusDays(5);

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
    void aClosedHazardSignedOffByTheUnionPrintsEveryStepWithItsPeopleAndDates() {
        LedgerFixture demo = DemoLedger.shared();
        HazardDetails d = find(demo, withStatus(HazardStatus.CLOSED), x -> x.hazard().handling().signedOffBy() != null
                && !x.hazard().registration().anonymous());
        Hazard h = d.hazard();
        Handling handling = h.handling();
        Outcome o = h.outcome();

        byte[] pdf = print(demo, FormKind.CLOSURE, h.number().toString());

        String text = HazardFormChecks.text(pdf);
        assertThat(text).contains("隐患治理销号单", d.enterpriseName(), "编号：" + h.number(), d.finderName(),
                d.responsibleName(), date(h.registration().foundOn()), date(h.rectification().deadline()),
                "四、验收", "验收结论" + o.acceptanceResult().replaceAll("\\s+", ""),
                "验收人（签字）" + handling.acceptedBy().replaceAll("\\s+", ""), "验收日期" + date(o.acceptedOn()),
                "五、工会签字监督确认", "监督人（签字）" + handling.signedOffBy().replaceAll("\\s+", ""),
                "签字日期" + date(handling.signedOffOn()),
                "六、销号", "销号人（签字）" + handling.closedBy().replaceAll("\\s+", ""), "销号日期" + date(o.closedOn()),
                "完成日期" + date(o.rectifiedOn()), "工会")
                .doesNotContain("null");
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertPdfA2b(pdf);
    }

    @Test
    void theDemoPhotosBeforeAndAfterAreDrawnSideBySide() {
        LedgerFixture demo = DemoLedger.shared();
        HazardDetails d = find(demo, withStatus(HazardStatus.CLOSED), x -> demo.attachments
                .list(AttachmentOwnerKind.HAZARD, x.hazard().id()).stream().anyMatch(a -> a.kind() == AttachmentKind.AFTER));

        byte[] pdf = print(demo, FormKind.CLOSURE, d.hazard().number().toString());

        assertThat(imagesOnPage1(pdf)).isGreaterThanOrEqualTo(2);
        assertThat(HazardFormChecks.text(pdf)).contains("整改前照片", "整改后照片").doesNotContain("无照片", "照片缺失");
        PdfChecks.assertPdfA2b(pdf);
    }

    @Test
    void aHazardStillBeingRectifiedPrintsEmptyBlocksToFillInByHand() {
        LedgerFixture demo = DemoLedger.shared();
        HazardDetails d = find(demo, withStatus(HazardStatus.RECTIFYING), x -> true);

        byte[] pdf = print(demo, FormKind.CLOSURE, d.hazard().number().toString());

        String text = HazardFormChecks.text(pdf);
        assertThat(text).contains("编号：" + d.hazard().number(), "验收人（签字）验收日期年月日",
                "监督人（签字）监督意见", "销号人（签字）销号日期年月日", "签字日期年月日")
                .doesNotContain("七、复查", "null");
        assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
    }

    @Test
    void photosAreScaledIntoTheirCellsAndAMissingFileSaysSoWithoutFailingTheForm() throws Exception {
        small = new LedgerFixture(dir);
        SmallEnterprise e = small.initialiseSmall();
        Hazard h = small.registerAssigned(e, FOUND_ON);
        small.attachments.attach(AttachmentOwnerKind.HAZARD, h.id(), AttachmentKind.BEFORE, photo(Color.ORANGE), "泄漏.jpg");
        Attachment lost = small.attachments.attach(AttachmentOwnerKind.HAZARD, h.id(), AttachmentKind.BEFORE,
                photo(Color.RED), "泄漏近景.jpg");
        Files.delete(small.store.attachmentFiles().path(lost.sha256()));

        byte[] pdf = print(small, FormKind.CLOSURE, h.number().toString());

        assertThat(imagesOnPage1(pdf)).isEqualTo(1);
        assertThat(HazardFormChecks.text(pdf)).contains("照片缺失", "无照片");
        PdfChecks.assertPdfA2b(pdf);
    }

    @Test
    void anAnonymousFinderAndARecheckArePrinted() {
        small = new LedgerFixture(dir);
        SmallEnterprise e = small.initialiseSmall();
        HazardDraft named = e.leakingValve(FOUND_ON);
        Registration r = named.registration();
        Hazard h = small.hazards.register(new HazardDraft(new Registration(r.unitId(), r.place(), r.foundOn(), null, true,
                r.source(), r.category(), r.form(), r.description()), named.grading()));
        h = small.hazards.perform(h.id(), h.revision(), new HazardCommand.Assign(e.replaceGasket(FOUND_ON), null));
        h = small.hazards.perform(h.id(), h.revision(), new HazardCommand.ReportRectified(FOUND_ON.plusDays(1), "已更换垫片"));
        h = small.hazards.perform(h.id(), h.revision(), new HazardCommand.Accept(FOUND_ON.plusDays(2), "合格"));
        small.signIn("工会代表", AccountRole.UNION_MEMBER, e.team());
        h = small.hazards.perform(h.id(), h.revision(), new HazardCommand.SignOff(FOUND_ON.plusDays(3), "同意销号"));
        small.signIn("安全员", AccountRole.CLERK, null);
        h = small.hazards.perform(h.id(), h.revision(), new HazardCommand.Close(FOUND_ON.plusDays(3)));
        h = small.hazards.perform(h.id(), h.revision(),
                new HazardCommand.RecheckPass(FOUND_ON.plusDays(4), e.director().id(), "复查无渗漏"));

        String text = HazardFormChecks.text(print(small, FormKind.CLOSURE, h.number().toString()));

        assertThat(text).contains("发现人匿名", "整改情况及佐证已更换垫片", "验收结论合格", "监督意见同意销号",
                "监督工会班组工会", "监督人（签字）工会代表", "销号人（签字）安全员", "七、复查", "复查人张伟", "复查日期2026年6月14日", "复查结论复查无渗漏")
                .doesNotContain("王小明");
    }

    @Test
    void aLongDescriptionFlowsOntoTheNextPageAndIsPrintedInFull() {
        small = new LedgerFixture(dir);
        SmallEnterprise e = small.initialiseSmall();
        Registration r = e.leakingValve(FOUND_ON).registration();
        String longText = "储罐区防火堤内排水阀常开，雨水与泄漏物料可经排水沟直接流出罐区。".repeat(60) + "描述到此结束";
        Hazard h = small.hazards.register(new HazardDraft(new Registration(r.unitId(), r.place(), r.foundOn(),
                r.finderId(), false, r.source(), r.category(), r.form(), longText), e.leakingValve(FOUND_ON).grading()));

        byte[] pdf = print(small, FormKind.CLOSURE, h.number().toString());

        assertThat(PdfChecks.pages(pdf)).isGreaterThan(1);
        String text = HazardFormChecks.text(pdf);
        assertThat(text).contains("隐患治理销号单（续）", "销号人（签字）", "共" + PdfChecks.pages(pdf) + "页");
        assertThat(HazardFormChecks.body(text, "隐患治理销号单").replace("隐患描述", "")).contains(longText);
    }

    @Test
    void anUnknownNumberIsRefused() {
        LedgerFixture demo = DemoLedger.shared();

        assertThatThrownBy(() -> print(demo, FormKind.CLOSURE, "YH-2020-01-0001"))
                .isInstanceOfSatisfying(DomainException.class, x -> {
                    assertThat(x.messageKey()).isEqualTo("error.hazard.notFound");
                    assertThat(x.args()).containsExactly("YH-2020-01-0001");
                });
    }
}
