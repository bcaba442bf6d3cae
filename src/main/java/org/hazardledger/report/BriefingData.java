package org.hazardledger.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.HazardBriefing;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.service.Messages;

/**
 * What the 职代会隐患通报 prints, in plain words for the notice board. It never names who found a
 * hazard (the rows carry no finder at all): reporters are protected by law. The three lists (major
 * hazards, overdue hazards, the union's records) are rows of one table, five columns each, one
 * section each; an empty list prints one "none" line.
 */
record BriefingData(Map<String, Object> parameters, List<Map<String, ?>> rows) {

    /** Characters of a description the briefing shows; the ledger holds the rest. */
    static final int EXCERPT = 40;

    static BriefingData of(HazardBriefing briefing, List<UnionRecordRow> unionRecords, LocalDate printedOn,
                           Messages m, DateTimeFormatter dates) {
        HazardStatistics f = briefing.figures();
        Map<String, Object> p = new LinkedHashMap<>();
        String from = dates.format(f.from());
        String to = dates.format(f.to());
        p.put("periodSpan", m.get("report.statistics.span", from, to));
        p.put("summary", m.get("report.briefing.summary", from, to, n(f.total().found()), n(f.major().found()),
                n(f.total().rectified()), n(f.total().closed()), StatisticsData.rate(f, m), dates.format(f.asOf()),
                n(f.total().open()), n(f.total().overdue())));
        p.put("found", n(f.total().found()));
        p.put("closed", n(f.total().closed()));
        p.put("open", n(f.total().open()));
        p.put("overdue", n(f.total().overdue()));
        p.put("majorFound", n(f.major().found()));
        p.put("majorOpen", n(f.major().open()));
        p.put("rate", StatisticsData.rate(f, m));
        p.put("funds", StatisticsData.funds(f.fundsSpent(), m));
        p.put("closing", m.get("report.briefing.closing"));
        p.put("issuedOn", dates.format(printedOn));
        List<Map<String, ?>> rows = new ArrayList<>();
        majorRows(briefing.majorHazards(), m, dates, rows);
        overdueRows(briefing.overdue(), f.asOf(), m, dates, rows);
        unionRows(unionRecords, m, dates, rows);
        return new BriefingData(p, rows);
    }

    private static void majorRows(List<HazardRow> hazards, Messages m, DateTimeFormatter dates,
                                  List<Map<String, ?>> rows) {
        String section = m.get("report.briefing.section.major");
        List<String> heads = List.of(m.get("report.briefing.col.number"), m.get("report.briefing.col.place"),
                m.get("report.briefing.col.description"), m.get("report.briefing.col.status"),
                m.get("report.briefing.col.deadline"));
        for (HazardRow h : hazards) {
            rows.add(row(section, heads, h.number(), place(h, m), excerpt(h.description()), m.label(h.status()),
                    h.deadline() == null ? null : dates.format(h.deadline())));
        }
        if (hazards.isEmpty()) {
            rows.add(none(section, heads, m.get("report.briefing.noMajor")));
        }
    }

    private static void overdueRows(List<HazardRow> hazards, LocalDate asOf, Messages m, DateTimeFormatter dates,
                                    List<Map<String, ?>> rows) {
        String section = m.get("report.briefing.section.overdue");
        List<String> heads = List.of(m.get("report.briefing.col.number"), m.get("report.briefing.col.unit"),
                m.get("report.briefing.col.responsible"), m.get("report.briefing.col.deadline"),
                m.get("report.briefing.col.daysOverdue"));
        for (HazardRow h : hazards) {
            rows.add(row(section, heads, h.number(), h.unitName(), h.responsibleName(), dates.format(h.deadline()),
                    m.get("report.briefing.days", Long.toString(ChronoUnit.DAYS.between(h.deadline(), asOf)))));
        }
        if (hazards.isEmpty()) {
            rows.add(none(section, heads, m.get("report.briefing.noOverdue")));
        }
    }

    private static void unionRows(List<UnionRecordRow> records, Messages m, DateTimeFormatter dates,
                                  List<Map<String, ?>> rows) {
        String section = m.get("report.briefing.section.union");
        List<String> heads = List.of(m.get("report.briefing.col.record"), m.get("report.briefing.col.kind"),
                m.get("report.briefing.col.hazards"), m.get("report.briefing.col.issuedOn"),
                m.get("report.briefing.col.answer"));
        for (UnionRecordRow r : records) {
            UnionRecord rec = r.record();
            String answer = rec.answeredOn() == null ? m.get("report.briefing.unanswered")
                    : m.get("report.briefing.answered", dates.format(rec.answeredOn()));
            rows.add(row(section, heads, rec.number(), m.label(rec.kind()), String.join("、", r.hazardNumbers()),
                    dates.format(rec.issuedOn()), answer));
        }
        if (records.isEmpty()) {
            rows.add(none(section, heads, m.get("report.briefing.noUnion")));
        }
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= EXCERPT ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    private static String place(HazardRow h, Messages m) {
        return h.place() == null || h.place().isBlank() ? h.unitName()
                : m.get("report.notice.location", h.unitName(), h.place());
    }

    private static Map<String, Object> row(String section, List<String> heads, String... cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        for (int i = 0; i < 5; i++) {
            row.put("h" + (i + 1), heads.get(i));
            row.put("c" + (i + 1), cells[i]);
        }
        row.put("none", false);
        return row;
    }

    private static Map<String, Object> none(String section, List<String> heads, String text) {
        Map<String, Object> row = row(section, heads, text, null, null, null, null);
        row.put("none", true);
        return row;
    }

    private static String n(int value) {
        return Integer.toString(value);
    }
}
