package org.hazardledger.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
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
 * optional in PDF/A-2, so it is removed.
 */
final class PdfaRepair {

    private PdfaRepair() {
    }

    static byte[] withoutCidSets(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                changed |= strip(page.getResources());
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean strip(PDResources resources) throws IOException {
        if (resources == null) {
            return false;
        }
        boolean changed = false;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font instanceof PDType0Font) {
                PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                if (descriptor != null && descriptor.getCOSObject().containsKey(COSName.CID_SET)) {
                    descriptor.getCOSObject().removeItem(COSName.CID_SET);
                    changed = true;
                }
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject) {
                changed |= strip(((PDFormXObject) x).getResources());
            }
        }
        return changed;
    }
}
