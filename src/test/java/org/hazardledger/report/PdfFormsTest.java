package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hazardledger.model.DomainException;
import org.junit.jupiter.api.Test;

/** Failures of the form machinery reach the user as one clear refusal. */
class PdfFormsTest {

    @Test
    void aMissingCompiledFormIsReportedAsReportFailed() {
        assertThatThrownBy(() -> new PdfForms().template("no-such-form", FormKind.NOTICE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.report.failed");
                    assertThat(e.args()).containsExactly("printForm.NOTICE", "missing /reports/no-such-form.jasper");
                });
    }
}
