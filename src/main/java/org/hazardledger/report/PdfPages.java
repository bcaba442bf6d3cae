package org.hazardledger.report;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hazardledger.model.DomainException;

/**
 * The pages of a printed form as pictures, for the preview. The document stays open while the
 * preview shows it (rendering a page again at another zoom needs it) and is closed with the preview.
 * One page is rendered at a time: PDFBox documents are not safe for concurrent use.
 */
public final class PdfPages implements Closeable {

    /** Points per inch: PDF page sizes are in points. */
    public static final float POINTS_PER_INCH = 72f;

    private final String title;
    private final PDDocument document;
    private final PDFRenderer renderer;
    private boolean closed;

    private PdfPages(String title, PDDocument document) {
        this.title = title;
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a printed form for rendering. */
    public static PdfPages open(PrintedForm form) {
        try {
            return new PdfPages(form.title(), Loader.loadPDF(form.pdf()));
        } catch (IOException e) {
            throw new DomainException(e, "error.report.failed", form.title(), PdfForms.reason(e));
        }
    }

    public synchronized int count() {
        return document.getNumberOfPages();
    }

    /** The width of page {@code index} (0-based) in points, so the preview can fit it to its width. */
    public synchronized float widthPoints(int index) {
        PDRectangle box = document.getPage(index).getCropBox();
        int rotation = document.getPage(index).getRotation();
        return rotation % 180 == 0 ? box.getWidth() : box.getHeight();
    }

    /** Renders page {@code index} (0-based) at {@code dpi} dots per inch, white background. */
    public synchronized BufferedImage render(int index, float dpi) {
        if (closed) {
            throw new IllegalStateException("the pages are closed");
        }
        if (index < 0 || index >= document.getNumberOfPages()) {
            throw new IndexOutOfBoundsException("page " + index + " of " + document.getNumberOfPages());
        }
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new DomainException(e, "error.report.failed", title, PdfForms.reason(e));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            document.close();
        }
    }
}
