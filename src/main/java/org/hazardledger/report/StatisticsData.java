package org.hazardledger.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardStatistics.Counts;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.service.Messages;

/**
 * What the 隐患排查治理统计分析表 prints: the main figures as parameters and the four breakdowns as
 * rows of one table, each section closed by its total line. Numbers are passed to the bundle as
 * strings: MessageFormat would group 2026 as "2,026".
 */
record StatisticsData(Map<String, Object> parameters, List<Map<String, ?>> rows) {

    static final String SECTION = "section";
    static final String HEADING = "heading";
    static final String NAME = "name";
    static final String TOTAL = "total";

    static StatisticsData of(StatisticsPeriod period, HazardStatistics f, Messages m, DateTimeFormatter dates) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("periodLabel", periodLabel(period, m));
        p.put("periodSpan", m.get("report.statistics.span", dates.format(f.from()), dates.format(f.to())));
        p.put("asOfNote", f.asOf().equals(f.to()) ? null
                : m.get("report.statistics.asOf", dates.format(f.asOf())));
        p.put("dueLine", m.get("report.statistics.due", dates.format(period.dueOn())));
        p.put("found", n(f.total().found()));
        p.put("rectified", n(f.total().rectified()));
        p.put("closed", n(f.total().closed()));
        p.put("open", n(f.total().open()));
        p.put("overdue", n(f.total().overdue()));
        p.put("rate", rate(f, m));
        p.put("majorFound", n(f.major().found()));
        p.put("majorClosed", n(f.major().closed()));
        p.put("majorOpen", n(f.major().open()));
        p.put("funds", funds(f.fundsSpent(), m));
        p.put("unionIssued", m.get("report.statistics.unionIssued", n(f.union().proposals()),
                n(f.union().stopProduction() + f.union().evacuation())));
        p.put("unionAnswered", n(f.union().answered()));
        p.put("analysis", analysis(f, m));
        return new StatisticsData(p, rows(f, m));
    }

    static String periodLabel(StatisticsPeriod period, Messages m) {
        return period.annual() ? m.get("report.statistics.year", Integer.toString(period.year()))
                : m.get("report.statistics.quarter", Integer.toString(period.year()), Integer.toString(period.quarter()));
    }

    /** The rate in percent as printed, e.g. "87.5%", or "—" when nothing was found. */
    static String rate(HazardStatistics f, Messages m) {
        BigDecimal rate = f.rectificationRate();
        return rate == null ? m.get("report.statistics.noRate") : rate.toPlainString() + "%";
    }

    static String funds(BigDecimal funds, Messages m) {
        String amount = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(funds == null ? BigDecimal.ZERO : funds);
        return m.get("report.notice.funds", amount);
    }

    static String n(int value) {
        return Integer.toString(value);
    }

    /** The generated sentences of the 分析 section, one paragraph. */
    static String analysis(HazardStatistics f, Messages m) {
        List<String> s = new ArrayList<>();
        s.add(m.get("report.statistics.analysis.found", n(f.total().found()), n(f.major().found()),
                n(f.total().rectified()), n(f.total().closed())));
        s.add(f.rectificationRate() == null ? m.get("report.statistics.analysis.nothingFound")
                : m.get("report.statistics.analysis.rate", n(f.foundClosed()), rate(f, m)));
        HazardStatistics.CategoryRow top = f.topCategory();
        if (top != null) {
            BigDecimal share = BigDecimal.valueOf(top.counts().found() * 100L)
                    .divide(BigDecimal.valueOf(f.total().found()), 1, java.math.RoundingMode.HALF_UP);
            s.add(m.get("report.statistics.analysis.topCategory", top.nameZh(), n(top.counts().found()),
                    share.toPlainString() + "%"));
        }
        s.add(f.total().overdue() == 0 ? m.get("report.statistics.analysis.noOverdue")
                : m.get("report.statistics.analysis.overdue", n(f.total().overdue())));
        if (f.major().open() > 0) {
            s.add(m.get("report.statistics.analysis.majorOpen", n(f.major().open())));
        }
        if (f.union().issued() > 0 || f.union().answered() > 0) {
            s.add(m.get("report.statistics.analysis.union", n(f.union().issued()), n(f.union().answered())));
        }
        return String.join("", s);
    }

    private static List<Map<String, ?>> rows(HazardStatistics f, Messages m) {
        List<Map<String, ?>> rows = new ArrayList<>();
        String tier = m.get("report.statistics.section.tier");
        String tierHeading = m.get("report.statistics.heading.tier");
        Counts sum = Counts.ZERO;
        for (HazardStatistics.TierRow r : f.byTier()) {
            rows.add(row(tier, tierHeading, m.label(r.tier()), r.counts(), false));
            sum = sum.plus(r.counts());
        }
        rows.add(row(tier, tierHeading, m.get("report.statistics.total"), sum, true));

        String unit = m.get("report.statistics.section.unit");
        String unitHeading = m.get("report.statistics.heading.unit");
        sum = Counts.ZERO;
        for (HazardStatistics.UnitRow r : f.byUnit()) {
            String name = r.workshopName() == null ? m.get("report.statistics.plantItself", r.plantName())
                    : m.get("report.statistics.workshopOf", r.plantName(), r.workshopName());
            rows.add(row(unit, unitHeading, name, r.counts(), false));
            sum = sum.plus(r.counts());
        }
        rows.add(row(unit, unitHeading, m.get("report.statistics.total"), sum, true));

        String category = m.get("report.statistics.section.category");
        String categoryHeading = m.get("report.statistics.heading.category");
        sum = Counts.ZERO;
        for (HazardStatistics.CategoryRow r : f.byCategory()) {
            rows.add(row(category, categoryHeading, r.nameZh(), r.counts(), false));
            sum = sum.plus(r.counts());
        }
        rows.add(row(category, categoryHeading, m.get("report.statistics.total"), sum, true));

        String grade = m.get("report.statistics.section.grade");
        String gradeHeading = m.get("report.statistics.heading.grade");
        sum = Counts.ZERO;
        for (HazardStatistics.GradeRow r : f.byGrade()) {
            String name = r.grade() == Grade.GENERAL && r.subGrade() != null
                    ? m.get("report.notice.gradeWithSubGrade", m.label(r.grade()), r.subGrade())
                    : m.label(r.grade());
            rows.add(row(grade, gradeHeading, name, r.counts(), false));
            sum = sum.plus(r.counts());
        }
        rows.add(row(grade, gradeHeading, m.get("report.statistics.total"), sum, true));
        return rows;
    }

    private static Map<String, Object> row(String section, String heading, String name, Counts c, boolean total) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(SECTION, section);
        row.put(HEADING, heading);
        row.put(NAME, name);
        row.put("found", n(c.found()));
        row.put("rectified", n(c.rectified()));
        row.put("closed", n(c.closed()));
        row.put("open", n(c.open()));
        row.put("overdue", n(c.overdue()));
        row.put(TOTAL, total);
        return row;
    }
}
