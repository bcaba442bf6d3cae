package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hazardledger.model.DomainException;
import org.junit.jupiter.api.Test;

/** Failures of the form machinery reach the user as one clear refusal. */
class PdfFormsTest {

    @Test
    void aMissingCompiledFormIsReportedAsReportFailed() {
        assertThatThrownBy(() -> new PdfForms().printSingle("no-such-form", "report.notice.name", "t", Map.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.report.failed");
                    assertThat(e.args()).containsExactly("report.notice.name", "missing /reports/no-such-form.jasper");
                });
    }
}
