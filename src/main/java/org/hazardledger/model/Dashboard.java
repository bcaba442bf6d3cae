package org.hazardledger.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The figures behind the statistics dashboard's charts, for one {@link DashboardFilter}. Rejected
 * and merged hazards count nowhere (as in {@link HazardStatistics}); states "at the end" are taken
 * on {@code asOf}: the period's last day, or today when the period has not ended yet.
 *
 * @param byMonth        one point per calendar month the period touches that has begun by {@code asOf}, in order
 * @param byTier         one share per rectifying tier, lowest first, all four
 * @param byCategory     one share per hazard category with any figure, in catalogue order
 * @param byUnit         one share per workshop (or plant for its own hazards), as {@link HazardStatistics#byUnit()}
 * @param bySource       one share per source with any figure, in {@link HazardSource} order
 * @param byForm         one share per hazard form (物/人/管理) with any figure, in catalogue order
 * @param openAtEnd      hazards open on {@code asOf}
 * @param closedInPeriod hazards struck off in the period
 * @param foundClosed    of the hazards found in the period, those struck off by {@code asOf} (as the printed table counts them)
 * @param overdueAgeing  hazards open and overdue on {@code asOf}, by how many days past the deadline
 * @param compliance     inspection rounds due and held, per unit that must inspect and per month
 * @param participation  the share of workers who found at least one hazard in the period
 */
public record Dashboard(DashboardFilter filter, LocalDate asOf, List<MonthPoint> byMonth, List<Share> byTier,
                        List<Share> byCategory, List<Share> byUnit, List<Share> bySource, List<Share> byForm,
                        int openAtEnd, int closedInPeriod, int foundClosed, List<AgeBand> overdueAgeing,
                        List<ComplianceCell> compliance, Participation participation) {

    public Dashboard {
        byMonth = List.copyOf(byMonth);
        byTier = List.copyOf(byTier);
        byCategory = List.copyOf(byCategory);
        byUnit = List.copyOf(byUnit);
        bySource = List.copyOf(bySource);
        byForm = List.copyOf(byForm);
        overdueAgeing = List.copyOf(overdueAgeing);
        compliance = List.copyOf(compliance);
    }

    /** Hazards found in the period: the months' found added up (the months are cut to the period). */
    public int foundInPeriod() {
        return byMonth.stream().mapToInt(MonthPoint::found).sum();
    }

    /**
     * The rectification rate in percent, one decimal, as the printed statistics table gives it: of the
     * hazards found in the period, the share struck off by {@code asOf}; null when nothing was found.
     */
    public BigDecimal rectificationRate() {
        return percent(foundClosed, foundInPeriod());
    }

    /** Found, rectified and closed in the month (within the period); open and overdue at its end. */
    public record MonthPoint(YearMonth month, int found, int rectified, int closed, int openAtEnd,
                             int overdueAtEnd) {
    }

    /**
     * One slice of a breakdown. {@code key} identifies it (enum name, category code, unit id);
     * {@code labelKey} is a resource-bundle key for enum slices, else null and {@code label} is the
     * name to show (a catalogue's Chinese name, a unit's name).
     */
    public record Share(String key, String labelKey, String label, int found, int closed, int open,
                        int overdue) {
    }

    /** Overdue hazards {@code fromDays} to {@code toDays} days past their deadline; {@code toDays} null = and more. */
    public record AgeBand(int fromDays, Integer toDays, int hazards) {
    }

    /** One cell of the compliance heat-map: rounds due and held by a unit in a month. */
    public record ComplianceCell(UUID unitId, String unitName, Tier tier, YearMonth month, int due, int held) {

        /** Held of due in percent (one decimal), null when nothing was due. */
        public BigDecimal rate() {
            return percent(held, due);
        }
    }

    /** Workers in scope (people not retired) and those among them who found a hazard in the period. */
    public record Participation(int workers, int finders) {

        public BigDecimal rate() {
            return percent(finders, workers);
        }
    }

    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
