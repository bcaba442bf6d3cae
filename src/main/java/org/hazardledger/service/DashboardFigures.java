package org.hazardledger.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardStatistics.Counts;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.StatisticsCell;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.model.StatisticsScope;
import org.hazardledger.model.StatisticsSpan;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * Builds the statistics dashboard from a handful of grouped queries: two breakdowns (by tier, category
 * and unit; by source and form), one row of CASE sums for the months, one for the overdue ageing, two
 * counts for participation, and the rounds' own compliance calendar.
 */
final class DashboardFigures {

    /** The first day of each overdue band: 1–7, 8–30, 31–90, 91 and more days past the deadline. */
    static final int[] AGE_BANDS = {1, 8, 31, 91};

    private DashboardFigures() {
    }

    static Dashboard build(StoreSession s, DashboardFilter filter) {
        LocalDate asOf = StatisticsService.asOf(s, filter.from(), filter.to());
        List<OrgUnit> units = s.organisation().units();
        Set<UUID> subtree = filter.unitId() == null ? null : OrganisationOperations.subtree(s, filter.unitId());
        // a blank category (an empty picker) means all categories
        String category = filter.category() == null || filter.category().isBlank() ? null : filter.category().strip();
        StatisticsScope scope = new StatisticsScope(subtree, filter.tier(), category);
        List<StatisticsCell> cells = s.statistics().byTierCategoryUnit(filter.from(), filter.to(), asOf, scope);
        List<StatisticsCell> kinds = s.statistics().bySourceForm(filter.from(), filter.to(), asOf, scope);

        List<Dashboard.Share> byTier = new ArrayList<>();
        Map<Tier, Counts> tiers = group(cells, StatisticsCell::tier);
        for (Tier t : Tier.values()) {
            byTier.add(share(t.name(), t.labelKey(), null, tiers.getOrDefault(t, Counts.ZERO)));
        }
        Map<String, String> categoryNames = new LinkedHashMap<>();
        s.catalogs().list(CatalogEntry.HAZARD_CATEGORY).forEach(e -> categoryNames.put(e.code(), e.nameZh()));
        Map<String, Counts> categories = group(cells, StatisticsCell::category);
        List<Dashboard.Share> byCategory = new ArrayList<>();
        for (Map.Entry<String, String> e : categoryNames.entrySet()) {
            addIfAny(byCategory, share(e.getKey(), null, e.getValue(), categories.remove(e.getKey())));
        }
        new TreeMap<>(categories).forEach((code, counts) -> addIfAny(byCategory, share(code, null, code, counts)));

        Map<HazardSource, Counts> sources = group(kinds, StatisticsCell::source);
        List<Dashboard.Share> bySource = new ArrayList<>();
        for (HazardSource src : HazardSource.values()) {
            addIfAny(bySource, share(src.name(), src.labelKey(), null, sources.get(src)));
        }
        Map<HazardForm, Counts> forms = group(kinds, StatisticsCell::form);
        List<Dashboard.Share> byForm = new ArrayList<>();
        for (HazardForm f : HazardForm.values()) {
            addIfAny(byForm, share(f.name(), f.labelKey(), null, forms.get(f)));
        }
        List<Dashboard.Share> byUnit = byUnit(cells, units);

        Counts total = cells.stream().map(StatisticsCell::counts).reduce(Counts.ZERO, Counts::plus);

        List<Dashboard.MonthPoint> byMonth = byMonth(s, filter, asOf, scope);

        List<Integer> bands = s.statistics().overdueAgeing(asOf, AGE_BANDS, scope);
        List<Dashboard.AgeBand> ageing = new ArrayList<>();
        for (int i = 0; i < AGE_BANDS.length; i++) {
            ageing.add(new Dashboard.AgeBand(AGE_BANDS[i], i + 1 < AGE_BANDS.length ? AGE_BANDS[i + 1] - 1 : null,
                    bands.get(i)));
        }

        List<Dashboard.ComplianceCell> compliance = compliance(s, subtree, filter.tier(), filter.from(), filter.to());

        Dashboard.Participation participation = new Dashboard.Participation(s.statistics().workers(subtree),
                s.statistics().finders(filter.from(), filter.to(), subtree, filter.tier(), category));

        int foundClosed = cells.stream().mapToInt(StatisticsCell::foundClosed).sum();
        return new Dashboard(filter, asOf, byMonth, byTier, byCategory, byUnit, bySource, byForm, total.open(),
                total.closed(), foundClosed, ageing, compliance, participation);
    }

    /** The figures of a quarter or a year for {@link StatisticsService#period}. */
    static PeriodFigures period(StoreSession s, StatisticsPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        HazardStatistics hazards = StatisticsService.figures(s, from, to);
        List<StatisticsCell> cells = s.statistics().bySourceForm(from, to, hazards.asOf(), StatisticsScope.ALL);
        Map<HazardForm, Counts> forms = group(cells, StatisticsCell::form);
        List<PeriodFigures.Slice> byForm = new ArrayList<>();
        for (HazardForm f : HazardForm.values()) {
            byForm.add(new PeriodFigures.Slice(f.name(), f.labelKey(), forms.getOrDefault(f, Counts.ZERO)));
        }
        Map<HazardSource, Counts> sources = group(cells, StatisticsCell::source);
        List<PeriodFigures.Slice> bySource = new ArrayList<>();
        for (HazardSource src : HazardSource.values()) {
            bySource.add(new PeriodFigures.Slice(src.name(), src.labelKey(), sources.getOrDefault(src, Counts.ZERO)));
        }
        Dashboard.Participation participation = new Dashboard.Participation(s.statistics().workers(null),
                s.statistics().finders(from, to, null, null, null));
        List<ComplianceEntry> entries = endingIn(RoundOperations.allEntries(s, RoundOperations.activeUnits(s),
                from, to, null), from, to);
        List<PeriodFigures.TierCompliance> byTier = new ArrayList<>();
        for (Tier t : Tier.values()) {
            byTier.add(new PeriodFigures.TierCompliance(t,
                    ComplianceSummary.of(entries.stream().filter(e -> e.tier() == t).toList())));
        }
        return new PeriodFigures(period, hazards, byForm, bySource, participation, ComplianceSummary.of(entries),
                byTier);
    }

