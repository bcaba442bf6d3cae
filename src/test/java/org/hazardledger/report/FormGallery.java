package org.hazardledger.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hazardledger.service.Messages;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.FormSamples;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the gallery of printed forms in docs/forms: the first page of each form, printed from
 * the demo ledger, as PNG (pdftoppm when installed, as the issue asks; PDFBox otherwise). Not part of
 * the suite; run it with the command in docs/forms/README.md.
 */
@EnabledIfSystemProperty(named = "gallery", matches = ".+")
class FormGallery {

    private static final int DPI = 60;

    @Test
    void regenerate() throws Exception {
        Path out = Path.of(System.getProperty("gallery"));
        Files.createDirectories(out);
        LedgerFixture demo = DemoLedger.shared();
        FormSamples samples = new FormSamples(demo);
        Messages zh = Messages.forLanguage("zh");
        List<String> lines = new ArrayList<>();
        lines.add("# Printed forms (gallery)");
        lines.add("");
        lines.add("Page 1 of each form, printed from the demo ledger at " + DPI + " dpi. Regenerate with:");
        lines.add("");
        lines.add("    mvn -q test -Dtest=FormGallery -Dgallery=$PWD/docs/forms -Dsurefire.failIfNoSpecifiedTests=false");
        lines.add("");
        for (FormKind kind : FormKind.values()) {
            PrintedForm form = demo.reports.print(samples.request(kind));
            String name = kind.formNumber() + "-" + kind.name().toLowerCase().replace('_', '-') + ".png";
            firstPageAsPng(form.pdf(), out.resolve(name));
            lines.add("## " + kind.formNumber() + " " + zh.label(kind) + " (" + form.pages() + " 页)");
            lines.add("");
            lines.add("![" + zh.label(kind) + "](" + name + ")");
            lines.add("");
        }
        Files.write(out.resolve("README.md"), lines);
    }

    private static void firstPageAsPng(byte[] pdf, Path png) throws IOException, InterruptedException {
        Path tmp = Files.createTempFile("form", ".pdf");
        try {
            Files.write(tmp, pdf);
            String base = png.toString().replaceFirst("\\.png$", "");
            Process p = pdftoppm(tmp, base);
            if (p != null && p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return;
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, DPI);
                ImageIO.write(image, "png", png.toFile());
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Process pdftoppm(Path pdf, String base) {
        try {
            return new ProcessBuilder("pdftoppm", "-png", "-r", Integer.toString(DPI), "-f", "1", "-l", "1",
                    "-singlefile", pdf.toString(), base).inheritIO().start();
        } catch (IOException notInstalled) {
            return null;
        }
    }
}
