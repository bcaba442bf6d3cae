package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatistics.Counts;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.TieredHazards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Q3 2026 (1 July to 30 September) on a small ledger, today being 20 October, with hazards found and
 * closed on the days either side of its edges:
 * A found 30 Jun, rectified and closed 1 Jul; B found 1 Jul, rectified and closed 30 Sep; C found
 * 30 Sep (by the team leader), rectified and closed 1 Oct; D found 1 Oct (by the director), due 11 Oct,
 * open; E found 20 Jun, closed 30 Jun; H found 1 Aug, due 31 Aug, open; I found 1 Sep anonymously,
 * due 23 Sep, open; J found 2 Sep, due 29 Sep, open. The worker found the others. The workshop and
 * the plant are held to their rounds from 1 January; the workshop held rounds on 1 Jul and 30 Sep.
 */
class StatisticsQuarterBoundaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private static final StatisticsPeriod Q3 = StatisticsPeriod.quarter(2026, 3);

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private SmallEnterprise e;
    private TieredHazards tiered;

    @BeforeEach
    void hazardsOnTheEdges() {
        ledger = new LedgerFixture(dir, Clock.fixed(TODAY.atTime(9, 30).atZone(LedgerFixture.ZONE).toInstant(),
                LedgerFixture.ZONE));
        e = ledger.initialiseSmall();
        tiered = new TieredHazards(ledger);
        hazard(e.worker(), day(6, 30), day(7, 10), day(7, 1));             // A
        hazard(e.worker(), day(7, 1), day(7, 20), day(9, 30));             // B
        hazard(e.leader(), day(9, 30), day(10, 10), day(10, 1));           // C
        hazard(e.director(), day(10, 1), day(10, 11), null);               // D
        hazard(e.worker(), day(6, 20), day(6, 29), day(6, 30));            // E
        hazard(e.worker(), day(8, 1), day(8, 31), null);                   // H
        ledger.session.signIn(LedgerFixture.CLERK);
        Hazard i = ledger.hazards.register(new HazardDraft(new Registration(e.post().id(), "泵房", day(9, 1), null,
                true, HazardSource.WORKER_REPORT, "EQUIPMENT_DEFECT", HazardForm.UNSAFE_BEHAVIOUR, "匿名反映：泵房无人值守"),
                new Grading(Grade.GENERAL, "B", null, null, Tier.TEAM)));
        tiered.assign(i, e.leader(), day(9, 23));                          // I
        hazard(e.worker(), day(9, 2), day(9, 29), null);                   // J

        ledger.rounds.saveRule(RoundRule.defaultFor(e.workshop().id(), Tier.WORKSHOP).withRequiredFrom(day(1, 1)));
        ledger.rounds.saveRule(RoundRule.defaultFor(e.plant().id(), Tier.PLANT).withRequiredFrom(day(1, 1)));
        round(e.workshop(), e.director(), day(7, 1));
        round(e.workshop(), e.director(), day(9, 30));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private void hazard(Person finder, LocalDate found, LocalDate deadline, LocalDate closed) {
        Hazard h = tiered.assign(tiered.register(e.post(), finder, found, HazardSource.POST_CHECK, Tier.TEAM,
                "边界隐患 " + found), e.leader(), deadline);
        if (closed != null) {
            tiered.handle(h, e.team(), closed, closed);
        }
    }

    private void round(OrgUnit unit, Person inspector, LocalDate on) {
        ledger.session.signIn(LedgerFixture.CLERK);
        ledger.rounds.record(RoundDraft.allOk(unit.id(), on, List.of(inspector.id()),
                ledger.rounds.checklistFor(unit.id())));
    }

    @Test
    void theThirdQuarterCountsWhatHappenedFromTheFirstOfJulyToTheThirtiethOfSeptember() {
        PeriodFigures q3 = ledger.statistics.period(Q3);
        assertThat(q3.hazards().from()).isEqualTo(day(7, 1));
        assertThat(q3.hazards().to()).isEqualTo(day(9, 30));
        assertThat(q3.hazards().asOf()).isEqualTo(day(9, 30));
        // found B, C, H, I, J; rectified and closed A, B; open on 30 Sep C, H, I, J; overdue H, I, J
        assertThat(q3.hazards().total()).isEqualTo(new Counts(5, 2, 2, 4, 3));
        assertThat(q3.hazards().foundClosed()).isEqualTo(1);
        assertThat(q3.rectificationRate()).isEqualByComparingTo("20.0");
        assertThat(q3.majorFound()).isZero();
        assertThat(q3.hazards().fundsSpent()).isEqualByComparingTo("1000.00");
        assertThat(q3.byForm()).extracting(PeriodFigures.Slice::counts)
                .containsExactly(new Counts(4, 2, 2, 3, 2), new Counts(1, 0, 0, 1, 1), Counts.ZERO);
        assertThat(q3.bySource().get(HazardSource.POST_CHECK.ordinal()).counts()).isEqualTo(new Counts(4, 2, 2, 3, 2));
        assertThat(q3.bySource().get(HazardSource.WORKER_REPORT.ordinal()).counts())
                .isEqualTo(new Counts(1, 0, 0, 1, 1));
        // the worker and the team leader found hazards; the anonymous one counts for nobody
        assertThat(q3.participation()).isEqualTo(new Dashboard.Participation(3, 2));
        assertThat(q3.participation().rate()).isEqualByComparingTo("66.7");
        // the workshop's weeks ending 5 Jul … 27 Sep (13), the plant's half-months (6); the week of
        // 28 Sep to 4 Oct ends in Q4, so the round of 30 Sep counts there
        assertThat(tier(q3, Tier.WORKSHOP)).isEqualTo(new ComplianceSummary(1, 12, 0));
        assertThat(tier(q3, Tier.PLANT)).isEqualTo(new ComplianceSummary(0, 6, 0));
        assertThat(q3.compliance()).isEqualTo(new ComplianceSummary(1, 18, 0));
        assertThat(q3.complianceRate()).isEqualByComparingTo("5.3");
    }

    @Test
    void theNeighbouringQuartersTakeWhatQ3LeavesOut() {
        PeriodFigures q2 = ledger.statistics.period(StatisticsPeriod.quarter(2026, 2));
        // found A, E; rectified and closed E (30 Jun); A open on 30 Jun
        assertThat(q2.hazards().total()).isEqualTo(new Counts(2, 1, 1, 1, 0));
        assertThat(q2.hazards().foundClosed()).isEqualTo(1);
        PeriodFigures q4 = ledger.statistics.period(StatisticsPeriod.quarter(2026, 4));
        assertThat(q4.hazards().asOf()).isEqualTo(TODAY);
        // found D; rectified and closed C; open and overdue on 20 Oct D, H, I, J
        assertThat(q4.hazards().total()).isEqualTo(new Counts(1, 1, 1, 4, 4));
        // weeks ending 4, 11, 18 Oct and the running one ending 25 Oct; the round of 30 Sep is in the first
        assertThat(tier(q4, Tier.WORKSHOP)).isEqualTo(new ComplianceSummary(1, 2, 1));
        PeriodFigures year = ledger.statistics.period(StatisticsPeriod.annual(2026));
        assertThat(year.found()).isEqualTo(8);
        assertThat(year.hazards().to()).isEqualTo(day(12, 31));
    }

    @Test
    void theDashboardOfQ3SplitsItByMonthAndAgesTheOverdue() {
        Dashboard d = ledger.statistics.dashboard(DashboardFilter.period(Q3.from(), Q3.to()));
        assertThat(d.asOf()).isEqualTo(day(9, 30));
        assertThat(d.byMonth()).containsExactly(
                new Dashboard.MonthPoint(YearMonth.of(2026, 7), 1, 1, 1, 1, 1),
                new Dashboard.MonthPoint(YearMonth.of(2026, 8), 1, 0, 0, 2, 1),
                new Dashboard.MonthPoint(YearMonth.of(2026, 9), 3, 1, 1, 4, 3));
        assertThat(d.openAtEnd()).isEqualTo(4);
        assertThat(d.closedInPeriod()).isEqualTo(2);
        // H 30 days past its deadline, I 7 days, J 1 day; C is due 10 Oct
        assertThat(d.overdueAgeing()).containsExactly(new Dashboard.AgeBand(1, 7, 2), new Dashboard.AgeBand(8, 30, 1),
                new Dashboard.AgeBand(31, 90, 0), new Dashboard.AgeBand(91, null, 0));
        assertThat(d.byTier()).extracting(Dashboard.Share::found).containsExactly(0, 5, 0, 0);
        assertThat(d.byForm()).extracting(Dashboard.Share::key).containsExactly("UNSAFE_STATE", "UNSAFE_BEHAVIOUR");
        assertThat(d.byUnit()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo(e.workshop().id().toString());
            assertThat(s.label()).isEqualTo("合成车间");
        });
        assertThat(d.compliance()).filteredOn(c -> c.unitId().equals(e.workshop().id()))
                .extracting(Dashboard.ComplianceCell::due, Dashboard.ComplianceCell::held)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 1), org.assertj.core.groups.Tuple.tuple(5, 0),
                        org.assertj.core.groups.Tuple.tuple(4, 0));
        assertThat(d.compliance()).extracting(Dashboard.ComplianceCell::unitId)
                .containsOnly(e.plant().id(), e.workshop().id());
        assertThat(d.participation()).isEqualTo(new Dashboard.Participation(3, 2));
    }

    @Test
    void theRunningQuarterDrawsOnlyTheMonthsBegunSoFar() {
        // today is 20 October: the fourth quarter has one month so far, November and December are to come
        Dashboard q4 = ledger.statistics.dashboard(DashboardFilter.period(day(10, 1), day(12, 31)));
        assertThat(q4.asOf()).isEqualTo(TODAY);
        assertThat(q4.byMonth()).extracting(Dashboard.MonthPoint::month).containsExactly(YearMonth.of(2026, 10));
    }

    @Test
    void theDashboardFilterNarrowsToAUnitTierAndCategory() {
        DashboardFilter team = new DashboardFilter(Q3.from(), Q3.to(), e.team().id(), null, null);
        Dashboard d = ledger.statistics.dashboard(team);
        assertThat(d.byMonth().stream().mapToInt(Dashboard.MonthPoint::found).sum()).isEqualTo(5);
        assertThat(d.compliance()).isEmpty();
        assertThat(d.participation()).isEqualTo(new Dashboard.Participation(2, 2));
        Dashboard workshops = ledger.statistics.dashboard(new DashboardFilter(Q3.from(), Q3.to(), null,
                Tier.WORKSHOP, null));
        assertThat(workshops.byMonth()).allSatisfy(m -> assertThat(m.found()).isZero());
        assertThat(workshops.compliance()).extracting(Dashboard.ComplianceCell::unitId).containsOnly(e.workshop().id());
        assertThat(workshops.participation().finders()).isZero();
        Dashboard other = ledger.statistics.dashboard(new DashboardFilter(Q3.from(), Q3.to(), null, null,
                "FIRE_SAFETY"));
        assertThat(other.openAtEnd()).isZero();
        assertThat(other.byCategory()).isEmpty();
        Dashboard valves = ledger.statistics.dashboard(new DashboardFilter(Q3.from(), Q3.to(), null, null,
                "EQUIPMENT_DEFECT"));
        assertThat(valves.byCategory()).singleElement().satisfies(s -> {
            assertThat(s.found()).isEqualTo(5);
            assertThat(s.label()).isNotEqualTo("EQUIPMENT_DEFECT");
        });
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new DashboardFilter(day(9, 30), day(7, 1), null, null, null))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "error.statistics.period");
    }

    private static ComplianceSummary tier(PeriodFigures f, Tier tier) {
        return f.complianceByTier().stream().filter(t -> t.tier() == tier).findFirst().orElseThrow().summary();
    }
}
