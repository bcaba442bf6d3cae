package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's pictures of a printed form's pages. */
class PdfPagesTest {

    @TempDir
    Path dir;

    @Test
    void aNoticeRendersAsOneA4PageWithInkOnIt() throws Exception {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            Hazard hazard = ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(2));
            PrintedForm notice = ledger.reports.print(
                    new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()));
            BufferedImage page;
            try (PdfPages pages = PdfPages.open(notice)) {
                assertThat(pages.count()).isEqualTo(1);
                assertThat(pages.widthPoints(0)).isCloseTo(595f, org.assertj.core.api.Assertions.offset(1f));
                page = pages.render(0, 72);
                assertThatThrownBy(() -> pages.render(1, 72)).isInstanceOf(IndexOutOfBoundsException.class);
                // twice the resolution, twice the pixels
                assertThat(pages.render(0, 144).getWidth()).isEqualTo(page.getWidth() * 2);
            }
            assertThat(page.getWidth()).isBetween(594, 596);
            assertThat(page.getHeight()).isBetween(841, 843);
            assertThat(darkPixels(page)).as("the text is drawn").isGreaterThan(1_000);
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
