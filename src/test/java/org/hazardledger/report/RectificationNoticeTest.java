package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.Registration;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 隐患整改通知单 of a hazard in a real ledger, read back from the PDF with PDFBox. */
class RectificationNoticeTest {

    private static final LocalDate FOUND_ON = LedgerFixture.TODAY.minusDays(5);

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private SmallEnterprise enterprise;
    private ReportService reports;

    @BeforeEach
    void openLedger() {
        ledger = new LedgerFixture(dir);
        enterprise = ledger.initialiseSmall();
        reports = ledger.reports;
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void printsTheNumberTitleResponsiblePersonAndDeadline() throws IOException {
        Hazard hazard = ledger.registerAssigned(enterprise, FOUND_ON);

        String text = compact(text(notice(hazard)));

        assertThat(text).contains("隐患整改通知单", "测试化工有限公司", "编号：" + hazard.number(),
                "李建国", "2026年6月20日", "2026年6月10日", "王小明", "一般隐患（B级）", "800.00元",
                "进料阀法兰处有渗漏，地面有物料积液", "更换法兰垫片，清理积液", "设置警示标识，佩戴防护用品",
                "无渗漏，地面清洁", "张伟", "一厂/合成车间/甲班/反应釜操作岗，2号反应釜进料阀",
                "签发人：", "接收人（签字）：");
        assertThat(text).contains("请于2026年6月20日前整改完毕");
    }

    @Test
    void theNoticeIsOneA4Page() throws IOException {
        byte[] pdf = notice(ledger.registerAssigned(enterprise, FOUND_ON));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
        }
    }

    @Test
    void everyFontIsTheBundledCjkFontEmbeddedAsASubset() throws IOException {
        byte[] pdf = notice(ledger.registerAssigned(enterprise, FOUND_ON));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(doc.getPage(0));
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).contains("NotoSansSC");
                assertThat(font.isEmbedded()).isTrue();
            });
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(name -> name.contains("NotoSansSC-Regular"))
                    .anyMatch(name -> name.contains("NotoSansSC-Bold"));
        }
        // subset: the TrueType files are ~10 MB each
        assertThat(pdf.length).isLessThan(500_000);
    }

    @Test
    void anAnonymousReportPrintsAnonymousAndNoName() throws IOException {
        HazardDraft named = enterprise.leakingValve(FOUND_ON);
        Registration r = named.registration();
        Hazard hazard = ledger.hazards.register(new HazardDraft(new Registration(r.unitId(), r.place(), r.foundOn(),
                null, true, r.source(), r.category(), r.form(), r.description()), named.grading()));

        String text = compact(text(notice(hazard)));

        assertThat(text).contains("发现人匿名").doesNotContain("王小明");
    }

    @Test
    void aHazardWithoutItsRectificationPrintsEmptyCellsAndAGenericDeadline() throws IOException {
        Hazard hazard = ledger.hazards.register(enterprise.leakingValve(FOUND_ON));

        String text = compact(text(notice(hazard)));

        assertThat(text).contains("编号：" + hazard.number(), "请于规定期限前整改完毕")
                .doesNotContain("李建国", "null");
    }

    @Test
    void aLongDescriptionStretchesOntoMorePagesAndIsPrintedInFull() throws IOException {
        HazardDraft valve = enterprise.leakingValve(FOUND_ON);
        Registration r = valve.registration();
        String longText = "储罐区防火堤内排水阀常开，雨水与泄漏物料可经排水沟直接流出罐区。".repeat(120) + "描述到此结束";
        assertThat(longText.length()).isLessThanOrEqualTo(HazardDraft.DESCRIPTION_MAX);
        Hazard h = ledger.hazards.register(new HazardDraft(new Registration(r.unitId(), r.place(), r.foundOn(),
                r.finderId(), false, r.source(), r.category(), r.form(), longText), valve.grading()));
        Hazard hazard = ledger.hazards.perform(h.id(), h.revision(),
                new HazardCommand.Assign(enterprise.replaceGasket(FOUND_ON), null));

        byte[] pdf = notice(hazard);

        String text = compact(text(pdf));
        assertThat(text).contains("隐患整改通知单（续）编号：" + hazard.number(), "李建国", "接收人（签字）：");
        // the running header, the footer and the label repeated on each page interrupt the description
        String body = text.replaceAll("核验码YH-[-0-9A-F/]+", "").replaceAll("表号HL-\\d+　第\\d+页，共\\d+页", "")
                .replaceAll("隐患整改通知单（续）编号：YH-\\d{4}-\\d{2}-\\d{4}", "")
                .replace("隐患描述", "");
        assertThat(body).contains(longText);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("共" + doc.getNumberOfPages() + "页");
        }
    }

    @Test
    void thePhotosBeforeRectificationArePrintedOnlyWhenThereAreAny() throws IOException {
        Hazard hazard = ledger.registerAssigned(enterprise, FOUND_ON);
        assertThat(compact(text(notice(hazard)))).doesNotContain("整改前照片");
        ledger.attachments.attach(org.hazardledger.model.AttachmentOwnerKind.HAZARD, hazard.id(),
                org.hazardledger.model.AttachmentKind.BEFORE, HazardFormChecks.photo(java.awt.Color.ORANGE), "渗漏.jpg");

        byte[] pdf = notice(hazard);

        assertThat(compact(text(pdf))).contains("整改前照片", "接收人（签字）：");
        assertThat(HazardFormChecks.imagesOnPage1(pdf)).isEqualTo(1);
        assertThat(org.hazardledger.testing.PdfChecks.pages(pdf)).as("a photo still fits the one page").isEqualTo(1);
    }

    @Test
    void anUnknownNumberIsRefusedAndNothingIsWritten() {
        ledger.registerAssigned(enterprise, FOUND_ON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> ReportService.write(reports.print(noticeOf("YH-2026-06-0099")), out))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.hazard.notFound");
                    assertThat(e.args()).containsExactly("YH-2026-06-0099");
                });
        assertThat(out.size()).isZero();
    }

    @Test
    void aFailingStreamBecomesReportFailed() {
        Hazard hazard = ledger.registerAssigned(enterprise, FOUND_ON);
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> ReportService.write(reports.print(noticeOf(hazard.number().toString())), broken))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.report.failed");
                    assertThat(e.args()).containsExactly(FormKind.NOTICE.labelKey(), "disk full");
                });
    }

    private byte[] notice(Hazard hazard) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportService.write(reports.print(noticeOf(hazard.number().toString())), out);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Text without white space: the PDF breaks lines wherever the cell wraps. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static FormRequest noticeOf(String number) {
        return new FormRequest.HazardForm(FormKind.NOTICE, number);
    }
}
