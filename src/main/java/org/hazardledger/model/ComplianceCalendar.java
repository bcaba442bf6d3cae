package org.hazardledger.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The round rules of the campaign (四级排查): which periods a unit must hold a round in, and whether it
 * did. Posts and teams: every day; workshops: each ISO week (Monday–Sunday); plants: each half-month
 * (1st–15th, 16th–end). A period is required only if at least one of its days is on duty (the unit
 * existed, its rota has it on duty, and it is a working day when the rule skips holidays).
 *
 * <p>A missed period is reported once: as one entry, on the day it ends (see {@link #missedOn}).
 */
public final class ComplianceCalendar {

    private ComplianceCalendar() {
    }

    /** The unit a schedule is for, with its rule and the first day it existed (null: always). */
    public record Schedule(UUID unitId, String unitName, Tier tier, RoundRule rule, LocalDate since) {
    }

    /** The period of {@code frequency} that contains {@code day}. */
    public static RoundPeriod periodOf(InspectionFrequency frequency, LocalDate day) {
        switch (frequency) {
            case DAILY:
                return new RoundPeriod(day, day);
            case WEEKLY:
                return new RoundPeriod(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            default:
                return day.getDayOfMonth() <= 15
                        ? new RoundPeriod(day.withDayOfMonth(1), day.withDayOfMonth(15))
                        : new RoundPeriod(day.withDayOfMonth(16), day.with(TemporalAdjusters.lastDayOfMonth()));
        }
    }

    /** Every period of {@code frequency} overlapping {@code from..to}, whole, in order. */
    public static List<RoundPeriod> allPeriods(InspectionFrequency frequency, LocalDate from, LocalDate to) {
        List<RoundPeriod> out = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            RoundPeriod p = periodOf(frequency, day);
            out.add(p);
            day = p.to().plusDays(1);
        }
        return out;
    }

    /** The frequency a unit is held to: the rule's, never rarer than the tier's minimum. */
    public static InspectionFrequency effectiveFrequency(RoundRule rule, Tier tier) {
        return RoundRule.atLeast(rule.frequency(), tier.minimumFrequency()) ? rule.frequency()
                : tier.minimumFrequency();
    }

    /** Whether a unit under {@code rule} is on duty on {@code day}. */
    public static boolean onDuty(RoundRule rule, LocalDate since, LocalDate day, WorkingCalendar holidays) {
        if (since != null && day.isBefore(since)) {
            return false;
        }
        if (!rule.rota().onDuty(day)) {
            return false;
        }
        return !rule.skipHolidays() || holidays.isWorkingDay(day);
    }

    /** Whether at least one day of {@code p} is on duty. */
    public static boolean required(RoundRule rule, LocalDate since, RoundPeriod p, WorkingCalendar holidays) {
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            if (onDuty(rule, since, d, holidays)) {
                return true;
            }
        }
        return false;
    }

    /** The periods overlapping {@code from..to} in which {@code rule} requires a round. */
    public static List<RoundPeriod> periods(RoundRule rule, Tier tier, LocalDate from, LocalDate to,
                                            WorkingCalendar holidays) {
        return periods(rule, tier, null, from, to, holidays);
    }

    /** As {@link #periods(RoundRule, Tier, LocalDate, LocalDate, WorkingCalendar)}, for a unit existing since {@code since}. */
    public static List<RoundPeriod> periods(RoundRule rule, Tier tier, LocalDate since, LocalDate from, LocalDate to,
                                            WorkingCalendar holidays) {
        List<RoundPeriod> out = new ArrayList<>();
        for (RoundPeriod p : allPeriods(effectiveFrequency(rule, tier), from, to)) {
            if (required(rule, since, p, holidays)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Every period of the unit overlapping {@code from..to} (whole periods, not-required ones
     * included) with its state as of {@code today}, given the days rounds were held on (one entry
     * per round).
     */
    public static List<ComplianceEntry> evaluate(Schedule unit, LocalDate from, LocalDate to,
                                                 Collection<LocalDate> heldOn, LocalDate today,
                                                 WorkingCalendar holidays) {
        TreeMap<LocalDate, Integer> perDay = perDay(heldOn);
        List<ComplianceEntry> out = new ArrayList<>();
        for (RoundPeriod p : allPeriods(effectiveFrequency(unit.rule(), unit.tier()), from, to)) {
            int held = 0;
            for (int n : perDay.subMap(p.from(), true, p.to(), true).values()) {
                held += n;
            }
            out.add(new ComplianceEntry(unit.unitId(), unit.unitName(), unit.tier(), p,
                    state(unit, p, held, today, holidays), held));
        }
        return out;
    }

    private static TreeMap<LocalDate, Integer> perDay(Collection<LocalDate> heldOn) {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (LocalDate d : heldOn) {
            perDay.merge(d, 1, Integer::sum);
        }
        return perDay;
    }

    /** The state of one period. */
    public static ComplianceState state(Schedule unit, RoundPeriod p, int held, LocalDate today,
                                        WorkingCalendar holidays) {
        if (held > 0) {
            return ComplianceState.DONE;
        }
        if (!required(unit.rule(), unit.since(), p, holidays)) {
            return ComplianceState.NOT_REQUIRED;
        }
        if (p.from().isAfter(today)) {
            return ComplianceState.UPCOMING;
        }
        return p.to().isBefore(today) ? ComplianceState.MISSED : ComplianceState.DUE;
    }

    /** The entries that are missed and end on {@code day}: each missed period shows on exactly one day. */
    public static List<ComplianceEntry> missedOn(List<ComplianceEntry> entries, LocalDate day) {
        return entries.stream()
                .filter(e -> e.state() == ComplianceState.MISSED && e.period().to().equals(day))
                .toList();
    }

    /**
     * One line per day of {@code from..to}: the state of the day's period (a day off inside a required
     * week carries the week's state) and the rounds held that day.
     */
    public static List<DayCompliance> days(List<ComplianceEntry> entries, Collection<LocalDate> heldOn,
                                           LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> perDay = perDay(heldOn);
        List<DayCompliance> out = new ArrayList<>();
        int i = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            while (i < entries.size() && entries.get(i).period().to().isBefore(d)) {
                i++;
            }
            ComplianceState state = i < entries.size() && entries.get(i).period().contains(d)
                    ? entries.get(i).state() : ComplianceState.NOT_REQUIRED;
            out.add(new DayCompliance(d, state, perDay.getOrDefault(d, 0)));
        }
        return out;
    }
}
