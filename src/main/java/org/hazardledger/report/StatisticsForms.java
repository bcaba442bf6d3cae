package org.hazardledger.report;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.service.Progress;

/** The quarterly and annual 隐患排查治理统计分析表, signed by the principal and due by a fixed day. */
final class StatisticsForms implements FormPrinter<FormRequest.Statistics> {

    static final String TEMPLATE = "statistics";

    private final FormSources sources;
    private final PdfForms forms;

    StatisticsForms(FormSources sources, PdfForms forms) {
        this.sources = sources;
        this.forms = forms;
    }

    @Override
    public PrintedForm print(FormRequest.Statistics request, Progress progress) {
        StatisticsPeriod period = new StatisticsPeriod(request.year(), request.quarter());
        HazardStatistics figures = sources.statistics().figures(period.from(), period.to());
        progress.checkCancelled();
        StatisticsData data = StatisticsData.of(period, figures, forms.chinese(), forms.dates());
        String label = StatisticsData.periodLabel(period, forms.chinese());
        String enterprise = sources.organisation().enterprise().map(Enterprise::name).orElse("");
        FormSpec spec = FormSpec.of(FormKind.STATISTICS, TEMPLATE, sources.code(subject(period), null))
                .title(label + forms.chinese().label(FormKind.STATISTICS))
                .fileName(subject(period) + ".pdf")
                .enterprise(enterprise)
                .period(label)
                .parameters(data.parameters())
                .rows(new JRMapCollectionDataSource(data.rows()), data.rows().size());
        return forms.fill(spec, progress);
    }

    /** The verification subject: TJ-2026-Q2, or TJ-2026 for the year. */
    static String subject(StatisticsPeriod period) {
        return "TJ-" + period.code();
    }
}
