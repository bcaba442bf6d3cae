package org.hazardledger.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Every figure of a quarterly or annual statistics table (季度/年度隐患排查治理统计): the hazard
 * figures of {@link HazardStatistics} (found, rectified, closed, open and overdue; major; by tier,
 * category, unit and grade), the same by hazard form and by source, the participation rate and the
 * inspection-round compliance. Rejected and merged hazards count nowhere; states "at the end" are
 * taken on {@link HazardStatistics#asOf()}.
 *
 * @param byForm            one row per hazard form (物/人/管理), all three, in catalogue order
 * @param bySource          one row per source, all of them, in {@link HazardSource} order
 * @param participation     workers (people not retired) and those among them named as the finder of a
 *                          hazard found in the period (anonymous hazards count for nobody)
 * @param compliance        round periods of every active unit that end in the period: done, missed, due
 * @param complianceByTier  the same per tier of the units, lowest first, all four
 */
public record PeriodFigures(StatisticsPeriod period, HazardStatistics hazards, List<Slice> byForm,
                            List<Slice> bySource, Dashboard.Participation participation,
                            ComplianceSummary compliance, List<TierCompliance> complianceByTier) {

    public PeriodFigures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(hazards, "hazards");
        byForm = List.copyOf(byForm);
        bySource = List.copyOf(bySource);
        complianceByTier = List.copyOf(complianceByTier);
    }

    public int found() {
        return hazards.total().found();
    }

    public int rectified() {
        return hazards.total().rectified();
    }

    /** Of the hazards found in the period, the share closed by its end, in percent; null when none found. */
    public BigDecimal rectificationRate() {
        return hazards.rectificationRate();
    }

    /** Open and past the deadline at the end. */
    public int overdue() {
        return hazards.total().overdue();
    }

    /** Major hazards found in the period. */
    public int majorFound() {
        return hazards.major().found();
    }

    /** Periods done of those required, in percent (one decimal); null when none was required. */
    public BigDecimal complianceRate() {
        return Dashboard.percent(compliance.done(), compliance.required());
    }

    /** One row of a breakdown by an enum: {@code key} is the enum's name, {@code labelKey} its bundle key. */
    public record Slice(String key, String labelKey, HazardStatistics.Counts counts) {
    }

    /** The round compliance of the units of one tier. */
    public record TierCompliance(Tier tier, ComplianceSummary summary) {

        public BigDecimal rate() {
            return Dashboard.percent(summary.done(), summary.required());
        }
    }
}
