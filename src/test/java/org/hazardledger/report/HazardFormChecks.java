package org.hazardledger.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;

/** What the tests of the forms about one hazard share: finding hazards, pictures, reading the PDF. */
final class HazardFormChecks {

    private static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private HazardFormChecks() {
    }

    /** A date as the forms print it: 2026年6月20日. */
    static String date(LocalDate d) {
        return DATES.format(d);
    }

    /** The first hazard (newest first) of {@code query} whose details satisfy {@code wanted}. */
    static HazardDetails find(LedgerFixture ledger, HazardQuery query, Predicate<HazardDetails> wanted) {
        for (HazardRow row : ledger.hazards.page(query, null, 500).rows()) {
            HazardDetails d = ledger.hazards.details(row.number()).orElseThrow();
            if (wanted.test(d)) {
                return d;
            }
        }
        throw new AssertionError("no hazard in the ledger fits " + query);
    }

    static HazardQuery withStatus(HazardStatus status) {
        return HazardQuery.ALL.withStatuses(Set.of(status));
    }

    static HazardQuery majors() {
        return new HazardQuery(Set.of(), null, null, Grade.MAJOR, false, null);
    }

    static HazardQuery generals() {
        return new HazardQuery(Set.of(), null, null, Grade.GENERAL, false, null);
    }

    static byte[] print(LedgerFixture ledger, FormKind kind, String number) {
        return ledger.reports.print(new FormRequest.HazardForm(kind, number)).pdf();
    }

    /**
     * The text without any white space, the ideographic space (U+3000) of "年　月　日" included: Chinese
     * wraps anywhere, so words may be split.
     */
    static String text(byte[] pdf) {
        return org.hazardledger.testing.PdfChecks.compactText(pdf).replace("\u3000", "");
    }

    /** The pictures drawn on the first page. */
    static int imagesOnPage1(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo as a camera would give it, as JPEG bytes. */
    static InputStream photo(Color colour) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(200, 140, 240, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    /** A major hazard of the small enterprise: the top safety valve of the synthesis tower. */
    static Hazard registerMajor(LedgerFixture ledger, LedgerFixture.SmallEnterprise e, LocalDate foundOn) {
        return ledger.hazards.register(new HazardDraft(new Registration(e.post().id(), "合成塔顶部平台", foundOn,
                e.worker().id(), false, HazardSource.PLANT_CHECK, "PROCESS_DEFECT", HazardForm.UNSAFE_STATE,
                "塔顶安全阀起跳压力设定错误"),
                new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT,
                        MajorCriterionCitation.clause("CHEM-03"))));
    }

    /** Text without white space, page furniture (running header, footer) removed, so a long text reads whole. */
    static String body(String compact, String title) {
        return compact.replaceAll("核验码YH-[-0-9A-F/]+", "").replaceAll("表号HL-\\d+第\\d+页，共\\d+页", "")
                .replaceAll("表号HL-\\d+　第\\d+页，共\\d+页", "")
                .replaceAll(title + "（续）编号：YH-\\d{4}-\\d{2}-\\d{4}", "");
    }
}
