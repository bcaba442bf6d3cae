package org.hazardledger.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.Messages;

/** Prints the ledger's forms as PDF (A4, Chinese, the CJK font embedded). */
public final class ReportService {

    static final String NOTICE_TEMPLATE = "rectification-notice";
    static final String NOTICE_NAME_KEY = "report.notice.name";

    private final HazardService hazards;
    // the forms are Chinese documents whatever language the window speaks
    private final Messages chinese = Messages.forLanguage("zh");
    private final PdfForms forms = new PdfForms();

    public ReportService(HazardService hazards) {
        this.hazards = hazards;
    }

    /**
     * Writes the 隐患整改通知单 (rectification notice) of one hazard as PDF. Nothing is written unless
     * the whole PDF was produced; the stream is left open.
     *
     * @throws DomainException {@code error.hazard.notFound} for an unknown number,
     *                         {@code error.report.failed} when the form cannot be produced or written
     */
    public void writeNotice(String hazardNumber, OutputStream out) {
        Objects.requireNonNull(hazardNumber, "hazardNumber");
        Objects.requireNonNull(out, "out");
        HazardDetails details = hazards.details(hazardNumber)
                .orElseThrow(() -> new DomainException("error.hazard.notFound", hazardNumber));
        NoticeData data = NoticeData.of(details, chinese);
        String title = chinese.get(NOTICE_NAME_KEY) + " " + data.number();
        byte[] pdf = forms.printSingle(NOTICE_TEMPLATE, NOTICE_NAME_KEY, title, data.parameters());
        try {
            out.write(pdf);
            out.flush();
        } catch (IOException e) {
            throw new DomainException(e, "error.report.failed", NOTICE_NAME_KEY, PdfForms.reason(e));
        }
    }
}
