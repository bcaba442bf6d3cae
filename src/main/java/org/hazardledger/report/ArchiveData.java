package org.hazardledger.report;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.TierArchive;
import org.hazardledger.service.Messages;

/**
 * The cover and summary of a 分级隐患档案, worded for the reader. Counts are of the archive's own
 * lists, so the printed summary always agrees with the tables below it.
 */
record ArchiveData(String unitPath, String tierLabel, String periodText, String foundCount, String handledCount,
                   String openCount, String overdueCount, String majorCount, String periodsRequired,
                   String periodsDone, String periodsMissed, String roundsHeld, String complianceRate) {

    static ArchiveData of(TierArchive archive, String unitPath, Messages messages, DateTimeFormatter dates) {
        int open = 0;
        int overdue = 0;
        int major = 0;
        for (HazardRow h : archive.found()) {
            open += h.status().isOpen() ? 1 : 0;
            overdue += h.overdue() ? 1 : 0;
            major += h.grade() == Grade.MAJOR ? 1 : 0;
        }
        ComplianceSummary c = archive.compliance();
        return new ArchiveData(unitPath, messages.label(archive.tier()),
                messages.get("report.archive.period", dates.format(archive.from()), dates.format(archive.to())),
                String.valueOf(archive.found().size()), String.valueOf(archive.handled().size()),
                String.valueOf(open), String.valueOf(overdue), String.valueOf(major),
                String.valueOf(c.required()), String.valueOf(c.done()), String.valueOf(c.missed()),
                String.valueOf(archive.roundsHeld().size()), rate(c, messages));
    }

    /**
     * Periods checked out of periods that are over: a period still running (due) has not failed yet,
     * so it is left out rather than counted against the tier. "—" when no period is over.
     */
    static String rate(ComplianceSummary c, Messages messages) {
        int over = c.done() + c.missed();
        if (over == 0) {
            return messages.get("report.archive.noRate");
        }
        return messages.get("report.archive.rate", String.format(java.util.Locale.ROOT, "%.1f", 100.0 * c.done() / over));
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("unitPath", unitPath);
        p.put("tierLabel", tierLabel);
        p.put("periodText", periodText);
        p.put("foundCount", foundCount);
        p.put("handledCount", handledCount);
        p.put("openCount", openCount);
        p.put("overdueCount", overdueCount);
        p.put("majorCount", majorCount);
        p.put("periodsRequired", periodsRequired);
        p.put("periodsDone", periodsDone);
        p.put("periodsMissed", periodsMissed);
        p.put("roundsHeld", roundsHeld);
        p.put("complianceRate", complianceRate);
        return p;
    }
}
