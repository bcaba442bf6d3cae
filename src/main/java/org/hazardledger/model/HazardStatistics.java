package org.hazardledger.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The hazard figures of a period (from, to, both included) as the statistics table and the workers'
 * congress briefing print them. Rejected hazards (not hazards) and merged duplicates count nowhere.
 * States "at the end" are taken on {@code asOf}: the period's last day, or today when the period
 * has not ended yet. Every breakdown sums to {@link #total()}.
 *
 * @param total       all hazards: found, rectified and closed in the period, open and overdue at the end
 * @param foundClosed of the hazards found in the period, those closed by the end (the rectification rate's numerator)
 * @param major       the same figures of the major hazards (重大隐患)
 * @param fundsSpent  the rectification funds of the hazards closed in the period
 * @param byTier      one row per tier that rectifies, lowest first, all four tiers
 * @param byCategory  one row per category with any figure, in catalogue order
 * @param byUnit      one row per workshop (or plant, for hazards registered at the plant itself), by plant
 * @param byGrade     general sub-grades (A, B, C … and "none" as null) then major; rows with any figure
 */
public record HazardStatistics(LocalDate from, LocalDate to, LocalDate asOf, Counts total, int foundClosed,
                               Counts major, BigDecimal fundsSpent, List<TierRow> byTier,
                               List<CategoryRow> byCategory, List<UnitRow> byUnit, List<GradeRow> byGrade,
                               UnionFigures union) {

    public HazardStatistics {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(total, "total");
        byTier = List.copyOf(byTier);
        byCategory = List.copyOf(byCategory);
        byUnit = List.copyOf(byUnit);
        byGrade = List.copyOf(byGrade);
    }

    /**
     * The rectification rate in percent (closed of found, one decimal), or null when nothing was found:
     * of the hazards found in the period, the share struck off by its end.
     */
    public BigDecimal rectificationRate() {
        if (total.found() == 0) {
            return null;
        }
        return BigDecimal.valueOf(foundClosed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total.found()), 1, RoundingMode.HALF_UP);
    }

    /** The category with the most hazards found, the first in catalogue order on a tie; null when none. */
    public CategoryRow topCategory() {
        CategoryRow top = null;
        for (CategoryRow row : byCategory) {
            if (row.counts().found() > 0 && (top == null || row.counts().found() > top.counts().found())) {
                top = row;
            }
        }
        return top;
    }

    /** Found, rectified and closed in the period; open and overdue at its end. */
    public record Counts(int found, int rectified, int closed, int open, int overdue) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(found + o.found, rectified + o.rectified, closed + o.closed, open + o.open,
                    overdue + o.overdue);
        }

        public boolean isZero() {
            return equals(ZERO);
        }
    }

    /**
     * The finest grouping the store returns: one per tier, category, unit, grade and sub-grade, with
     * the counts, the found-and-closed count and the funds of the hazards closed in the period.
     */
    public record Cell(Tier tier, String category, UUID unitId, Grade grade, String subGrade, Counts counts,
                       int foundClosed, BigDecimal funds) {
    }

    public record TierRow(Tier tier, Counts counts) {
    }

    /** {@code nameZh} is the catalogue's name, or the code when the catalogue no longer has it. */
    public record CategoryRow(String code, String nameZh, Counts counts) {
    }

    /** {@code workshopName} is null for hazards of the plant itself (its offices and yards). */
    public record UnitRow(String plantName, String workshopName, Counts counts) {
    }

    /** {@code subGrade} null for a general hazard without a sub-grade, and always for a major one. */
    public record GradeRow(Grade grade, String subGrade, Counts counts) {
    }

    /**
     * The union's records issued in the period, by kind, and those the enterprise answered in it.
     */
    public record UnionFigures(int proposals, int stopProduction, int evacuation, int answered) {

        public static final UnionFigures NONE = new UnionFigures(0, 0, 0, 0);

        public int issued() {
            return proposals + stopProduction + evacuation;
        }
    }
}
