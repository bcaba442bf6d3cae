package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardStatistics.Counts;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.model.Tier;
import org.hazardledger.service.RawLedger.H;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure of a quarter (and of a year) on the demo ledger, against an independent computation:
 * the hazards, people and units read with plain JDBC and counted with Java streams (see
 * {@link RawLedger}), and round compliance summed from the rounds' own per-unit calendar
 * ({@link RoundService#compliance}). Covers completed quarters, the running quarter (states on
 * today), a Q3 (1 July to 30 September) and the dashboard with and without filters.
 */
class StatisticsFiguresDemoTest {

    private static LedgerFixture demo;
    private static RawLedger raw;
    private static final Map<String, List<ComplianceEntry>> COMPLIANCE = new HashMap<>();

    @BeforeAll
    static void readTheDemoLedgerTwice() {
        demo = DemoLedger.shared();
        raw = RawLedger.read(demo.dataDir);
    }

    static Stream<StatisticsPeriod> periods() {
        return Stream.of(StatisticsPeriod.quarter(2025, 3), StatisticsPeriod.quarter(2026, 1),
                StatisticsPeriod.quarter(2026, 2), StatisticsPeriod.annual(2025));
    }

    private static LocalDate asOf(LocalDate from, LocalDate to) {
        LocalDate today = LedgerFixture.TODAY;
        return to.isAfter(today) && !from.isAfter(today) ? today : to;
    }

    @Test
    void theQuartersAreTheCalendarQuarters() {
        assertThat(StatisticsPeriod.quarter(2025, 3).from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(StatisticsPeriod.quarter(2025, 3).to()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(raw.counted(h -> true)).as("the demo ledger has hazards").hasSizeGreaterThan(500);
    }

    @ParameterizedTest
    @MethodSource("periods")
    void everyFigureOfThePeriodMatchesAStreamComputation(StatisticsPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate asOf = asOf(from, to);
        PeriodFigures f = demo.statistics.period(period);
        HazardStatistics h = f.hazards();
        List<H> all = raw.counted(x -> true);

        assertThat(h.from()).isEqualTo(from);
        assertThat(h.to()).isEqualTo(to);
        assertThat(h.asOf()).isEqualTo(asOf);
        Counts total = RawLedger.counts(all, from, to, asOf);
        assertThat(total.found()).as("the demo has hazards found in %s", period.code()).isPositive();
        assertThat(h.total()).isEqualTo(total);
        assertThat(f.found()).isEqualTo(total.found());
        assertThat(f.rectified()).isEqualTo(total.rectified());
        assertThat(f.overdue()).isEqualTo(total.overdue());
        int foundClosed = (int) all.stream()
                .filter(x -> x.foundIn(from, to) && x.closed() != null && !x.closed().isAfter(asOf)).count();
        assertThat(h.foundClosed()).isEqualTo(foundClosed);
        assertThat(f.rectificationRate()).isEqualTo(RawLedger.percent(foundClosed, total.found()));
        List<H> major = all.stream().filter(x -> x.grade().equals("MAJOR")).toList();
        assertThat(h.major()).isEqualTo(RawLedger.counts(major, from, to, asOf));
        assertThat(f.majorFound()).isEqualTo((int) major.stream().filter(x -> x.foundIn(from, to)).count());
        assertThat(h.fundsSpent()).isEqualByComparingTo(all.stream().filter(x -> x.closedIn(from, to))
                .map(x -> x.funds() == null ? BigDecimal.ZERO : x.funds()).reduce(BigDecimal.ZERO, BigDecimal::add));

        // by tier: all four, lowest first
        assertThat(h.byTier()).extracting(HazardStatistics.TierRow::tier).containsExactly(Tier.values());
        Map<String, Counts> tiers = RawLedger.groups(all, H::tier, from, to, asOf);
        h.byTier().forEach(r -> assertThat(r.counts()).as(r.tier().name())
                .isEqualTo(tiers.getOrDefault(r.tier().name(), Counts.ZERO)));
        // by category: every category with a figure
        assertThat(h.byCategory().stream().collect(Collectors.toMap(HazardStatistics.CategoryRow::code,
                HazardStatistics.CategoryRow::counts))).isEqualTo(RawLedger.groups(all, H::category, from, to, asOf));
        // by form and by source: every value, zero or not
        Map<String, Counts> forms = RawLedger.groups(all, H::form, from, to, asOf);
        assertThat(f.byForm()).extracting(PeriodFigures.Slice::key)
                .containsExactly(Arrays.stream(HazardForm.values()).map(Enum::name).toArray(String[]::new));
        f.byForm().forEach(r -> assertThat(r.counts()).as(r.key()).isEqualTo(forms.getOrDefault(r.key(), Counts.ZERO)));
        Map<String, Counts> sources = RawLedger.groups(all, H::source, from, to, asOf);
        assertThat(f.bySource()).extracting(PeriodFigures.Slice::key)
                .containsExactly(Arrays.stream(HazardSource.values()).map(Enum::name).toArray(String[]::new));
        f.bySource().forEach(r -> assertThat(r.counts()).as(r.key())
                .isEqualTo(sources.getOrDefault(r.key(), Counts.ZERO)));
        // by unit: rolled up to the workshop, or the plant for its own hazards
        Map<String, Counts> units = RawLedger.groups(all, x -> {
            RawLedger.U u = raw.rollUp(x.unit());
            return u.tier().equals("WORKSHOP") ? raw.plantOf(u.id()).name() + "|" + u.name() : u.name() + "|";
        }, from, to, asOf);
        assertThat(h.byUnit().stream().collect(Collectors.toMap(
                r -> r.plantName() + "|" + (r.workshopName() == null ? "" : r.workshopName()),
                HazardStatistics.UnitRow::counts))).isEqualTo(units);
        // by grade: general sub-grades and major
        Map<String, Counts> grades = RawLedger.groups(all, x -> x.grade().equals("MAJOR") ? "MAJOR"
                : "GENERAL " + (x.subGrade() == null || x.subGrade().isBlank() ? "" : x.subGrade().strip()),
                from, to, asOf);
        h.byGrade().forEach(r -> assertThat(r.counts()).as(r.grade() + " " + r.subGrade()).isEqualTo(grades
                .getOrDefault(r.grade().name() + (r.grade().name().equals("MAJOR") ? "" : " "
                        + (r.subGrade() == null ? "" : r.subGrade())), Counts.ZERO)));
        // every breakdown sums to the total
        for (List<Counts> breakdown : List.of(h.byTier().stream().map(HazardStatistics.TierRow::counts).toList(),
                h.byCategory().stream().map(HazardStatistics.CategoryRow::counts).toList(),
                h.byUnit().stream().map(HazardStatistics.UnitRow::counts).toList(),
                h.byGrade().stream().map(HazardStatistics.GradeRow::counts).toList(),
                f.byForm().stream().map(PeriodFigures.Slice::counts).toList(),
                f.bySource().stream().map(PeriodFigures.Slice::counts).toList())) {
            assertThat(breakdown.stream().reduce(Counts.ZERO, Counts::plus)).isEqualTo(total);
        }

        // participation
        Set<UUID> workers = raw.workers(null);
        assertThat(f.participation().workers()).isEqualTo(workers.size());
        int finders = raw.finders(workers, x -> true, from, to);
        assertThat(finders).as("someone found a hazard").isPositive();
        assertThat(f.participation().finders()).isEqualTo(finders);
        assertThat(f.participation().rate()).isEqualTo(RawLedger.percent(finders, workers.size()));

        // compliance, from the rounds' own per-unit calendar
        List<ComplianceEntry> entries = complianceEndingIn(null, from, to);
        ComplianceSummary expected = summary(entries);
        assertThat(expected.required()).isPositive();
        assertThat(f.compliance()).isEqualTo(expected);
        assertThat(f.complianceRate()).isEqualTo(RawLedger.percent(expected.done(), expected.required()));
        assertThat(f.complianceByTier()).extracting(PeriodFigures.TierCompliance::tier).containsExactly(Tier.values());
        f.complianceByTier().forEach(t -> assertThat(t.summary()).as(t.tier().name())
                .isEqualTo(summary(entries.stream().filter(e -> e.tier() == t.tier()).toList())));
    }

    @Test
    void theFourQuartersAddUpToTheYearWithNothingCountedTwice() {
        PeriodFigures year = demo.statistics.period(StatisticsPeriod.annual(2025));
        Counts flows = Counts.ZERO;
        ComplianceSummary rounds = ComplianceSummary.EMPTY;
        for (int q = 1; q <= 4; q++) {
            PeriodFigures quarter = demo.statistics.period(StatisticsPeriod.quarter(2025, q));
            Counts c = quarter.hazards().total();
            flows = flows.plus(new Counts(c.found(), c.rectified(), c.closed(), 0, 0));
            rounds = rounds.plus(quarter.compliance());
        }
        Counts y = year.hazards().total();
        assertThat(flows).isEqualTo(new Counts(y.found(), y.rectified(), y.closed(), 0, 0));
        // a round period across two quarters (a week from 29 Sep to 5 Oct) counts once, where it ends
        assertThat(rounds).isEqualTo(year.compliance());
        // the fourth quarter ends with the year: the same states at the end
        PeriodFigures q4 = demo.statistics.period(StatisticsPeriod.quarter(2025, 4));
        assertThat(q4.hazards().total().open()).isEqualTo(y.open());
        assertThat(q4.hazards().total().overdue()).isEqualTo(y.overdue());
    }

    @Test
    void aBlankCategoryMeansEveryCategory() {
        LocalDate from = LocalDate.of(2026, 4, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        assertThat(demo.statistics.dashboard(new DashboardFilter(from, to, null, null, " ")))
                .usingRecursiveComparison().ignoringFields("filter")
                .isEqualTo(demo.statistics.dashboard(DashboardFilter.period(from, to)));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void theWholeLedgerDashboardMatchesAStreamComputation(StatisticsPeriod period) {
        checkDashboard(DashboardFilter.period(period.from(), period.to()), x -> true, null);
    }

    @Test
    void aUnitFilterMeansTheUnitAndEverythingBelowIt() {
        RawLedger.U workshop = raw.units.values().stream().filter(u -> u.tier().equals("WORKSHOP") && !u.deleted())
                .min(Comparator.comparing(RawLedger.U::code)).orElseThrow();
        Set<UUID> subtree = raw.subtree(workshop.id());
        assertThat(subtree).hasSizeGreaterThan(2);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        Dashboard d = checkDashboard(new DashboardFilter(from, to, workshop.id(), null, null),
                x -> subtree.contains(x.unit()), subtree);
        Dashboard whole = demo.statistics.dashboard(DashboardFilter.period(from, to));
        assertThat(d.byMonth().stream().mapToInt(Dashboard.MonthPoint::found).sum())
                .isLessThan(whole.byMonth().stream().mapToInt(Dashboard.MonthPoint::found).sum());
        assertThat(d.byUnit()).extracting(Dashboard.Share::key).containsExactly(workshop.id().toString());
        assertThat(d.compliance()).isNotEmpty()
                .allSatisfy(c -> assertThat(subtree).contains(c.unitId()));
        assertThat(d.participation().workers()).isLessThan(whole.participation().workers());
    }

    @Test
    void aTierAndACategoryFilterNarrowTheHazards() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        Dashboard team = checkDashboard(new DashboardFilter(from, to, null, Tier.TEAM, null),
                x -> x.tier().equals("TEAM"), null);
        assertThat(team.byTier()).filteredOn(s -> !s.key().equals("TEAM"))
                .allSatisfy(s -> assertThat(s.found() + s.closed() + s.open() + s.overdue()).isZero());
        assertThat(team.compliance()).allSatisfy(c -> assertThat(c.tier()).isEqualTo(Tier.TEAM));
        String category = raw.counted(x -> x.foundIn(from, to)).get(0).category();
        Dashboard one = checkDashboard(new DashboardFilter(from, to, null, null, category),
                x -> x.category().equals(category), null);
        assertThat(one.byCategory()).extracting(Dashboard.Share::key).containsExactly(category);
        RawLedger.U workshop = raw.units.values().stream().filter(u -> u.tier().equals("WORKSHOP") && !u.deleted())
                .max(Comparator.comparing(RawLedger.U::code)).orElseThrow();
        Set<UUID> subtree = raw.subtree(workshop.id());
        checkDashboard(new DashboardFilter(from, to, workshop.id(), Tier.WORKSHOP, category),
                x -> subtree.contains(x.unit()) && x.tier().equals("WORKSHOP") && x.category().equals(category),
                subtree);
    }

    /** Checks every part of the dashboard for {@code filter} against the streams over {@code scope}. */
    private static Dashboard checkDashboard(DashboardFilter filter, Predicate<H> scope, Set<UUID> subtree) {
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        LocalDate asOf = asOf(from, to);
        Dashboard d = demo.statistics.dashboard(filter);
        List<H> hs = raw.counted(scope);
        assertThat(d.filter()).isEqualTo(filter);
        assertThat(d.asOf()).isEqualTo(asOf);

        // months
        List<Dashboard.MonthPoint> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate a = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            if (a.isAfter(asOf)) {
                break; // months still to come are not drawn
            }
            LocalDate b = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            LocalDate state = b.isAfter(asOf) ? asOf : b;
            Counts c = RawLedger.counts(hs, a, b, state);
            months.add(new Dashboard.MonthPoint(m, c.found(), c.rectified(), c.closed(), c.open(), c.overdue()));
        }
        assertThat(d.byMonth()).containsExactlyElementsOf(months);
        Counts total = RawLedger.counts(hs, from, to, asOf);
        assertThat(d.byMonth().stream().mapToInt(Dashboard.MonthPoint::found).sum()).isEqualTo(total.found());
        assertThat(d.openAtEnd()).isEqualTo(total.open());
        assertThat(d.closedInPeriod()).isEqualTo(total.closed());
        int foundClosed = (int) hs.stream()
                .filter(x -> x.foundIn(from, to) && x.closed() != null && !x.closed().isAfter(asOf)).count();
        assertThat(d.foundClosed()).isEqualTo(foundClosed);
        assertThat(d.rectificationRate()).isEqualTo(RawLedger.percent(foundClosed, total.found()));

        // shares
        assertThat(d.byTier()).extracting(Dashboard.Share::key)
                .containsExactly(Arrays.stream(Tier.values()).map(Enum::name).toArray(String[]::new));
        Map<String, Counts> tiers = RawLedger.groups(hs, H::tier, from, to, asOf);
        d.byTier().forEach(s -> assertThat(figures(s)).as(s.key())
                .isEqualTo(figures(tiers.getOrDefault(s.key(), Counts.ZERO))));
        assertShares(d.byCategory(), RawLedger.groups(hs, H::category, from, to, asOf), null);
        assertShares(d.bySource(), RawLedger.groups(hs, H::source, from, to, asOf),
                Arrays.stream(HazardSource.values()).map(Enum::name).toList());
        assertShares(d.byForm(), RawLedger.groups(hs, H::form, from, to, asOf),
                Arrays.stream(HazardForm.values()).map(Enum::name).toList());
        assertShares(d.byUnit(), RawLedger.groups(hs, x -> raw.rollUp(x.unit()).id().toString(), from, to, asOf),
                null);
        d.bySource().forEach(s -> assertThat(s.labelKey()).isEqualTo("source." + s.key()));
        d.byCategory().forEach(s -> assertThat(s.label()).isNotBlank());

        // overdue ageing on asOf
        int[] bands = new int[4];
        hs.stream().filter(x -> x.overdueOn(asOf)).forEach(x -> {
            long days = ChronoUnit.DAYS.between(x.deadline(), asOf);
            bands[days <= 7 ? 0 : days <= 30 ? 1 : days <= 90 ? 2 : 3]++;
        });
        assertThat(d.overdueAgeing()).containsExactly(new Dashboard.AgeBand(1, 7, bands[0]),
                new Dashboard.AgeBand(8, 30, bands[1]), new Dashboard.AgeBand(31, 90, bands[2]),
                new Dashboard.AgeBand(91, null, bands[3]));
        assertThat(Arrays.stream(bands).sum()).isEqualTo(total.overdue());

        // compliance cells: per unit and month of the period's end, from the rounds' calendar
        List<ComplianceEntry> entries = complianceEndingIn(subtree, from, to).stream()
                .filter(e -> filter.tier() == null || e.tier() == filter.tier()).toList();
        Map<String, int[]> expected = new HashMap<>();
        Set<UUID> unitsDue = entries.stream().filter(e -> counted(e.state())).map(ComplianceEntry::unitId)
                .collect(Collectors.toSet());
        for (UUID u : unitsDue) {
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                expected.put(u + " " + m, new int[2]);
            }
        }
        for (ComplianceEntry e : entries) {
            if (counted(e.state())) {
                int[] cell = expected.get(e.unitId() + " " + YearMonth.from(e.period().to()));
                cell[0]++;
                cell[1] += e.state() == ComplianceState.DONE ? 1 : 0;
            }
        }
        Map<String, List<Integer>> actual = d.compliance().stream().collect(Collectors.toMap(
                c -> c.unitId() + " " + c.month(), c -> List.of(c.due(), c.held())));
        assertThat(actual).isEqualTo(expected.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> List.of(e.getValue()[0], e.getValue()[1]))));

        // participation: workers of the subtree, finders of hazards of the tier and category
        Set<UUID> workers = raw.workers(subtree);
        assertThat(d.participation().workers()).isEqualTo(workers.size());
        Predicate<H> which = x -> (filter.tier() == null || x.tier().equals(filter.tier().name()))
                && (filter.category() == null || x.category().equals(filter.category()));
        assertThat(d.participation().finders()).isEqualTo(raw.finders(workers, which, from, to));
        return d;
    }

    private static void assertShares(List<Dashboard.Share> shares, Map<String, Counts> groups, List<String> order) {
        Map<String, List<Integer>> expected = new HashMap<>();
        groups.forEach((k, c) -> {
            if (c.found() + c.closed() + c.open() + c.overdue() > 0) {
                expected.put(k, figures(c));
            }
        });
        assertThat(shares.stream().collect(Collectors.toMap(Dashboard.Share::key, StatisticsFiguresDemoTest::figures)))
                .isEqualTo(expected);
        if (order != null) {
            assertThat(shares).extracting(Dashboard.Share::key)
                    .containsExactlyElementsOf(order.stream().filter(expected::containsKey).toList());
        }
    }

    private static List<Integer> figures(Dashboard.Share s) {
        return List.of(s.found(), s.closed(), s.open(), s.overdue());
    }

    private static List<Integer> figures(Counts c) {
        return List.of(c.found(), c.closed(), c.open(), c.overdue());
    }

    private static boolean counted(ComplianceState s) {
        return s == ComplianceState.DONE || s == ComplianceState.MISSED || s == ComplianceState.DUE;
    }

    private static ComplianceSummary summary(List<ComplianceEntry> entries) {
        int done = 0;
        int missed = 0;
        int due = 0;
        for (ComplianceEntry e : entries) {
            done += e.state() == ComplianceState.DONE ? 1 : 0;
            missed += e.state() == ComplianceState.MISSED ? 1 : 0;
            due += e.state() == ComplianceState.DUE ? 1 : 0;
        }
        return new ComplianceSummary(done, missed, due);
    }

    /**
     * The round periods ending in the period of every active unit (in {@code subtree} when given), one
     * {@link RoundService#compliance} call per unit; a period counts in the period holding its last day.
     */
    private static List<ComplianceEntry> complianceEndingIn(Set<UUID> subtree, LocalDate from, LocalDate to) {
        List<ComplianceEntry> out = new ArrayList<>();
        for (RawLedger.U u : raw.units.values()) {
            if (u.deleted() || u.retired() || (subtree != null && !subtree.contains(u.id()))) {
                continue;
            }
            List<ComplianceEntry> entries = COMPLIANCE.computeIfAbsent(u.id() + " " + from + " " + to,
                    k -> demo.rounds.compliance(u.id(), from, to));
            entries.stream().filter(e -> !e.period().to().isBefore(from) && !e.period().to().isAfter(to))
                    .forEach(out::add);
        }
        return out;
    }
}
