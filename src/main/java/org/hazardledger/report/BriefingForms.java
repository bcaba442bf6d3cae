package org.hazardledger.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.HazardBriefing;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.service.Progress;

/** The 职代会隐患通报: the hazard situation of a period, for the workers' congress and the notice board. */
final class BriefingForms implements FormPrinter<FormRequest.Briefing> {

    static final String TEMPLATE = "congress-briefing";
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final FormSources sources;
    private final PdfForms forms;

    BriefingForms(FormSources sources, PdfForms forms) {
        this.sources = sources;
        this.forms = forms;
    }

    @Override
    public PrintedForm print(FormRequest.Briefing request, Progress progress) {
        HazardBriefing briefing = sources.statistics().briefing(request.from(), request.to());
        progress.checkCancelled();
        List<UnionRecordRow> union = sources.union().list(UnionQuery.ALL).stream()
                .filter(r -> !r.record().issuedOn().isBefore(request.from())
                        && !r.record().issuedOn().isAfter(request.to()))
                .sorted(Comparator.comparing((UnionRecordRow r) -> r.record().issuedOn())
                        .thenComparing(r -> r.record().number()))
                .toList();
        progress.checkCancelled();
        BriefingData data = BriefingData.of(briefing, union, sources.today(), forms.chinese(), forms.dates());
        String subject = subject(request.from(), request.to());
        String enterprise = sources.organisation().enterprise().map(Enterprise::name).orElse("");
        FormSpec spec = FormSpec.of(FormKind.CONGRESS_BRIEFING, TEMPLATE, sources.code(subject, null))
                .title(forms.chinese().label(FormKind.CONGRESS_BRIEFING) + " " + data.parameters().get("periodSpan"))
                .fileName(subject + ".pdf")
                .enterprise(enterprise)
                .period((String) data.parameters().get("periodSpan"))
                .parameters(data.parameters())
                .rows(new JRMapCollectionDataSource(data.rows()), data.rows().size());
        return forms.fill(spec, progress);
    }

    /** The verification subject: TB-20260401-20260630. */
    static String subject(LocalDate from, LocalDate to) {
        return "TB-" + COMPACT.format(from) + "-" + COMPACT.format(to);
    }
}
