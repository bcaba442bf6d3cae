package org.hazardledger.report;

import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.service.Progress;

/** The forms about one hazard: 整改通知单, 销号单, 重大隐患报告表 and 治理方案. */
final class HazardForms implements FormPrinter<FormRequest.HazardForm> {

    static final String NOTICE_TEMPLATE = "rectification-notice";

    private final FormSources sources;
    private final PdfForms forms;

    HazardForms(FormSources sources, PdfForms forms) {
        this.sources = sources;
        this.forms = forms;
    }

    @Override
    public PrintedForm print(FormRequest.HazardForm request, Progress progress) {
        HazardDetails details = sources.hazards().details(request.hazardNumber())
                .orElseThrow(() -> new DomainException("error.hazard.notFound", request.hazardNumber()));
        switch (request.kind()) {
            case NOTICE:
                return notice(details, progress);
            default:
                throw new DomainException("error.report.notAvailable", request.kind().labelKey());
        }
    }

    private PrintedForm notice(HazardDetails details, Progress progress) {
        NoticeData data = NoticeData.of(details, forms.chinese());
        String number = details.hazard().number().toString();
        FormSpec spec = FormSpec.of(FormKind.NOTICE, NOTICE_TEMPLATE, sources.code(number, details.hazard().id()))
                .title(forms.chinese().label(FormKind.NOTICE) + " " + number)
                .enterprise(details.enterpriseName())
                .parameters(data.parameters());
        return forms.fill(spec, progress);
    }
}