    /**
     * One point per calendar month the period touches and that has begun by {@code asOf} (a month still to
     * come would draw as a fall to nothing), each cut to the period; state at its end or asOf.
     */
    static List<Dashboard.MonthPoint> byMonth(StoreSession s, DashboardFilter filter, LocalDate asOf,
                                              StatisticsScope scope) {
        List<YearMonth> months = new ArrayList<>();
        List<StatisticsSpan> spans = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            LocalDate from = max(m.atDay(1), filter.from());
            if (from.isAfter(asOf)) {
                break;
            }
            LocalDate to = min(m.atEndOfMonth(), filter.to());
            months.add(m);
            spans.add(new StatisticsSpan(from, to, min(to, asOf)));
        }
        List<Counts> counts = s.statistics().spans(spans, scope);
        List<Dashboard.MonthPoint> out = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Counts c = counts.get(i);
            out.add(new Dashboard.MonthPoint(months.get(i), c.found(), c.rectified(), c.closed(), c.open(),
                    c.overdue()));
        }
        return out;
    }

    /**
     * Rounds due and held per active unit of the scope (at {@code tier} when given) and per month,
     * by the rounds' own calendar. A round period counts in the month (and the statistics period) in
     * which it ends, so a week across two months or quarters counts once; "due" is a required period
     * that is over or running (done, missed or due), "held" one in which a round was held. Units with
     * nothing due in the whole period are left out.
     */
    static List<Dashboard.ComplianceCell> compliance(StoreSession s, Set<UUID> subtree, Tier tier, LocalDate from,
                                                     LocalDate to) {
        List<OrgUnit> units = RoundOperations.activeUnits(s).stream()
                .filter(u -> subtree == null || subtree.contains(u.id()))
                .filter(u -> tier == null || u.tier() == tier).toList();
        List<ComplianceEntry> entries = endingIn(RoundOperations.allEntries(s, units, from, to, null), from, to);
        Map<UUID, Map<YearMonth, int[]>> perUnit = new HashMap<>();
        for (ComplianceEntry e : entries) {
            if (!counted(e.state())) {
                continue;
            }
            int[] cell = perUnit.computeIfAbsent(e.unitId(), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(e.period().to()), k -> new int[2]);
            cell[0]++;
            if (e.state() == ComplianceState.DONE) {
                cell[1]++;
            }
        }
        List<Dashboard.ComplianceCell> out = new ArrayList<>();
        for (OrgUnit u : units) {
            Map<YearMonth, int[]> months = perUnit.get(u.id());
            if (months == null) {
                continue;
            }
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                int[] cell = months.getOrDefault(m, new int[2]);
                out.add(new Dashboard.ComplianceCell(u.id(), u.name(), u.tier(), m, cell[0], cell[1]));
            }
        }
        return out;
    }

    /** The entries whose period ends in {@code from..to}. */
    static List<ComplianceEntry> endingIn(List<ComplianceEntry> entries, LocalDate from, LocalDate to) {
        return entries.stream().filter(e -> !e.period().to().isBefore(from) && !e.period().to().isAfter(to))
                .toList();
    }

    /** Whether a period counts as due: done, missed or running (as {@link org.hazardledger.model.ComplianceSummary}). */
    static boolean counted(ComplianceState state) {
        return state == ComplianceState.DONE || state == ComplianceState.MISSED || state == ComplianceState.DUE;
    }

    private static List<Dashboard.Share> byUnit(List<StatisticsCell> cells, List<OrgUnit> units) {
        Map<UUID, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<UUID, Counts> sums = new HashMap<>();
        cells.forEach(c -> sums.merge(StatisticsService.rollUp(c.unitId(), byId), c.counts(), Counts::plus));
        List<Dashboard.Share> out = new ArrayList<>();
        sums.keySet().stream().sorted(StatisticsService.unitOrder(byId)).forEach(id -> {
            OrgUnit u = byId.get(id);
            addIfAny(out, share(id.toString(), null, u == null ? id.toString() : u.name(), sums.get(id)));
        });
        return out;
    }

    private static Dashboard.Share share(String key, String labelKey, String label, Counts c) {
        Counts counts = c == null ? Counts.ZERO : c;
        return new Dashboard.Share(key, labelKey, label, counts.found(), counts.closed(), counts.open(),
                counts.overdue());
    }

    private static void addIfAny(List<Dashboard.Share> out, Dashboard.Share share) {
        if (share.found() + share.closed() + share.open() + share.overdue() > 0) {
            out.add(share);
        }
    }

    static <K> Map<K, Counts> group(List<StatisticsCell> cells, Function<StatisticsCell, K> key) {
        Map<K, Counts> sums = new LinkedHashMap<>();
        cells.forEach(c -> sums.merge(key.apply(c), c.counts(), Counts::plus));
        return sums;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
