package org.hazardledger.report;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazardledger.model.Grading;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.service.Messages;

/**
 * What the 重大隐患报告表 prints: the hazard's facts, the ground and criterion that make it major, the
 * three-part report, the safeguards in force and the report to the department, as finished strings
 * (null: not entered yet, the cell stays empty to be written by hand).
 */
record MajorReportData(NoticeData head, String criterion, String presentStateAndCause, String harmAndDifficulty,
                       String planSummary, String safeguards, String reportedTo) {

    static MajorReportData of(HazardDetails details, MajorHazardFile file, Messages messages) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.get("report.date.pattern"), messages.locale());
        MajorHazardFile.Report report = file.report();
        return new MajorReportData(NoticeData.of(details, messages), criterion(details.hazard().grading(), messages),
                report == null ? null : report.presentStateAndCause(),
                report == null ? null : report.harmAndDifficulty(),
                report == null ? null : report.planSummary(),
                safeguards(file.safeguards(), messages),
                reportedTo(file.departmentReport(), dates, messages));
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>(head.parameters());
        p.put("criterion", criterion);
        p.put("presentStateAndCause", presentStateAndCause);
        p.put("harmAndDifficulty", harmAndDifficulty);
        p.put("planSummary", planSummary);
        p.put("safeguards", safeguards);
        p.put("reportedTo", reportedTo);
        return p;
    }

    private static String criterion(Grading grading, Messages messages) {
        MajorCriterionCitation c = grading == null ? null : grading.citation();
        if (c == null) {
            return null;
        }
        if (c.isOther()) {
            return messages.get("report.major.criterionOther", c.otherReason());
        }
        return c.version() == null ? c.code()
                : messages.get("report.major.criterionClause", c.code(), String.valueOf(c.version()));
    }

    /** Each of the three safeguards ticked or not, so the reader sees what is not in force too. */
    private static String safeguards(MajorHazardFile.Safeguards s, Messages messages) {
        String line = messages.get("report.major.safeguards", tick(s.warningSigns()), tick(s.peopleWithdrawn()),
                tick(s.useStopped()));
        return s.note() == null || s.note().isBlank() ? line
                : messages.get("report.major.safeguardsWithNote", line, s.note().strip());
    }

    private static String tick(boolean on) {
        return on ? "\u221A" : "\u25A1";
    }

    private static String reportedTo(MajorHazardFile.DepartmentReport r, DateTimeFormatter dates, Messages messages) {
        if (r == null) {
            return null;
        }
        String number = r.documentNumber() == null || r.documentNumber().isBlank() ? "" : r.documentNumber().strip();
        return number.isEmpty()
                ? messages.get("report.major.reportedTo", NoticeData.date(r.reportedOn(), dates), r.department())
                : messages.get("report.major.reportedToWithNumber", NoticeData.date(r.reportedOn(), dates),
                        r.department(), number);
    }
}
