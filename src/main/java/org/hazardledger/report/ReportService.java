package org.hazardledger.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FormCheck;
import org.hazardledger.model.FormCode;
import org.hazardledger.service.Progress;

/**
 * Prints the ledger's forms as PDF/A-2b (A4, Chinese, the CJK font embedded), alone or many in one
 * PDF, and checks a printed form's verification code against the ledger. Printing only reads.
 */
public final class ReportService {

    private final FormSources sources;
    private final PdfForms forms = new PdfForms();
    private final Map<Class<? extends FormRequest>, FormPrinter<?>> printers = new LinkedHashMap<>();

    public ReportService(FormSources sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
        printers.put(FormRequest.HazardForm.class, new HazardForms(sources, forms));
        printers.put(FormRequest.UnionForm.class, new UnionForms(sources, forms));
        printers.put(FormRequest.RoundRecord.class, new RoundRecordForms(sources, forms));
        printers.put(FormRequest.Archive.class, new ArchiveForms(sources, forms));
        printers.put(FormRequest.Statistics.class, new StatisticsForms(sources, forms));
        printers.put(FormRequest.Briefing.class, new BriefingForms(sources, forms));
    }

    /** {@link #print(FormRequest, Progress)} with nobody watching. */
    public PrintedForm print(FormRequest request) {
        return print(request, Progress.NONE);
    }

    /**
     * Prints one form.
     *
     * @throws DomainException {@code error.hazard.notFound} and the like for an unknown record,
     *                         {@code error.report.failed} when the form cannot be produced
     * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled
     */
    public PrintedForm print(FormRequest request, Progress progress) {
        Objects.requireNonNull(request, "request");
        return printerFor(request).print(request, progress);
    }

    /**
     * Prints every request into one PDF, in order (e.g. all closure forms of a month): each form keeps
     * its own page numbering and verification code. Progress counts forms.
     *
     * @throws DomainException {@code error.report.emptyBatch} when there is nothing to print
     */
    public PrintedForm printBatch(String title, List<? extends FormRequest> requests, Progress progress) {
        if (requests.isEmpty()) {
            throw new DomainException("error.report.emptyBatch", title);
        }
        List<FormCode> codes = new ArrayList<>();
        int pages = 0;
        try (PDDocument merged = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            int done = 0;
            progress.update(0, requests.size());
            for (FormRequest request : requests) {
                progress.checkCancelled();
                PrintedForm one = print(request, Progress.NONE);
                try (PDDocument part = Loader.loadPDF(one.pdf())) {
                    merger.appendDocument(merged, part);
                }
                codes.addAll(one.codes());
                pages += one.pages();
                progress.update(++done, requests.size());
            }
            PDDocumentInformation info = merged.getDocumentInformation();
            info.setTitle(title);
            info.setCreator(PdfForms.CREATOR);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            merged.save(out);
            FormKind kind = requests.get(0).kind();
            return new PrintedForm(kind, title, title.replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + ".pdf",
                    out.toByteArray(), pages, codes);
        } catch (IOException e) {
            throw new DomainException(e, "error.report.failed", title, PdfForms.reason(e));
        }
    }

    /**
     * Reads a code typed back from a printed form and finds the ledger state it was printed at.
     *
     * @throws DomainException {@code error.formCode.malformed} when the text is not a form code
     */
    public FormCheck verify(String printedCode) {
        return sources.audit().check(FormCode.parse(printedCode));
    }

    /** Writes a printed form to a stream, which is left open. */
    public static void write(PrintedForm form, OutputStream out) {
        try {
            out.write(form.pdf());
            out.flush();
        } catch (IOException e) {
            throw new DomainException(e, "error.report.failed", form.kind().labelKey(), PdfForms.reason(e));
        }
    }

    @SuppressWarnings("unchecked")
    private <R extends FormRequest> FormPrinter<R> printerFor(R request) {
        FormPrinter<?> printer = printers.get(request.getClass());
        if (printer == null) {
            throw new DomainException("error.report.notAvailable", request.kind().labelKey());
        }
        return (FormPrinter<R>) printer;
    }
}
