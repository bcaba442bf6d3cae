package org.hazardledger.ui.print;

import java.util.Objects;
import java.util.function.Function;
import org.hazardledger.report.FormBatches;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.report.ReportService;
import org.hazardledger.service.Progress;

/**
 * What the preview produces: one form, or a batch whose forms are looked up when it runs. The work
 * runs on a background thread.
 *
 * @param title   what the preview's window says while the form is produced
 * @param request the one form, or null for a batch
 */
public record PrintJob(String title, FormRequest request, Function<Progress, PrintedForm> work) {

    public PrintJob {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(work, "work");
    }

    public static PrintJob of(ReportService reports, String title, FormRequest request) {
        return new PrintJob(title, request, progress -> reports.print(request, progress));
    }

    /** A batch: {@code batch} reads the ledger (in the background), then every form goes into one PDF. */
    public static PrintJob batch(ReportService reports, String title,
                                 java.util.function.Supplier<FormBatches.Batch> batch) {
        return new PrintJob(title, null, progress -> {
            FormBatches.Batch b = batch.get();
            progress.checkCancelled();
            return reports.printBatch(b.title(), b.requests(), progress);
        });
    }
}
