package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.hazardledger.model.Enterprise;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.FormSamples;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every printed form promises, checked on a typical demo record of each: PDF/A-2b per veraPDF,
 * every font embedded, its Chinese title, the enterprise, the form number, page x of y, and a
 * verification code that the ledger recognises. Each form's own test checks its fields.
 */
class EveryFormTest {

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void isAnArchivableChineseFormWithAVerificationCodeTheLedgerKnows(FormKind kind) {
        LedgerFixture demo = DemoLedger.shared();
        Enterprise enterprise = DemoLedger.enterprise();

        PrintedForm form = demo.reports.print(new FormSamples(demo).request(kind));

        PdfChecks.assertPdfA2b(form.pdf());
        PdfChecks.assertFontsEmbedded(form.pdf());
        String firstPage = PdfChecks.pageText(form.pdf(), 0).replaceAll("\\s+", "");
        String code = form.codes().get(0).format();
        assertThat(firstPage).contains(enterprise.name(), "表号" + kind.formNumber(), "第1页，共" + form.pages() + "页",
                "核验码" + code);
        assertThat(form.pages()).isEqualTo(PdfChecks.pages(form.pdf()));
        assertThat(demo.reports.verify(code).matched()).as("the ledger recognises %s", code).isTrue();
    }
}
