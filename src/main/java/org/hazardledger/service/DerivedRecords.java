package org.hazardledger.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.store.StoreSession;

/**
 * The records a bundle carries that no table holds, computed when the bundle is written: rounds
 * compliance per unit and month, and the quarterly campaign figures. Each has a stable id (from its
 * unit and month, or its quarter) and the bundle's range end as revision and change sequence, so a
 * newer bundle's figures replace an older one's.
 */
final class DerivedRecords {

    /** The whole-number fields of a campaign figure. */
    static final List<String> CAMPAIGN_COUNTS = List.of("found", "rectified", "closed", "open", "overdue",
            "foundClosed", "majorFound", "majorRectified", "majorClosed", "majorOpen", "majorOverdue",
            "unionProposals", "unionStopProduction", "unionEvacuation", "unionAnswered");

    private DerivedRecords() {
    }

    static UUID complianceId(UUID unitId, YearMonth month) {
        return UUID.nameUUIDFromBytes(("compliance:" + unitId + ":" + month).getBytes(StandardCharsets.UTF_8));
    }

    static UUID campaignId(StatisticsPeriod period) {
        return UUID.nameUUIDFromBytes(("campaign_figure:" + period.code()).getBytes(StandardCharsets.UTF_8));
    }

    /** Per unit and month touched by the rounds changed within {@code range}: required, held, missed, due. */
    static int compliance(StoreSession s, ChangeRange range, Consumer<TravellingRecord> sink) {
        Map<YearMonth, Set<UUID>> touched = s.travellingRows().roundUnitMonths(range);
        if (touched.isEmpty()) {
            return 0;
        }
        List<OrgUnit> active = RoundOperations.activeUnits(s);
        OffsetDateTime now = now(s);
        int count = 0;
        for (Map.Entry<YearMonth, Set<UUID>> month : touched.entrySet()) {
            List<OrgUnit> units = active.stream().filter(u -> month.getValue().contains(u.id())).toList();
            if (units.isEmpty()) {
                continue;
            }
            LocalDate from = month.getKey().atDay(1);
            LocalDate to = month.getKey().atEndOfMonth();
            Map<UUID, List<ComplianceEntry>> byUnit = new LinkedHashMap<>();
            units.forEach(u -> byUnit.put(u.id(), new ArrayList<>()));
            for (ComplianceEntry e : RoundOperations.allEntries(s, units, from, to, null)) {
                byUnit.computeIfAbsent(e.unitId(), k -> new ArrayList<>()).add(e);
            }
            for (OrgUnit unit : units) {
                ComplianceSummary sum = ComplianceSummary.of(byUnit.get(unit.id()));
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("unitId", unit.id().toString());
                fields.put("tier", unit.tier().name());
                fields.put("month", month.getKey().toString());
                fields.put("required", (long) sum.required());
                fields.put("held", (long) sum.done());
                fields.put("missed", (long) sum.missed());
                fields.put("due", (long) sum.due());
                sink.accept(new TravellingRecord(RecordType.COMPLIANCE, complianceId(unit.id(), month.getKey()),
                        (int) range.to(), range.to(), now, false, fields));
                count++;
            }
        }
        return count;
    }

    /** The quarterly figures of the quarters in which hazards or union records changed within {@code range}. */
    static int campaignFigures(StoreSession s, ChangeRange range, Consumer<TravellingRecord> sink) {
        Set<StatisticsPeriod> quarters = new LinkedHashSet<>();
        for (LocalDate day : s.travellingRows().hazardAndUnionDays(range)) {
            quarters.add(StatisticsPeriod.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1));
        }
        OffsetDateTime now = now(s);
        for (StatisticsPeriod quarter : quarters) {
            HazardStatistics f = StatisticsService.figures(s, quarter.from(), quarter.to());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("period", quarter.code());
            fields.put("from", quarter.from().toString());
            fields.put("to", quarter.to().toString());
            fields.put("asOf", f.asOf() == null ? null : f.asOf().toString());
            fields.put("found", (long) f.total().found());
            fields.put("rectified", (long) f.total().rectified());
            fields.put("closed", (long) f.total().closed());
            fields.put("open", (long) f.total().open());
            fields.put("overdue", (long) f.total().overdue());
            fields.put("foundClosed", (long) f.foundClosed());
            HazardStatistics.Counts major = f.major() == null ? HazardStatistics.Counts.ZERO : f.major();
            fields.put("majorFound", (long) major.found());
            fields.put("majorRectified", (long) major.rectified());
            fields.put("majorClosed", (long) major.closed());
            fields.put("majorOpen", (long) major.open());
            fields.put("majorOverdue", (long) major.overdue());
            fields.put("fundsSpent", f.fundsSpent() == null ? null : f.fundsSpent().toPlainString());
            fields.put("rectificationRate", f.rectificationRate() == null ? null
                    : f.rectificationRate().toPlainString());
            HazardStatistics.UnionFigures union = f.union() == null ? HazardStatistics.UnionFigures.NONE : f.union();
            fields.put("unionProposals", (long) union.proposals());
            fields.put("unionStopProduction", (long) union.stopProduction());
            fields.put("unionEvacuation", (long) union.evacuation());
            fields.put("unionAnswered", (long) union.answered());
            sink.accept(new TravellingRecord(RecordType.CAMPAIGN_FIGURE, campaignId(quarter), (int) range.to(),
                    range.to(), now, false, fields));
        }
        return quarters.size();
    }

    private static OffsetDateTime now(StoreSession s) {
        return OffsetDateTime.now(s.clock()).truncatedTo(ChronoUnit.SECONDS);
    }
}
