package org.hazardledger.report;

import java.util.Map;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.service.Progress;

/** The forms about one hazard: 整改通知单, 销号单, 重大隐患报告表 and 治理方案. */
final class HazardForms implements FormPrinter<FormRequest.HazardForm> {

    static final String NOTICE_TEMPLATE = "rectification-notice";
    static final String CLOSURE_TEMPLATE = "closure";
    static final String MAJOR_REPORT_TEMPLATE = "major-report";
    static final String MAJOR_PLAN_TEMPLATE = "major-plan";

    private final FormSources sources;
    private final PdfForms forms;
    private final HazardPhotos photos;

    HazardForms(FormSources sources, PdfForms forms) {
        this.sources = sources;
        this.forms = forms;
        this.photos = new HazardPhotos(sources.attachments(), forms.chinese());
    }

    @Override
    public PrintedForm print(FormRequest.HazardForm request, Progress progress) {
        HazardDetails details = sources.hazards().details(request.hazardNumber())
                .orElseThrow(() -> new DomainException("error.hazard.notFound", request.hazardNumber()));
        progress.checkCancelled();
        switch (request.kind()) {
            case NOTICE:
                return fill(FormKind.NOTICE, NOTICE_TEMPLATE, details,
                        with(NoticeData.of(details, forms.chinese()).parameters(), photos.before(details.hazard().id())),
                        progress);
            case CLOSURE:
                return fill(FormKind.CLOSURE, CLOSURE_TEMPLATE, details,
                        with(ClosureData.of(details, forms.chinese()).parameters(), photos.both(details.hazard().id())),
                        progress);
            case MAJOR_REPORT:
                return fill(FormKind.MAJOR_REPORT, MAJOR_REPORT_TEMPLATE, details,
                        with(MajorReportData.of(details, majorFile(details, request.kind()), forms.chinese())
                                .parameters(), photos.before(details.hazard().id())),
                        progress);
            case MAJOR_PLAN:
                return fill(FormKind.MAJOR_PLAN, MAJOR_PLAN_TEMPLATE, details,
                        MajorPlanData.of(details, majorFile(details, request.kind()), forms.chinese()).parameters(),
                        progress);
            default:
                throw new DomainException("error.report.notAvailable", request.kind().labelKey());
        }
    }

    /** The major-hazard file: only a hazard graded major has one; a general hazard gets a clear refusal. */
    private MajorHazardFile majorFile(HazardDetails details, FormKind kind) {
        String number = details.hazard().number().toString();
        boolean major = details.hazard().grading() != null && details.hazard().grading().grade() == Grade.MAJOR;
        if (!major || sources.majorHazards() == null) {
            throw new DomainException("error.report.notMajor", kind.labelKey(), number);
        }
        // a major hazard whose file was not opened yet prints its empty form, to be written by hand
        return sources.majorHazards().file(details.hazard().id())
                .orElseGet(() -> MajorHazardFile.empty(null, details.hazard().id()));
    }

    private PrintedForm fill(FormKind kind, String template, HazardDetails details, Map<String, Object> parameters,
                             Progress progress) {
        String number = details.hazard().number().toString();
        FormSpec spec = FormSpec.of(kind, template, sources.code(number, details.hazard().id()))
                .title(forms.chinese().label(kind) + " " + number)
                .enterprise(details.enterpriseName())
                .parameters(parameters);
        return forms.fill(spec, progress);
    }

    private static Map<String, Object> with(Map<String, Object> values, Map<String, Object> more) {
        values.putAll(more);
        return values;
    }
}
