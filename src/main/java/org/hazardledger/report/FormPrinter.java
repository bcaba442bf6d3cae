package org.hazardledger.report;

import org.hazardledger.service.Progress;

/** Prints one family of forms; {@link ReportService} picks the printer by the request's type. */
interface FormPrinter<R extends FormRequest> {

    PrintedForm print(R request, Progress progress);
}
