package org.hazardledger.report;

import java.awt.Graphics;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Progress;

/**
 * Sends a printed form to a printer: A4, at its actual size (a form scaled to fit the printable
 * area no longer matches the paper forms it replaces), pages in order.
 */
public final class PdfPrinting {

    private final PrinterLookup lookup;

    public PdfPrinting(PrinterLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** The printers to offer, the preferred one first. */
    public List<PrintService> printers() {
        List<PrintService> all = lookup.all();
        Optional<PrintService> preferred = lookup.preferred();
        if (preferred.isEmpty() || !all.contains(preferred.get())) {
            return List.copyOf(all);
        }
        java.util.ArrayList<PrintService> ordered = new java.util.ArrayList<>(all);
        ordered.remove(preferred.get());
        ordered.add(0, preferred.get());
        return List.copyOf(ordered);
    }

    /** The printer to choose unless the user picks another. */
    public Optional<PrintService> preferred() {
        return lookup.preferred().or(() -> lookup.all().stream().findFirst());
    }

    /**
     * Prints {@code form} on {@code printer}. Progress counts pages handed to the printer.
     *
     * @throws DomainException {@code error.print.noPrinter} when no printer is given,
     *                         {@code error.print.failed} when the printer refuses the job
     * @throws CancellationException when {@code progress} is cancelled before the last page
     */
    public void print(PrintedForm form, PrintService printer, Progress progress) {
        if (printer == null) {
            throw new DomainException("error.print.noPrinter");
        }
        progress.checkCancelled();
        try (PDDocument document = Loader.loadPDF(form.pdf())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(printer);
            job.setJobName(form.title());
            job.setPageable(new WatchedPageable(new PDFPageable(document, Orientation.AUTO, false, 0, false),
                    progress));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(new JobName(form.title(), null));
            job.print(attributes);
            progress.update(document.getNumberOfPages(), document.getNumberOfPages());
        } catch (PrinterAbortException e) {
            throw new CancellationException("printing cancelled by the user");
        } catch (PrinterException | IOException e) {
            throw new DomainException(e, "error.print.failed", form.title(), printer.getName(), PdfForms.reason(e));
        }
    }

    /** Reports each page as it is printed and stops the job when the user cancels. */
    private record WatchedPageable(Pageable pages, Progress progress) implements Pageable {

        @Override
        public int getNumberOfPages() {
            return pages.getNumberOfPages();
        }

        @Override
        public PageFormat getPageFormat(int index) {
            return pages.getPageFormat(index);
        }

        @Override
        public Printable getPrintable(int index) {
            Printable page = pages.getPrintable(index);
            return (Graphics g, PageFormat format, int i) -> {
                if (progress.isCancelled()) {
                    throw new PrinterAbortException("cancelled");
                }
                progress.update(index, getNumberOfPages());
                return page.print(g, format, i);
            };
        }
    }
}
