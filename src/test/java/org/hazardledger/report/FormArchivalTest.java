package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every form leaves PdfForms as PDF/A-2b with its metadata and the standard footer. */
class FormArchivalTest {

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private SmallEnterprise enterprise;

    @BeforeEach
    void openLedger() {
        ledger = new LedgerFixture(dir);
        enterprise = ledger.initialiseSmall();
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void theNoticeIsPdfA2bWithTitleAndEnterpriseInItsMetadata() throws Exception {
        Hazard hazard = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(5));

        PrintedForm form = ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()));

        PdfChecks.assertPdfA2b(form.pdf());
        PdfChecks.assertFontsEmbedded(form.pdf());
        try (PDDocument doc = Loader.loadPDF(form.pdf())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("隐患整改通知单 " + hazard.number());
            assertThat(info.getAuthor()).isEqualTo("测试化工有限公司");
        }
    }

    @Test
    void theFooterCarriesTheFormNumberPagesAndAVerificationCodeTheLedgerRecognises() {
        Hazard hazard = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(5));

        PrintedForm form = ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()));

        String code = form.codes().get(0).format();
        assertThat(code).startsWith(hazard.number() + "/20260615/");
        assertThat(PdfChecks.compactText(form.pdf())).contains("核验码" + code, "表号HL-01", "第1页，共1页");
        var check = ledger.reports.verify(code.toLowerCase());
        assertThat(check.matched()).isTrue();
        assertThat(check.recordChangesSince()).isZero();
        assertThat(check.printedAt().orElseThrow().entityId()).isEqualTo(hazard.id());
    }

    @Test
    void aFormPrintedBeforeAChangeIsRecognisedAsChangedSince() {
        Hazard hazard = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(5));
        String code = ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()))
                .codes().get(0).format();

        ledger.hazards.perform(hazard.id(), ledger.hazards.byNumber(hazard.number().toString()).orElseThrow().revision(),
                new org.hazardledger.model.HazardCommand.ReportRectified(LocalDate.of(2026, 6, 14), "已更换垫片"));

        var check = ledger.reports.verify(code);
        assertThat(check.matched()).isTrue();
        assertThat(check.recordChangesSince()).isEqualTo(1);
    }

    @Test
    void aCodeWithOneDigitChangedMatchesNothing() {
        Hazard hazard = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(5));
        String code = ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()))
                .codes().get(0).format();
        char last = code.charAt(code.length() - 1);
        String tampered = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');

        assertThat(ledger.reports.verify(tampered).matched()).isFalse();
    }

    @Test
    void aLedgerWithNoRecordYetStillPrintsACodeItRecognises() throws Exception {
        try (LedgerFixture empty = new LedgerFixture(dir.resolve("empty"))) {
            var stamp = empty.audit.stamp(null);
            var code = org.hazardledger.model.FormCode.stamp("TJ-2026-Q2", LedgerFixture.TODAY, stamp);

            var check = empty.reports.verify(code.format());

            assertThat(check.matched()).isTrue();
            assertThat(check.printedAt().orElseThrow().seq()).isZero();
        }
    }
}
