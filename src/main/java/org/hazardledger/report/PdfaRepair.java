package org.hazardledger.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Makes the JasperReports PDF pass PDF/A-2b: its PDF writer subsets the CJK font but keeps a CIDSet
 * listing fewer glyphs than the subset holds, which PDF/A-2 forbids (6.2.11.4.2). The CIDSet is
 * optional in PDF/A-2, so it is removed. The change is appended as an incremental update (PDF/A
 * allows them): rewriting a thousand-page archive whole would hold every object in memory at once.
 */
final class PdfaRepair {

    private PdfaRepair() {
    }

    static byte[] withoutCidSets(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSDictionary> changed = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                strip(page.getResources(), changed);
            }
            if (changed.isEmpty()) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.saveIncremental(out, changed);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strip(PDResources resources, Set<COSDictionary> changed) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font instanceof PDType0Font) {
                PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                if (descriptor != null && descriptor.getCOSObject().containsKey(COSName.CID_SET)) {
                    descriptor.getCOSObject().removeItem(COSName.CID_SET);
                    descriptor.getCOSObject().setNeedToBeUpdated(true);
                    changed.add(descriptor.getCOSObject());
                }
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject) {
                strip(((PDFormXObject) x).getResources(), changed);
            }
        }
    }
}
