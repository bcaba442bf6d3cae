package org.hazardledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What every printed form must be, checked on the PDF bytes: text, embedded fonts, PDF/A-2b. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** All text of the PDF, pages in order. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every kind of white space removed: Chinese wraps anywhere, so words may be split. */
    public static String compactText(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", "");
    }

    /** The text of one page (0-based). */
    public static String pageText(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font on every page (and in form XObjects) is embedded. */
    public static void assertFontsEmbedded(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), fonts);
            }
            assertThat(fonts).as("fonts in the PDF").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** veraPDF's verdict: PDF/A-2b compliant, or the failed rules listed in the message. */
    public static void assertPdfA2b(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage())
                    .distinct().limit(20).collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as("PDF/A-2b per veraPDF; failures:\n%s", failures).isTrue();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF", e);
        }
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                collect(((org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) x).getResources(), fonts);
            }
        }
    }
}
